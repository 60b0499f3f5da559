import { expect, test } from './appTest.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

// The worker is fetched by the page, not from the offline cache, so that it can be swapped for one that crashes.
test.use({ serviceWorkers: 'block' });

test('a crashed worker gives a message with a restart; the design is untouched and the page responds', async ({ app, page }) => {
  let crash = true;
  await page.route(/sim\.worker[^/]*\.js/, async (route) => {
    if (!crash) return route.continue();
    await route.fulfill({ contentType: 'text/javascript', body: "self.onmessage = () => { throw new Error('simulated crash'); };" });
  });
  await app.open();
  const sim = new SimulationPage(page);
  const run = sim.button('Run');
  if (await run.isEnabled()) await run.click();
  const failure = page.getByRole('alert').filter({ hasText: 'Your design is untouched.' });
  await expect(failure).toBeVisible({ timeout: 15_000 });

  // The page still answers, and the design is whole.
  await app.server('Idle', 's8').click();
  await expect(app.field('Label')).toHaveValue('Idle');
  await expect(app.servers()).toHaveCount(8);

  crash = false;
  await failure.getByRole('button', { name: 'Restart the simulation' }).click();
  await expect(failure).toHaveCount(0);
  if (await sim.button('Run').isVisible()) await sim.button('Run').click();
  await expect.poll(() => sim.percent(sim.meter('HBA 1 (hba1)')), { timeout: 20_000 }).toBeGreaterThan(0);
});
