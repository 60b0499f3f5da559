import { expect, test } from './appTest.ts';
import { seriousViolations } from './axe.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the lessons, presenter mode and a challenge have no serious violation, ${colorScheme}`, async ({ app, page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    const classroom = new ClassroomPage(page);
    await app.open();
    await page.keyboard.press('l');
    await expect(classroom.lessonsDialog()).toBeVisible();
    expect(await seriousViolations(page, 'dialog')).toEqual([]);
    await classroom.lessonsDialog().getByRole('button', { name: 'Start: 3. Into the switch' }).click();
    await classroom.lessonButton('Next').click();
    await classroom.lessonButton('Check').click();
    await classroom.lesson.getByRole('button', { name: 'Next' }).focus();
    expect(await seriousViolations(page, '.classroom-cards')).toEqual([]);

    await page.keyboard.press('Shift+P');
    await expect(classroom.presenter).toBeVisible();
    expect(await seriousViolations(page, '.presenter-caption')).toEqual([]);
    await page.keyboard.press('Escape');

    await app.chooseFromDesignMenu('Compose a challenge…');
    const composer = page.getByRole('dialog', { name: 'Compose a challenge' });
    await composer.getByRole('checkbox', { name: 'At most a number of adapters' }).check();
    expect(await seriousViolations(page, 'dialog')).toEqual([]);
    const link = await composer.getByRole('textbox', { name: 'Challenge link' }).inputValue();
    await page.goto(link);
    await expect(classroom.challenge()).toBeVisible();
    expect(await seriousViolations(page, '.classroom-cards')).toEqual([]);
  });
}
