import { expect, test } from './appTest.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { SimulationPage } from './pages/SimulationPage.ts';

/** The first figure in ms a text states: "… worst storage p99 is 0.13 ms." → 0.13. */
const msIn = (text: string, after: string) => Number(new RegExp(`${after} ([\\d.,]+) ms`).exec(text)?.[1]?.replace(/,/g, ''));

/**
 * Lesson 8 as a student takes it: Backup idle, then flooding, the others' p99 read from each run,
 * the cap set in the inspector, the run again, the recovery in figures; then the step on a projector.
 */
test('walks lesson 8, the noisy neighbour: the flood, the others’ p99 rising, the cap, the recovery', async ({ app, page }) => {
  test.setTimeout(180_000);
  const classroom = new ClassroomPage(page);
  const sim = new SimulationPage(page);
  // A run's figures reach the page a moment after its clock does: on a busy machine, more than a moment.
  const stepMet = () => expect(classroom.lesson.getByRole('status')).toContainText('Done: this step is met.', { timeout: 30_000 });
  await app.open();
  await classroom.startLesson('8. The noisy neighbour');
  await expect(app.banner).toContainText('Noisy neighbour, Backup idle');
  await classroom.dismissNotice();
  await classroom.expectStep(1, 6);
  await classroom.lessonButton('Check').click();
  await expect(classroom.lesson.getByRole('status')).toContainText('Not yet. Press Run to end');
  await sim.runToEnd();
  await stepMet();
  const quietText = (await classroom.lesson.textContent()) ?? '';
  const quiet = msIn(quietText, 'worst storage p99 is');
  expect(quiet).toBeGreaterThan(0);

  // The flood: a design of its own, run again; the others' p99 many times what it was.
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(2, 6);
  await expect(app.banner).toContainText('Noisy neighbour');
  await expect(classroom.lesson).toContainText('reads of 1024 KiB, 32 at a time');
  await sim.runToEnd();
  await stepMet();
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(3, 6);
  await classroom.expectStepMet();
  const flood = msIn((await classroom.lesson.textContent()) ?? '', 'worst storage p99 is');
  expect(flood).toBeGreaterThan(quiet * 10);
  await expect(classroom.lesson).toContainText(/Backup moves [\d,]+ MB\/s/);

  // The cap, in the inspector's QoS.
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(4, 6);
  await classroom.lessonButton('Check').click();
  await expect(classroom.lesson.getByRole('status')).toContainText('set its storage cap to 200 MB/s');
  await app.server('Backup', 's5').click();
  await app.panels.getByRole('button', { name: 'QoS in shared pools' }).click();
  const cap = app.field('Storage cap (MB/s, megabytes)');
  await cap.fill('200');
  await cap.press('Enter');
  await classroom.expectStepMet();

  // The run again, and the recovery in figures from it.
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(5, 6);
  await classroom.lessonButton('Check').click();
  await expect(classroom.lesson.getByRole('status')).toContainText('press Restart, then Run to end');
  await sim.button('Restart').click();
  await sim.runToEnd();
  await stepMet();
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(6, 6);
  const recovered = (await classroom.lesson.textContent()) ?? '';
  expect(Number(/Backup moves ([\d,]+) MB\/s/.exec(recovered)?.[1]?.replace(/,/g, ''))).toBeLessThanOrEqual(201);
  expect(msIn(recovered, 'worst storage p99 is back to')).toBeLessThanOrEqual(quiet * 1.2);

  // On a projector: the step as a caption, large, Backup spotlit.
  await page.keyboard.press('Shift+P');
  await expect(classroom.presenter).toContainText('8. The noisy neighbour · step 6 of 6');
  await expect(classroom.presenter).toContainText('Compare with and without QoS');
  await page.keyboard.press('ArrowLeft');
  await expect(classroom.presenter).toContainText('step 5 of 6');
  await page.keyboard.press('Escape');
  await expect(classroom.presenter).toBeHidden();
});
