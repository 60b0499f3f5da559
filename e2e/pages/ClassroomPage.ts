import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Lessons, presenter mode and challenges as a user finds them, by role and accessible name:
 *   - the toolbar button "Lessons…" (key L; also in the Design menu) opens the dialog "Lessons": one
 *     button per lesson, "Start: 3. Into the switch" (or "Continue at step 2: …", "Take again: …"),
 *     and a progress bar named "<title>: 2 of 5 steps done"
 *   - the open lesson: region "Lesson" with its heading, "Step 2 of 5", buttons "Back", "Check",
 *     "Next" (or "Finish"), "Close the lesson"; glossary words are buttons ("IOV switch") that show
 *     their definition (role note); its status says "✓ Done: this step is met.", "Not yet. <hint>" or
 *     "Lesson complete."
 *   - presenter mode (Shift+P, toolbar "Present (full screen, for a projector)"): region "Presenter",
 *     its caption the step; Q shows the dialog "QR code of this view"; Escape leaves
 *   - the Design menu's "Compose a challenge…": dialog "Compose a challenge", checkboxes per goal,
 *     the fingerprint, the field "Challenge link"
 *   - a challenge from a link: region "Challenge" (student) or "Answer to a challenge" (view-only,
 *     an answer handed in): list "Goals", each "<goal>: Met" / "Not met" / "Not checked yet",
 *     buttons "Check my answer", "Hand in" (then the field "Answer link")
 */
export class ClassroomPage {
  readonly lesson: Locator;
  readonly presenter: Locator;

  constructor(readonly page: Page) {
    this.lesson = page.getByRole('region', { name: 'Lesson' });
    this.presenter = page.getByRole('region', { name: 'Presenter' });
  }

  lessonsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Lessons' });
  }

  /** Open the lessons from the toolbar and start (or continue) one by its title. */
  async startLesson(title: string) {
    await this.page.getByRole('toolbar', { name: 'Editing' }).getByRole('button', { name: 'Lessons…' }).click();
    await this.lessonsDialog().getByRole('button', { name: new RegExp(`: ${escape(title)}$`) }).click();
    await expect(this.lesson.getByRole('heading', { name: title })).toBeVisible();
  }

  lessonButton(name: 'Back' | 'Check' | 'Next' | 'Finish'): Locator {
    return this.lesson.getByRole('button', { name, exact: true });
  }

  async expectStep(step: number, of: number) {
    await expect(this.lesson).toContainText(`Step ${step} of ${of}`);
  }

  /** The step's check is met: the panel says so. */
  async expectStepMet() {
    await expect(this.lesson.getByRole('status')).toContainText('Done: this step is met.');
  }

  challenge(answer = false): Locator {
    return this.page.getByRole('region', { name: answer ? 'Answer to a challenge' : 'Challenge' });
  }

  /** A goal's line in a challenge card, by the start of its label. */
  goal(card: Locator, label: string): Locator {
    return card.getByRole('list', { name: 'Goals' }).getByRole('listitem').filter({ hasText: label });
  }

  /** Dismiss a passing message when one is shown (it can sit over the canvas). */
  async dismissNotice() {
    const close = this.page.getByRole('button', { name: 'Dismiss message' });
    if (await close.isVisible()) await close.click();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
