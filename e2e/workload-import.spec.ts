import type { Page } from '@playwright/test';
import { FIO_UNLIMITED, IOSTAT_11, IOSTAT_12 } from '../src/model/workloadImport/measurementSamples.ts';
import { expect, test } from './appTest.ts';
import { seriousViolations } from './axe.ts';

/** Serious or critical axe violations inside the open dialog. */
const dialogViolations = (page: Page) => seriousViolations(page, 'dialog[open]');

/**
 * A server's workload set from pasted iostat -x output in the inspector: what was read is shown,
 * Apply changes the fields in one undo step, and malformed text is named by its line.
 */
test('imports a measured workload from pasted iostat output, undone by Ctrl+Z', async ({ app, page }) => {
  await app.open();
  await app.server('DB 1', 's3').click();
  await expect(app.field('Storage demand (IOPS)')).toHaveValue('3000');

  await app.panels.getByRole('button', { name: 'Import measured workload…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measured workload: DB 1' });
  await expect(dialog).toBeVisible();
  const text = dialog.getByLabel('Measurement');
  await text.fill('Device r/s w/s rkB/s wkB/s\nsda 12.00 4.O0 96.00 32.00\n');
  await expect(dialog.getByRole('alert')).toContainText('line 2: column w/s is "4.O0", not a number.');
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  expect(await dialogViolations(page)).toEqual([]);

  // A dm- volume beside its disk: left out, with a warning the user sees.
  await text.fill(IOSTAT_11);
  await expect(dialog.locator('[data-field="storageIops"]')).toHaveText('2,500 IOPS');
  await expect(dialog).toContainText('Warning: dm-0: device-mapper volumes');
  expect(await dialogViolations(page)).toEqual([]);

  await text.fill(IOSTAT_12);
  await expect(dialog.locator('[data-field="storageIops"]')).toHaveText('1,000 IOPS');
  await expect(dialog.locator('[data-field="blockKiB"]')).toHaveText('14.4 KiB');
  await expect(dialog.locator('[data-field="readShare"]')).toHaveText('80 %');
  await expect(dialog).toContainText('The first report (averages since boot) was skipped');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.field('Storage demand (IOPS)')).toHaveValue('1000');
  await expect(app.field('Block size (KiB)')).toHaveValue('14.4');
  await expect(app.field('Reads (%)')).toHaveValue('80');
  // The network side is kept.
  await expect(app.field('Network demand (Mb/s)')).toHaveValue('200');

  await page.keyboard.press('Control+z');
  await expect(app.field('Storage demand (IOPS)')).toHaveValue('3000');
  await expect(app.field('Block size (KiB)')).toHaveValue('8');
  await expect(app.field('Reads (%)')).toHaveValue('70');
});

test('reads a chosen fio JSON file and warns that an unlimited job measured the storage', async ({ app, page }) => {
  await app.open();
  await app.server('Backup', 's5').click();
  await app.panels.getByRole('button', { name: 'Import measured workload…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measured workload: Backup' });
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(FIO_UNLIMITED) });
  await expect(dialog.locator('[data-field="storageIops"]')).toHaveText('800 IOPS');
  await expect(dialog.locator('[data-field="blockKiB"]')).toHaveText('130 KiB');
  await expect(dialog).toContainText('Warning: seqread, log ran without rate or rate_iops');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(app.field('Storage demand (IOPS)')).toHaveValue('800');
  await expect(app.field('Reads (%)')).toHaveValue('50');
});
