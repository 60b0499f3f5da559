import { expect, test } from './appTest.ts';
import { ClassroomPage } from './pages/ClassroomPage.ts';
import { autosavedDesign } from './pages/sharing.ts';

/**
 * Lesson 3 as a student takes it, by mouse: the classic rack opens (their own design is kept), an
 * IOV switch is dragged in, each server cabled to it, two HBAs and two NICs dragged into its pool,
 * the rest deleted; each check passes as the design meets it, a failed check shows its hint, and
 * the progress outlives a reload.
 */
test('completes lesson 3 by dragging, cabling and deleting, with hints on the way', async ({ app, page }) => {
  // Some twenty drags, each waiting for the design to answer.
  test.setTimeout(120_000);
  const classroom = new ClassroomPage(page);
  await app.open();
  await classroom.startLesson('3. Into the switch');
  await expect(app.banner).toContainText('Classic rack');
  await expect(page.getByRole('status').filter({ hasText: 'Your design “Virtualized rack” is kept' })).toBeVisible();
  await classroom.dismissNotice();
  await classroom.expectStep(1, 5);

  // A glossary word explains itself.
  await classroom.lesson.getByRole('button', { name: 'IOV switch' }).click();
  await expect(classroom.lesson.getByRole('note')).toContainText('An I/O virtualization switch');
  await classroom.lessonButton('Next').click();

  // Step 2: checking before doing says what to do.
  await classroom.expectStep(2, 5);
  await classroom.lessonButton('Check').click();
  await expect(classroom.lesson.getByRole('status')).toContainText('Not yet. Drag "IOV switch" from the palette onto the canvas.');
  // Between the server row and the fabrics, where a virtualized rack has its switch.
  await app.drag(app.paletteItem('IOV switch'), await app.canvasPoint(0.5, 0.5));
  const iovSwitch = app.node('IOV switch', 'IOV switch 1', 'sw1');
  await expect(iovSwitch).toBeVisible();
  await classroom.expectStepMet();
  await classroom.lessonButton('Next').click();

  // Step 3: a PCIe cable from each server; the hint names the one left.
  await classroom.expectStep(3, 5);
  const servers = [['Web 1', 's1'], ['Web 2', 's2'], ['DB 1', 's3'], ['DB 2', 's4'], ['Backup', 's5'], ['VDI 1', 's6'], ['VDI 2', 's7'], ['Idle', 's8']] as const;
  for (const [label, id] of servers.slice(0, 7)) await app.drag(app.port(`PCIe port of ${label} (${id})`), iovSwitch);
  await expect(app.cables('PCIe')).toHaveCount(7);
  await classroom.lessonButton('Check').click();
  await expect(classroom.lesson.getByRole('status')).toContainText('1 server still has no PCIe cable: Idle.');
  await app.drag(app.port('PCIe port of Idle (s8)'), iovSwitch);
  await classroom.expectStepMet();
  await classroom.lessonButton('Next').click();

  // Step 4: two HBAs and two NICs dragged out of their servers into the switch keep their cables.
  await classroom.expectStep(4, 5);
  await app.drag(app.slot(app.server('Web 1', 's1'), 'FC HBA', 'HBA 1', 'hba1'), iovSwitch);
  await app.drag(app.slot(app.server('Web 2', 's2'), 'FC HBA', 'HBA 2', 'hba2'), iovSwitch);
  await app.drag(app.slot(app.server('Web 1', 's1'), 'Ethernet NIC', 'NIC 1', 'nic1'), iovSwitch);
  await expect(app.slots(iovSwitch, 'FC HBA')).toHaveCount(2);
  await classroom.lessonButton('Check').click();
  await expect(classroom.lesson.getByRole('status')).toContainText('The pool has 2 cabled FC HBAs and 1 cabled NIC');
  await app.drag(app.slot(app.server('Web 2', 's2'), 'Ethernet NIC', 'NIC 2', 'nic2'), iovSwitch);
  await expect(app.slots(iovSwitch, 'Ethernet NIC')).toHaveCount(2);
  await classroom.expectStepMet();
  await classroom.lessonButton('Next').click();

  // Step 5: the twelve adapters left in servers, selected with Ctrl+click and deleted at once.
  await classroom.expectStep(5, 5);
  for (const [index, [label, id]] of servers.slice(2).entries()) {
    const server = app.server(label, id);
    const n = index + 3;
    // The first click replaces the selection (NIC 2, just dragged, is still selected); the others add to it.
    await app.slot(server, 'FC HBA', `HBA ${n}`, `hba${n}`).click({ modifiers: index === 0 ? [] : ['Control'] });
    await app.slot(server, 'Ethernet NIC', `NIC ${n}`, `nic${n}`).click({ modifiers: ['Control'] });
  }
  await page.keyboard.press('Delete');
  await expect(iovSwitch).toHaveAccessibleName(/^IOV switch: IOV switch 1 \(sw1\), 4 adapters/);
  await expect(app.slots(app.server('Idle', 's8'), 'FC HBA')).toHaveCount(0);
  await expect(app.findingCounts()).toHaveAccessibleName(/^Findings: 0 errors, /);
  await expect(classroom.lesson.getByRole('status')).toContainText('Lesson complete. All 5 steps are done.');
  await expect(classroom.lesson.getByRole('button', { name: '4. Pooling and queueing' })).toBeVisible();

  // The progress is this browser's, and the address follows the step: a reload comes back to both.
  await page.reload();
  await classroom.expectStep(5, 5);
  await app.banner.getByRole('button', { name: 'Lessons…' }).click();
  await expect(classroom.lessonsDialog().getByRole('progressbar', { name: '3. Into the switch: 5 of 5 steps done' })).toBeVisible();
  await expect(classroom.lessonsDialog().getByRole('button', { name: 'Take again: 3. Into the switch' })).toBeVisible();
});

test('ignores a corrupt progress store and goes Back to a step\'s starting design', async ({ app, page }) => {
  const classroom = new ClassroomPage(page);
  await app.open();
  await page.evaluate(() => localStorage.setItem('iov-studio:lesson-progress', '{"move-to-switch": [0, 1, "oops"'));
  await page.reload();
  await app.server('Web 1', 's1').waitFor();
  await page.keyboard.press('l');
  await expect(classroom.lessonsDialog().getByRole('progressbar', { name: '3. Into the switch: 0 of 5 steps done' })).toBeVisible();
  await classroom.lessonsDialog().getByRole('button', { name: 'Start: 1. Where I/O goes' }).click();
  await expect(app.banner).toContainText('Where I/O goes');
  await classroom.lessonButton('Next').click();
  await classroom.expectStep(2, 4);
  // A lesson step asks for nothing that would be lost: the design started from is one Undo away,
  // and going Back re-opens the step's own starting design.
  await app.server('Web', 's1').click();
  await page.keyboard.press('Delete');
  await expect(app.server('Web', 's1')).toHaveCount(0);
  await classroom.lessonButton('Back').click();
  await classroom.expectStep(1, 4);
  await expect(app.server('Web', 's1')).toBeVisible();
  await page.getByRole('button', { name: 'Design', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Recent designs…' }).click();
  // The lesson's first design (with its server deleted) and the rack from before are both kept.
  await expect(page.getByRole('dialog', { name: /Recent designs/ }).getByText('Virtualized rack')).toBeVisible();
});

/**
 * A lesson's link without a design (the address bar once a lesson is open, copied for a class):
 * it opens the step's own starting design, so the step's words and figures are of the design on
 * show; the design open before is kept in Recent designs; a reload keeps the learner's work.
 */
test('a lesson link without a design opens the step’s starting design, keeps the one before, and a reload keeps the work', async ({ app, page }) => {
  const classroom = new ClassroomPage(page);
  await app.open();
  await expect(app.banner).toContainText('Virtualized rack');
  await page.goto('/#l=move-to-switch&s=1');
  await expect(classroom.lesson).toContainText('Start from the classic rack.');
  await expect(app.banner).toContainText('Classic rack');
  await expect(page.getByText('Opened “Classic rack” from lesson “3. Into the switch”. Your design “Virtualized rack” is kept')).toBeVisible();
  await expect(app.server('Web 1', 's1')).toBeVisible();
  // The learner's work survives a reload: the tab's own design, not the start again.
  // By its name: the middle of its tile is an adapter's slot.
  await app.server('Idle', 's8').getByText('Idle', { exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(app.server('Idle', 's8')).toHaveCount(0);
  await autosavedDesign(page, (d) => d.name === 'Classic rack' && !d.nodes.some((n) => n.id === 's8'));
  await page.reload();
  await classroom.expectStep(1, 5);
  await expect(app.server('Web 1', 's1')).toBeVisible();
  await expect(app.server('Idle', 's8')).toHaveCount(0);
});
