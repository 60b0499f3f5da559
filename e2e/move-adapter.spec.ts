import { expect, test } from './appTest.ts';

/**
 * An adapter moves between a server (dedicated to it) and a switch (shared) by dragging its slot;
 * a refused move says why and changes nothing; dragged out onto the canvas it keeps its cable.
 */
test('moves an adapter from a server into the switch and back', async ({ app, page }) => {
  await app.open();
  await app.chooseFromDesignMenu('Open example: Classic rack');
  await expect(app.banner).toContainText('Classic rack');
  const web1 = app.server('Web 1', 's1');
  await expect(app.slots(web1, 'FC HBA')).toHaveCount(1);

  await app.drag(app.paletteItem('IOV switch'), await app.canvasPoint(0.45, 0.8));
  const iovSwitch = app.node('IOV switch', 'IOV switch 1', 'sw1');
  await expect(iovSwitch).toHaveAccessibleName(/, no adapters/);

  // Server -> switch: the HBA leaves Web 1 and joins the pool, its SAN cable with it.
  await app.drag(app.slot(web1, 'FC HBA', 'HBA 1', 'hba1'), iovSwitch);
  await expect(app.slot(iovSwitch, 'FC HBA', 'HBA 1', 'hba1')).toBeVisible();
  await expect(app.slots(web1, 'FC HBA')).toHaveCount(0);
  await expect(web1).toHaveAccessibleName(/, 1 adapter(,|$)/);
  await expect(app.cables('FC')).toHaveCount(8);

  // And back.
  await app.drag(app.slot(iovSwitch, 'FC HBA', 'HBA 1', 'hba1'), web1);
  await expect(app.slot(web1, 'FC HBA', 'HBA 1', 'hba1')).toBeVisible();
  await expect(iovSwitch).toHaveAccessibleName(/, no adapters/);

  // Not into a SAN: the model's reason, and the adapter stays where it was.
  await app.drag(app.slot(web1, 'FC HBA', 'HBA 1', 'hba1'), app.fabric('SAN', 'SAN', 'san1'));
  await expect(page.getByRole('alert')).toContainText('An adapter goes into a server (dedicated) or an IOV switch (shared pool), not into a SAN.');
  await expect(app.slot(web1, 'FC HBA', 'HBA 1', 'hba1')).toBeVisible();

  // Out onto the empty canvas: a free adapter that serves nobody, still cabled.
  await app.drag(app.slot(web1, 'FC HBA', 'HBA 1', 'hba1'), await app.canvasPoint(0.15, 0.8));
  const free = app.node('FC HBA', 'HBA 1', 'hba1');
  await expect(free).toBeVisible();
  await expect(free).toContainText('not placed');
  await expect(app.cables('FC')).toHaveCount(8);

  // A free adapter dragged onto the switch goes in, as a node drag.
  await app.drag(free, iovSwitch);
  await expect(app.slot(iovSwitch, 'FC HBA', 'HBA 1', 'hba1')).toBeVisible();
  await expect(free).toHaveCount(0);
});
