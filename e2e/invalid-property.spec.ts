import { expect, test } from './appTest.ts';

/** A value outside the catalog's bounds, or one the design's budget refuses, is not applied, and the field says why. */
test('an invalid property value keeps the old value and says why', async ({ app }) => {
  await app.open();
  const iovSwitch = app.iovSwitch('IOV switch', 'sw1');
  const hba1 = app.slot(iovSwitch, 'FC HBA', 'HBA 1', 'hba1');
  await hba1.click();
  await expect(app.panels.getByRole('heading', { name: 'FC HBA hba1' })).toBeVisible();

  const ports = app.field('Ports');
  await ports.fill('9');
  await ports.press('Enter');
  await expect(ports).toHaveAttribute('aria-invalid', 'true');
  await expect(ports).toHaveAccessibleDescription('Ports must be between 1 and 4.');
  await expect(app.panels.getByRole('alert')).toHaveText('Ports must be between 1 and 4.');
  // The design keeps the old value: the adapter still has one port, and nothing to undo.
  await expect(hba1).toHaveAccessibleName(/^FC HBA: HBA 1 \(hba1\), 8GFC, 1 port(,|$)/);
  await expect(app.toolbar.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Not a number at all.
  await ports.fill('two');
  await ports.press('Enter');
  await expect(ports).toHaveAccessibleDescription('Ports must be a number.');

  // Escape puts the value back; a valid one is applied.
  await ports.press('Escape');
  await expect(ports).toHaveValue('1');
  await expect(ports).not.toHaveAttribute('aria-invalid');
  await ports.fill('2');
  await ports.press('Enter');
  await expect(hba1).toHaveAccessibleName(/^FC HBA: HBA 1 \(hba1\), 8GFC, 2 ports(,|$)/);

  // Within the bounds but below what is in use: the model's reason.
  await iovSwitch.getByText('IOV switch', { exact: true }).click();
  const slots = app.field('Adapter slots');
  await slots.fill('2');
  await slots.press('Tab');
  await expect(slots).toHaveAccessibleDescription('IOV switch holds 4 adapters: take some out before lowering its slots to 2.');
  await expect(iovSwitch).toHaveAccessibleName(/^IOV switch: IOV switch \(sw1\), 4 adapters/);
  await expect(iovSwitch).toContainText('4 of 8 slots');
});
