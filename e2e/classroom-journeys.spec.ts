import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { example, removeElements, type Challenge, type Topology } from '../src/model/index.ts';
import { buildLink, encodeChallenge } from '../src/share/index.ts';
import { expect, skipWelcome, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { shareDialog } from './pages/sharing.ts';
import { ORIGIN } from './origin.ts';

/**
 * The classroom's journeys, each as the person would walk it: an instructor steps through lesson 1
 * on a projector; a student solves a "by hand" challenge on a phone and hands in with a name; the
 * instructor grades three hand-ins (one the same design under another name) and downloads the CSV;
 * a newcomer is welcomed, never over a link; a laptop at 127.0.0.1 is told phones cannot open its links.
 * IOV_SHOTS=<folder> keeps a screenshot of each journey's key screens there (judged by eye).
 */
const HD = { width: 1920, height: 1080 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function shot(page: Page, name: string) {
  if (process.env.IOV_SHOTS) await page.screenshot({ path: `${process.env.IOV_SHOTS}/${name}.png` });
}

const BY_HAND: Challenge = {
  version: 1,
  title: 'One NIC is enough',
  goals: [{ kind: 'no-error-finding' }, { kind: 'at-most-adapters', count: 3 }, { kind: 'survives-failure-of', target: 'hba1' }],
  forbid: ['virtualize', 'dedicate', 'size', 'tidy'],
};
const challengeLink = () => buildLink(example('virtualized-rack'), `${ORIGIN}/`, { challenge: encodeChallenge(BY_HAND) });

function withoutNic2(): Topology {
  const result = removeElements(example('virtualized-rack'), ['nic2']);
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}
const handIn = (topology: Topology, name: string, minute: number) =>
  buildLink(topology, `${ORIGIN}/`, { challenge: encodeChallenge(BY_HAND), viewOnly: true, name, handedIn: 1_796_000_000 + minute * 60 });

test.describe('an instructor at a projector', () => {
  test.use({ viewport: HD });

  test('opens lesson 1 in presenter mode and steps to the end', async ({ app, page }) => {
    const classroom = new ClassroomPage(page);
    await app.open();
    await classroom.startLesson('1. Where I/O goes');
    await page.keyboard.press('Shift+P');
    await expect(classroom.presenter).toContainText('1. Where I/O goes · step 1 of 4');
    await expect(classroom.presenter).toContainText('A server reads and writes blocks on the SAN');
    await shot(page, 'presenter-step1-hd');
    for (const step of [2, 3, 4]) {
      await page.keyboard.press('PageDown');
      await expect(classroom.presenter).toContainText(`step ${step} of 4`);
    }
    await expect(classroom.presenter).toContainText('These adapters are dedicated: they serve this server alone.');
    await shot(page, 'presenter-step4-hd');
    // Past the end nothing moves: a clicker pressed once too often does no harm.
    await page.keyboard.press('PageDown');
    await expect(classroom.presenter).toContainText('step 4 of 4');
    await page.keyboard.press('Escape');
    await expect(classroom.lesson).toContainText('Step 4 of 4');
  });

  test('grades three hand-ins, one the same design under another name, and downloads the CSV', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'Grade hand-ins…' }).click();
    const sheet = page.getByRole('dialog', { name: 'Grade hand-ins' });
    await expect(sheet).toContainText('This is an honour system, not proctoring');
    const links = [handIn(withoutNic2(), 'Ada Lovelace', 1), handIn(example('virtualized-rack'), 'Grace Hopper', 2), handIn(withoutNic2(), 'Alan Turing', 3), 'not a link'];
    await sheet.getByLabel('Hand-in links, one per line').fill(links.join('\n'));
    await sheet.getByRole('button', { name: 'Grade 4 links' }).click();
    const table = sheet.getByRole('region', { name: 'Grade sheet' });
    await expect(table).toBeVisible({ timeout: 60_000 });
    const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('Ada Lovelace')).toContainText('All 3 goals met');
    await expect(row('Ada Lovelace')).toContainText('⚠ Alan Turing');
    await expect(row('Alan Turing')).toContainText('⚠ Ada Lovelace');
    await expect(row('Grace Hopper')).toContainText('2 of 3 goals met');
    await expect(row('Grace Hopper')).toContainText('Not met4 adapters');
    await expect(row('Line 4')).toContainText('no "#d=" part');
    await expect(sheet).toContainText('3 hand-ins graded, 1 line not read; 2 share a design with another name.');
    await shot(page, 'grade-hd');

    const [download] = await Promise.all([page.waitForEvent('download'), sheet.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^hand-ins-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv[0]).toBe('Line,Name,Handed in (UTC),Verdict,No error finding,At most 3 adapters,No I/O fails when hba1 fails,I/O cost (USD),Worst storage p99 (ms),Worst network p99 (ms),Same design as,Goals fingerprint,Problem');
    expect(csv[1]).toMatch(/^1,Ada Lovelace,2026-11-30T00:54Z,All 3 goals met,Met: 0 error findings,Met: 3 adapters,Met: no I\/O failed,\d+,[\d.]+,[\d.]+,Alan Turing,[0-9a-f]{8},$/);
    expect(csv[2]).toMatch(/^2,Grace Hopper,.*,2 of 3 goals met,.*Not met: 4 adapters/);
    expect(csv[4]).toMatch(/^4,not a link,/);
  });

  test('is refused Virtualize while a "by hand" challenge is open', async ({ page }) => {
    const app = new AppPage(page);
    const classroom = new ClassroomPage(page);
    await page.goto(challengeLink());
    const card = classroom.challenge();
    await expect(card).toContainText('By hand: Virtualize, Dedicate, Size the pools, Tidy up are turned off while this challenge is open.');
    await app.chooseFromDesignMenu('Virtualize the design…');
    await expect(page.getByRole('dialog', { name: /Virtualize/ })).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'This challenge is to be solved by hand' })).toContainText('Virtualize is turned off while it is open. Close the challenge to use it again.');
    await page.keyboard.press('Shift+L');
    await expect(page.getByText('Tidy up is turned off while it is open')).toBeVisible();
    await shot(page, 'refused-hd');
  });
});

test('a student opens a challenge on a phone, solves it by hand and hands in with a name', async ({ browser }) => {
  const phone = await browser.newContext(PHONE);
  await skipWelcome(phone);
  const page = await phone.newPage();
  const student = new AppPage(page);
  const classroom = new ClassroomPage(page);
  await page.goto(challengeLink());
  const card = classroom.challenge();
  await expect(card.getByRole('heading', { name: 'One NIC is enough' })).toBeVisible();
  await expect(classroom.goal(card, 'At most 3 adapters')).toContainText('Not met');
  await shot(page, 'student-opened-phone');
  await classroom.dismissNotice();

  // Fold the card, tap NIC 2 on the switch, and delete it with the toolbar's button.
  await card.getByRole('button', { name: 'Fold the challenge' }).tap();
  await student.slot(student.iovSwitch('IOV switch', 'sw1'), 'Ethernet NIC', 'NIC 2', 'nic2').tap();
  await page.getByRole('toolbar', { name: 'Editing' }).getByRole('button', { name: /^Delete/ }).tap();
  await card.getByRole('button', { name: 'Unfold the challenge' }).tap();
  await expect(classroom.goal(card, 'At most 3 adapters')).toContainText('Met');
  await card.getByRole('button', { name: 'Check my answer' }).tap();
  await expect(card.getByRole('status')).toHaveText('3 of 3 goals met.', { timeout: 30_000 });

  await card.getByRole('button', { name: 'Hand in' }).tap();
  await card.getByRole('textbox', { name: 'Your name' }).fill('Ada Lovelace');
  await expect(card).toContainText('Your name and the time travel in the link');
  const answer = await card.getByRole('textbox', { name: 'Answer link' }).inputValue();
  expect(answer).toMatch(/&m=view&c=.+&n=Ada%20Lovelace&t=\d+$/);
  await shot(page, 'student-handed-in-phone');
  await phone.close();
});

test.describe('a newcomer', () => {
  test.use({ firstVisit: true });

  test('is welcomed on a first visit, once, and the welcome comes back from Help', async ({ page }) => {
    const classroom = new ClassroomPage(page);
    await page.goto('/');
    const welcome = page.getByRole('dialog', { name: 'Welcome to IOV Studio' });
    await expect(welcome).toContainText('Design and simulate servers that share their I/O adapters.');
    await shot(page, 'welcome-hd');
    await welcome.getByRole('button', { name: /^Take the guided lessons/ }).click();
    await expect(classroom.lesson.getByRole('heading', { name: '1. Where I/O goes' })).toBeVisible();
    await page.reload();
    await expect(classroom.lesson).toBeVisible();
    await expect(welcome).toHaveCount(0);
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('menuitem', { name: 'Welcome…' }).click();
    await expect(welcome).toBeVisible();
  });

  // The canvas waits for the welcome's answer (App.tsx): drawn behind it, it held a phone's main
  // thread while the welcome's choices waited for a tap. Closed, the design behind it is drawn.
  test('sees the example rack drawn once the welcome is closed, not behind it', async ({ page }) => {
    await page.goto('/');
    const welcome = page.getByRole('dialog', { name: 'Welcome to IOV Studio' });
    await expect(welcome.getByRole('button', { name: /^Open an example rack/ })).toBeVisible();
    // An absence: given the time the canvas took to appear behind the welcome before.
    await page.waitForTimeout(1500);
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(welcome).toHaveCount(0);
    await expect(page.locator('.react-flow__node', { hasText: 'Web 1' })).toBeVisible();
    await expect(page.locator('.react-flow__node')).toHaveCount(11);
  });

  test('is not welcomed over a link someone sent', async ({ page }) => {
    await page.goto(challengeLink());
    await expect(new ClassroomPage(page).challenge()).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Welcome to IOV Studio' })).toHaveCount(0);
  });
});

test.describe('sharing from a laptop', () => {
  test('at 127.0.0.1 the share dialog says phones cannot open the link, and what to do', async ({ app, page }) => {
    await app.open();
    await page.keyboard.press('s');
    const alert = shareDialog(page).getByRole('alert');
    await expect(alert).toContainText('Phones and other computers cannot open this link');
    await expect(alert).toContainText('npm run classroom');
    await expect(shareDialog(page).getByRole('textbox', { name: 'Link' })).toHaveValue(new RegExp(`^${ORIGIN}/#d=`));
  });

  test('served by npm run classroom, links and QR codes use the network address', async ({ app, page }) => {
    await page.route('**/classroom.json', (route) => route.fulfill({ json: { url: 'http://192.168.1.20:4173/' } }));
    await app.open();
    await page.keyboard.press('s');
    const dialog = shareDialog(page);
    await expect(dialog.getByRole('textbox', { name: 'Link' })).toHaveValue(/^http:\/\/192\.168\.1\.20:4173\/#d=/);
    await expect(dialog).toContainText('Links and QR codes use the classroom address http://192.168.1.20:4173/');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
  });
});
