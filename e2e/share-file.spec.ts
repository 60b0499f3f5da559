import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeDesignFile } from '../src/share/index.ts';
import { expect, test } from './appTest.ts';
import { autosavedDesign } from './pages/sharing.ts';

/** Drop a file on the canvas as a file manager does: dragover, then drop, with the file in a DataTransfer. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(([n, t]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([t], n, { type: 'application/json' }));
    return transfer;
  }, [name, text] as const);
  const canvas = page.getByRole('application', { name: 'Design canvas' });
  await canvas.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByText('Drop to open this design file')).toBeVisible();
  await canvas.dispatchEvent('drop', { dataTransfer });
}

test('a design saved as a file opens again, by the keys and by a drop; a bad file keeps the design', async ({ app, page }) => {
  // Browsers without the File System Access API (Firefox, Safari): a download, and a file input.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await app.open();
  await app.server('Idle', 's8').click();
  await page.keyboard.press('Delete');
  const edited = await autosavedDesign(page, (d) => !d.nodes.some((n) => n.id === 's8'));

  // From a text field too: Ctrl+S saves the design, not the browser's page.
  await app.field('Design name').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(download.suggestedFilename()).toBe('virtualized-rack.iov.json');
  const path = await download.path();
  const saved = readFileSync(path, 'utf8');
  expect(saved).toBe(encodeDesignFile(edited));
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('Saved “virtualized-rack.iov.json”: it is in your browser’s downloads.');

  await app.newDesign();
  await expect(app.servers()).toHaveCount(0);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(saved) });
  await expect(app.banner).toContainText('Virtualized rack');
  await expect(app.servers()).toHaveCount(7);
  await expect(page.getByRole('status').filter({ hasText: 'Opened' })).toContainText('Opened “Virtualized rack” from “virtualized-rack.iov.json”. Your design “Untitled design” is kept: Design ▸ Recent designs… brings it back.');
  expect(await autosavedDesign(page)).toEqual(edited);

  await app.newDesign();
  await dropFile(page, 'rack.iov.json', saved);
  await expect(app.servers()).toHaveCount(7);
  await expect(page.getByText('Drop to open this design file')).toHaveCount(0);

  await dropFile(page, 'notes.iov.json', '{\n  "version": 1,\n  "nodes": [\n');
  const problem = page.getByRole('dialog', { name: '“notes.iov.json” could not be opened' });
  await expect(problem.getByRole('alert')).toContainText('notes.iov.json:4:1');
  await expect(problem.getByRole('alert')).toContainText('Choose a design saved by IOV Studio (a .iov.json file).');
  await problem.getByRole('button', { name: 'OK' }).click();
  await expect(app.servers()).toHaveCount(7);
  expect(await autosavedDesign(page)).toEqual(edited);
});
