import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { SimulationPage } from './pages/SimulationPage.ts';
import { shareDialog } from './pages/sharing.ts';

/**
 * "Lesson 3, step 2" handed out as a link from the share dialog, opened on a phone: the lesson at
 * that step as a bottom sheet, the diagram in the screen, the simulation running, a tap selecting.
 */
test('hands out a lesson step as a link that opens legibly on a phone', async ({ app, page, browser }) => {
  const classroom = new ClassroomPage(page);
  await app.open();
  await classroom.startLesson('3. Into the switch');
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(2, 5);
  await page.keyboard.press('s');
  const dialog = shareDialog(page);
  const include = dialog.getByRole('checkbox', { name: /^Include the lesson “3\. Into the switch”, step 2/ });
  await expect(include).toBeChecked();
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  expect(link).toMatch(/&l=move-to-switch&s=2$/);
  await include.uncheck();
  await expect(dialog.getByRole('textbox', { name: 'Link' })).not.toHaveValue(/&l=/);

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phonePage = await phone.newPage();
  const errors: string[] = [];
  phonePage.on('pageerror', (error) => errors.push(error.message));
  const student = new AppPage(phonePage);
  const studentClass = new ClassroomPage(phonePage);
  await phonePage.goto(link);
  await expect(studentClass.lesson).toContainText('Step 2 of 5');
  await expect(studentClass.lesson).toContainText('Add an IOV switch from the palette.');
  await expect(student.banner).toContainText('Classic rack');

  // Nothing wider than the screen; the lesson is a sheet along its bottom (over the notice's row
  // while one shows: dismissed here), in type a phone reads.
  await studentClass.dismissNotice();
  expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const sheet = (await studentClass.lesson.boundingBox())!;
  expect(sheet.width).toBe(390);
  expect(sheet.y + sheet.height).toBeCloseTo(844, 0);
  const textSize = await studentClass.lesson.getByText('Add an IOV switch').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(textSize).toBeGreaterThanOrEqual(16);
  // The whole diagram is on the canvas, which gives the sheet its room: nothing hides behind it.
  const canvas = (await student.canvas.boundingBox())!;
  expect(canvas.y + canvas.height).toBeLessThanOrEqual(sheet.y + 1);
  for (const node of await student.servers().all()) {
    const box = (await node.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(sheet.y);
  }

  // A tap selects; the simulation runs.
  await student.server('Web 1', 's1').tap();
  await expect(student.toolbar.getByRole('button', { name: 'Delete' })).toBeEnabled();
  const simulation = new SimulationPage(phonePage);
  await simulation.button('Run').tap();
  await simulation.waitForTime(0.5);
  expect(errors).toEqual([]);
  await phone.close();
});
