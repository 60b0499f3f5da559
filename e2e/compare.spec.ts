import { expect, test } from './appTest.ts';
import { AppPage } from './pages/AppPage.ts';
import { ComparePage } from './pages/ComparePage.ts';

// The compare view: a design beside its counterpart, both simulated in workers with the same seed;
// the counterpart opened as the design; prices that change the cost and travel in a link; one printed page.

test.describe('comparing dedicated and virtualized', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('the classic rack’s virtualized counterpart has fewer adapters, each busier', async ({ app, page }) => {
    const compare = new ComparePage(page, app);
    await compare.openClassicRack();
    await compare.compare();
    await expect(compare.view.getByRole('img', { name: /^Dedicated design: 8 servers, 16 adapters, 16 cables$/ })).toBeVisible();
    await expect(compare.view.getByRole('img', { name: /^Virtualized design: 8 servers, 1 IOV switch, 4 adapters/ })).toBeVisible();
    await expect(compare.figure('Adapters', 'dedicated')).toHaveText('16');
    await expect(compare.figure('Adapters', 'virtualized')).toHaveText('4');
    expect(await compare.number('Mean adapter utilization', 'virtualized')).toBeGreaterThan(await compare.number('Mean adapter utilization', 'dedicated'));
    expect(await compare.number('Peak adapter utilization', 'virtualized')).toBeGreaterThan(await compare.number('Peak adapter utilization', 'dedicated'));
    await expect(compare.view.getByRole('region', { name: 'Differences' })).toContainText('−75 % adapters (16 → 4)');
    await expect(compare.view.getByLabel('In short')).toContainText('−75 % adapters, −25 % cables');
  });

  test('opens the counterpart as the design, and Ctrl+Z brings the classic rack back', async ({ app, page }) => {
    const compare = new ComparePage(page, app);
    await compare.openClassicRack();
    await compare.compare();
    await compare.view.getByRole('button', { name: 'Open the virtualized counterpart' }).click();
    await expect(compare.view).toBeHidden();
    await expect(app.canvas.getByRole('group', { name: /^IOV switch: IOV switch 1 \(sw1\), 4 adapters/ })).toBeVisible();
    await app.canvas.click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect(app.canvas.getByRole('group', { name: /^IOV switch: / })).toHaveCount(0);
    await expect(app.canvas.getByRole('listitem', { name: /^FC HBA: / })).toHaveCount(8);
  });

  test('a price typed in the table changes the compare view’s cost and travels in a share link', async ({ app, page, context }) => {
    const compare = new ComparePage(page, app);
    await compare.openClassicRack();
    await compare.compare();
    await expect(compare.figure('I/O cost (estimate)', 'virtualized')).toHaveText('$28,400');
    await compare.view.getByRole('button', { name: 'Edit prices…' }).click();
    const field = compare.priceField('IOV switch', 'Price');
    await expect(field).toHaveAttribute('placeholder', '20,000');
    await field.fill('eight thousand');
    await field.press('Enter');
    await expect(compare.prices.getByRole('alert')).toContainText('is not a number');
    await field.fill('8000');
    await field.press('Enter');
    await expect(compare.prices.getByRole('button', { name: 'Reset price of iov switch to the estimate' })).toBeVisible();
    await compare.prices.getByRole('button', { name: 'Back to the comparison' }).click();
    // Prices change no simulated figure: the cost follows at once, without a new run.
    await expect(compare.figure('I/O cost (estimate)', 'virtualized')).toHaveText('$16,400');
    await expect(compare.view).toContainText('IOV switch $8,000');
    await page.keyboard.press('Escape');

    await app.chooseFromDesignMenu('Share…');
    const link = await page.getByRole('textbox', { name: 'Link' }).inputValue();
    const other = await context.newPage();
    await other.goto(link);
    const elsewhere = new ComparePage(other, new AppPage(other));
    await elsewhere.app.chooseFromDesignMenu('Prices and power…');
    await expect(elsewhere.priceField('IOV switch', 'Price')).toHaveValue('8000');
    await expect(elsewhere.priceField('FC HBA', 'Price')).toHaveValue('');
  });

  test('prints the summary on one page (title, design, assumptions) and its details on the next', async ({ app, page }) => {
    const compare = new ComparePage(page, app);
    await compare.openClassicRack();
    await compare.compare();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText('Dedicated and virtualized I/O: Classic rack')).toBeVisible();
    await expect(app.canvas).toBeHidden();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    // Page 1: the summary as before; page 2: the servers and workloads, the prices used and the intervals (issue 19, item 6).
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(2);
  });
});
