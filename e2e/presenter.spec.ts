import { expect, test } from './appTest.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

const opacity = (locator: import('@playwright/test').Locator) => locator.evaluate((el) => Number(getComputedStyle(el).opacity));
const fontSize = (locator: import('@playwright/test').Locator) => locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

/**
 * An instructor at a projector, with the keyboard alone: a lesson opened from the list, presenter
 * mode, the arrows and Space through the steps (the simulation plays when the step says so), the
 * QR code of the view, and Escape out of both.
 */
test('steps through a lesson in presenter mode with the keyboard alone', async ({ app, page }) => {
  const classroom = new ClassroomPage(page);
  const simulation = new SimulationPage(page);
  await app.open();
  await page.keyboard.press('l');
  await expect(classroom.lessonsDialog()).toBeVisible();
  // The first lesson's button has the focus; three Tabs reach the fourth.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(classroom.lessonsDialog().getByRole('button', { name: 'Start: 4. Pooling and queueing' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(classroom.lesson).toContainText('Step 1 of 4');

  await page.keyboard.press('Shift+P');
  await expect(classroom.presenter).toBeVisible();
  await expect(app.palette).toBeHidden();
  await expect(app.panels).toBeHidden();
  await expect(app.toolbar).toBeHidden();
  await expect(classroom.lesson).toBeHidden();
  await expect(classroom.presenter).toContainText('4. Pooling and queueing · step 1 of 4');
  await expect(classroom.presenter).toContainText('8 servers share 2 FC HBAs');
  // The step names the switch: it stands out, the rest of the design dims.
  await expect.poll(() => opacity(app.server('Web 1', 's1'))).toBeLessThan(0.5);
  expect(await opacity(app.iovSwitch('IOV switch', 'sw1'))).toBe(1);
  expect(await fontSize(classroom.presenter.getByText(/8 servers share/))).toBeGreaterThanOrEqual(20);

  // Next: the step plays the simulation.
  await page.keyboard.press('ArrowRight');
  await expect(classroom.presenter).toContainText('step 2 of 4');
  await expect(simulation.button('Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(classroom.presenter).toContainText('step 3 of 4');
  // Stepped on before the run finished: the caption says step 2 is not met yet, and how to meet it.
  await expect(classroom.presenter.getByRole('status')).toHaveText('Step 2 is not done on this design yet: Press Run to end and wait for it to finish. Back (←) to show it.');
  await page.keyboard.press('ArrowLeft');
  await expect(classroom.presenter).toContainText('step 2 of 4');

  // Q: the view as a QR code, for phones; Escape closes it, then leaves presenter mode.
  await page.keyboard.press('q');
  const qr = page.getByRole('dialog', { name: 'QR code of this view' });
  await expect(qr.getByRole('img', { name: 'QR code of the link' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(classroom.presenter).toContainText('step 2 of 4');
  await page.keyboard.press('Escape');
  await expect(qr).toBeHidden();
  await expect(classroom.presenter).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(classroom.presenter).toBeHidden();
  await expect(app.toolbar).toBeVisible();
  await expect(classroom.lesson).toContainText('Step 2 of 4');
});

test('without a lesson, Space plays and pauses the simulation on a projector', async ({ app, page }) => {
  const classroom = new ClassroomPage(page);
  const simulation = new SimulationPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await app.open();
  await app.toolbar.getByRole('button', { name: 'Present (full screen, for a projector)' }).click();
  await expect(classroom.presenter).toContainText('Space plays or pauses the simulation');
  expect(await fontSize(classroom.presenter.getByText(/Space plays or pauses/))).toBeGreaterThanOrEqual(28);
  await page.keyboard.press(' ');
  await expect(simulation.button('Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(simulation.button('Run')).toBeVisible();
  // Editing keys do nothing while presenting: Delete leaves the selection's design as it was.
  await app.server('Web 1', 's1').click();
  await page.keyboard.press('Delete');
  await expect(app.server('Web 1', 's1')).toBeVisible();
  await classroom.presenter.getByRole('button', { name: /^Leave/ }).click();
  await expect(classroom.presenter).toBeHidden();
  await expect(app.palette).toBeVisible();
});
