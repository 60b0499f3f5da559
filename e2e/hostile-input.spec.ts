import { example, type Topology } from '../src/model/index.ts';
import { HOSTILE_LINKS } from '../src/share/hostileLinks.ts';
import { buildFragment } from '../src/share/link.ts';
import { ORIGIN } from './origin.ts';
import { expect, test } from './appTest.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

test('a link with a 900,000-character version is refused at once, shortly, and changes nothing, view included', async ({ app, page }) => {
  const started = Date.now();
  await page.goto(`/${HOSTILE_LINKS['a 900,000-character version']!()}&m=view&l=where-io-goes&s=2`);
  const problem = page.getByRole('dialog', { name: 'This link could not be opened' });
  await expect(problem.getByRole('alert')).toContainText(`not "${'9'.repeat(120)}… (900,000 characters)".`);
  expect(Date.now() - started).toBeLessThan(15_000);
  expect((await problem.innerText()).length).toBeLessThan(800);
  await problem.getByRole('button', { name: 'OK' }).click();
  // The usual design, editable, no lesson: the refused link's view state was not applied, nor kept for a reload.
  await expect(app.servers()).toHaveCount(8);
  await expect(page.getByRole('region', { name: 'View only' })).toHaveCount(0);
  await expect(app.palette).toBeVisible();
  await expect(page).toHaveURL(`${ORIGIN}/`);

  // On a page already open: control characters in a label are shown as escapes, and the address goes back.
  await page.evaluate((hash) => { location.hash = hash; }, `${HOSTILE_LINKS['a label with ESC and BEL (terminal escapes)']!()}&m=view`);
  await expect(problem.getByRole('alert')).toContainText('is "\\u001b]0;owned\\u0007\\u001b[2J": must be plain text');
  await problem.getByRole('button', { name: 'OK' }).click();
  await expect(page).toHaveURL(`${ORIGIN}/`);
  await expect(page.getByRole('region', { name: 'View only' })).toHaveCount(0);
});

test('a run over the event budget says which limit and what to change, never an empty chart', async ({ page }) => {
  const design: Topology = example('virtualized-rack');
  const server = design.nodes.find((n) => n.id === 's1')!;
  if (server.kind === 'server') server.workload = { ...server.workload, storageIops: 10_000_000 };
  const heavy = { ...design, settings: { ...design.settings, duration: 3600, warmup: 360 } };
  await page.goto(`/${buildFragment(heavy)}`);
  const sim = new SimulationPage(page);
  await sim.button('Run').click();
  await expect(page.getByRole('alert').filter({ hasText: 'events, more than the budget' })).toHaveText(
    /This run needs about [\d.]+ billion events, more than the budget of 2\.0 billion: shorten the duration or lighten the workloads\./,
    { timeout: 15_000 },
  );
});
