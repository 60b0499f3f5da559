import { example } from '../src/model/index.ts';
import { EVERY_GOAL_CHALLENGE } from '../src/model/fixtures/challenge.ts';
import { buildFragment, encodeChallenge } from '../src/share/index.ts';
import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';

/**
 * A challenge without a server: the instructor composes it from the design on show and copies its
 * link; a student opens it in another page, solves it, checks it and hands in a link of their own;
 * the instructor opens that link and reads each goal's verdict, computed there and then, beside the
 * fingerprint they noted.
 */
test('composes a challenge, solves it in a second page and reads the verdicts of the answer', async ({ app, page, context }) => {
  test.setTimeout(90_000);
  await app.open();
  await app.chooseFromDesignMenu('Compose a challenge…');
  const composer = page.getByRole('dialog', { name: 'Compose a challenge' });
  await composer.getByLabel('Title').fill('Fewer adapters, same service');
  await composer.getByRole('checkbox', { name: 'Every server reaches a SAN and a LAN' }).uncheck();
  await composer.getByRole('checkbox', { name: 'At most a number of adapters' }).check();
  await composer.getByLabel('Most adapters allowed').fill('3');
  await composer.getByRole('checkbox', { name: 'Survives the failure of an element' }).check();
  await composer.getByLabel('Element that fails').selectOption({ label: 'HBA 1 (hba1)' });
  const fingerprint = (await composer.locator('.fingerprint').textContent())!;
  expect(fingerprint).toMatch(/^[0-9a-f]{8}$/);
  const challengeLink = await composer.getByRole('textbox', { name: 'Challenge link' }).inputValue();
  expect(challengeLink).toMatch(/#d=.+&c=/);

  // The student, in another page.
  const studentPage = await context.newPage();
  const student = new AppPage(studentPage);
  const studentClass = new ClassroomPage(studentPage);
  await studentPage.goto(challengeLink);
  const card = studentClass.challenge();
  await expect(card.getByRole('heading', { name: 'Fewer adapters, same service' })).toBeVisible();
  await expect(card).toContainText(fingerprint);
  await expect(studentClass.goal(card, 'No error finding')).toContainText('Met');
  await expect(studentClass.goal(card, 'At most 3 adapters')).toContainText('Not met');
  await expect(studentClass.goal(card, 'No I/O fails when hba1 fails')).toContainText('Not checked yet');
  await studentClass.dismissNotice();

  // Solve it: one NIC is enough for this rack's network traffic. The card folds away to show the switch under it.
  await card.getByRole('button', { name: 'Fold the challenge' }).click();
  const iovSwitch = student.iovSwitch('IOV switch', 'sw1');
  await student.slot(iovSwitch, 'Ethernet NIC', 'NIC 2', 'nic2').click();
  await studentPage.keyboard.press('Delete');
  await card.getByRole('button', { name: 'Unfold the challenge' }).click();
  await expect(studentClass.goal(card, 'At most 3 adapters')).toContainText('Met');
  await card.getByRole('button', { name: 'Check my answer' }).click();
  await expect(card.getByRole('status')).toHaveText('3 of 3 goals met.', { timeout: 30_000 });
  await card.getByRole('button', { name: 'Hand in' }).click();
  await expect(card).toContainText('Type your name to make your answer link.');
  await card.getByRole('textbox', { name: 'Your name' }).fill('Ada Lovelace');
  await expect(card).toContainText('Your name and the time travel in the link');
  const answerLink = await card.getByRole('textbox', { name: 'Answer link' }).inputValue();
  expect(answerLink).toContain(challengeLink.slice(challengeLink.indexOf('&c=')));
  expect(answerLink).toMatch(/&n=Ada%20Lovelace&t=\d+$/);

  // The instructor opens the answer: view-only, each verdict computed now.
  const reviewPage = await context.newPage();
  const review = new ClassroomPage(reviewPage);
  await reviewPage.goto(answerLink);
  const answer = review.challenge(true);
  await expect(answer).toContainText('computed now, in this browser');
  await expect(answer).toContainText('Handed in by Ada Lovelace');
  await expect(answer.locator('.fingerprint')).toHaveText(fingerprint);
  await expect(answer.getByRole('status')).toHaveText('3 of 3 goals met.', { timeout: 30_000 });
  await expect(review.goal(answer, 'No I/O fails when hba1 fails')).toContainText('Met');
  await expect(review.goal(answer, 'At most 3 adapters')).toContainText('3 adapters');
  await expect(reviewPage.getByRole('region', { name: 'View only' })).toBeVisible();
});

test('refuses to compose a challenge without a goal, saying why', async ({ app, page }) => {
  await app.open();
  await app.chooseFromDesignMenu('Compose a challenge…');
  const composer = page.getByRole('dialog', { name: 'Compose a challenge' });
  await composer.getByRole('checkbox', { name: 'Every server reaches a SAN and a LAN' }).uncheck();
  await composer.getByRole('checkbox', { name: 'No error finding' }).uncheck();
  await expect(composer.getByRole('alert')).toHaveText('Pick at least one goal.');
  await expect(composer.getByRole('textbox', { name: 'Challenge link' })).toHaveCount(0);
});

/**
 * A challenge card's code arrives after the canvas's first fit (held back here, as on a slow
 * network): the design is fitted again once the card shows, clear of it, at a laptop's and a
 * projector's size alike (at 1280x720 the card takes at most half the canvas and scrolls).
 */
test.describe('a challenge card that arrives late', () => {
  test.use({ serviceWorkers: 'block' });
  for (const viewport of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    test(`does not cover the design at ${viewport.width}x${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.route('**/assets/ChallengePanel-*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      const link = buildFragment(example('virtualized-rack'), { challenge: encodeChallenge(EVERY_GOAL_CHALLENGE) });
      await page.goto(`/${link}`);
      const card = new ClassroomPage(page).challenge();
      await expect(card).toBeVisible({ timeout: 20_000 });
      // The fit's animation (200 ms) and a frame or two.
      await page.waitForTimeout(800);
      const covered = await page.evaluate(() => {
        const cards = document.querySelector('.classroom-cards')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((node) => {
          const box = node.getBoundingClientRect();
          return box.left < cards.right && cards.left < box.right && box.top < cards.bottom && cards.top < box.bottom;
        }).map((node) => node.dataset.id);
      });
      expect(covered, 'parts under the challenge card').toEqual([]);
    });
  }
});
