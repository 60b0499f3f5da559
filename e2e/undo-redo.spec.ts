import { expect, test } from './appTest.ts';

/**
 * Ten edits of different kinds, each one undo step (a whole drag included), undone to the empty
 * design and redone to the end, by keys and by the toolbar.
 */
test('undoes and redoes through ten edits', async ({ app, page }) => {
  await app.open();
  await app.newDesign();
  const undo = app.toolbar.getByRole('button', { name: 'Undo' });
  const redo = app.toolbar.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();

  const server = app.node('Server', 'Server 1', 's1');
  const iovSwitch = app.node('IOV switch', 'IOV switch 1', 'sw1');
  await app.drag(app.paletteItem('Server'), await app.canvasPoint(0.3, 0.15)); // 1
  await app.drag(app.paletteItem('IOV switch'), await app.canvasPoint(0.3, 0.5)); // 2
  await app.drag(app.port('PCIe port of Server 1 (s1)'), iovSwitch); // 3
  await app.drag(app.paletteItem('FC HBA'), iovSwitch); // 4
  await app.drag(app.paletteItem('SAN'), await app.canvasPoint(0.2, 0.85)); // 5
  await app.drag(app.port('Port of FC HBA 1 (hba1)'), app.node('SAN', 'SAN 1', 'san1')); // 6
  const before = await server.boundingBox();
  await app.drag(server, await app.canvasPoint(0.6, 0.15)); // 7: a drag of many frames, one step
  await server.click();
  await app.field('Label').fill('Web');
  await app.field('Label').press('Enter'); // 8
  const web = app.node('Server', 'Web', 's1');
  await app.field('Adapter slots').fill('6');
  await app.field('Adapter slots').press('Enter'); // 9
  await app.field('Preset').selectOption('database'); // 10
  await expect(web).toHaveAccessibleName(/^Server: Web \(s1\), storage 3,000 IOPS, network 200 Mb\/s/);
  await expect(app.cables('FC')).toHaveCount(1);

  // Undo five by keys, the focus still in the inspector (with nothing being typed there, Ctrl+Z
  // is the app's): back to the moment the SAN was added, before its cable.
  for (let i = 0; i < 5; i++) await page.keyboard.press('Control+z');
  await expect(server).toHaveAccessibleName(/^Server: Server 1 \(s1\), storage 50 IOPS/);
  await expect(app.cables('FC')).toHaveCount(0);
  await expect(app.node('SAN', 'SAN 1', 'san1')).toBeVisible();
  expect((await server.boundingBox())!.x).toBeCloseTo(before!.x, 0);

  // And five more by the toolbar: nothing left, nothing more to undo.
  for (let i = 0; i < 5; i++) await undo.click();
  await expect(app.canvas.getByRole('group', { name: /^(Server|IOV switch|FC HBA|Ethernet NIC|SAN|LAN): / })).toHaveCount(0);
  await expect(undo).toBeDisabled();

  // Redo all ten: Ctrl+Shift+Z, then Ctrl+Y, then the toolbar.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+z');
  await expect(app.cables('PCIe')).toHaveCount(1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+y');
  await expect(app.cables('FC')).toHaveCount(1);
  for (let i = 0; i < 3; i++) await redo.click();
  await expect(web).toHaveAccessibleName(/^Server: Web \(s1\), storage 3,000 IOPS, network 200 Mb\/s/);
  await expect(redo).toBeDisabled();
  expect((await web.boundingBox())!.x).toBeGreaterThan(before!.x + 100);
});
