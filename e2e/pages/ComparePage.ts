import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './AppPage.ts';

/**
 * The compare view and the right-size panel as a user finds them, by role and name:
 *   - Design menu items "Virtualize the design…", "Dedicate the adapters", "Compare dedicated and
 *     virtualized", "Size the pools…", "Prices and power…"
 *   - the compare view: dialog "Dedicated and virtualized", a progress bar per side while it runs
 *     ("Simulating the dedicated design"), two drawings (role img "Dedicated design: 8 servers, …"),
 *     a table with a row header per figure ("Adapters", "Mean adapter utilization", …) and the
 *     columns Dedicated, Virtualized, Change; the list "Differences"; buttons "Edit prices…", "Print",
 *     "Open the virtualized counterpart"
 *   - the price table: dialog "Prices and power", fields "Price of IOV switch (USD)", "Power of PCIe cable (W)"
 *   - the right-size panel: dialog "Size the pools", fields "Storage p99", "Network p99", "Utilization
 *     ceiling", the check box "N+1: …", buttons "Size the pools", then "Apply 3 HBAs / 2 NICs"
 */
export class ComparePage {
  readonly view: Locator;
  readonly prices: Locator;
  readonly sizing: Locator;

  constructor(readonly page: Page, readonly app: AppPage) {
    this.view = page.getByRole('dialog', { name: 'Dedicated and virtualized' });
    this.prices = page.getByRole('dialog', { name: 'Prices and power' });
    this.sizing = page.getByRole('dialog', { name: 'Size the pools' });
  }

  async openClassicRack() {
    await this.app.chooseFromDesignMenu('Open example: Classic rack');
    await expect(this.app.banner).toContainText('Classic rack');
  }

  /** Open the compare view and wait for both runs' figures. */
  async compare() {
    await this.app.chooseFromDesignMenu('Compare dedicated and virtualized');
    await expect(this.view).toBeVisible();
    await expect(this.view.getByRole('table', { name: 'Dedicated and virtualized, figure by figure' })).toBeVisible({ timeout: 90_000 });
  }

  /** A figure of the compare table: its text in the dedicated or the virtualized column. */
  figure(label: string, side: 'dedicated' | 'virtualized'): Locator {
    const row = this.view.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
    return row.getByRole('cell').nth(side === 'dedicated' ? 0 : 1);
  }

  /** A figure read as a number: "$28,400" → 28400, "9.6 %" → 9.6. */
  async number(label: string, side: 'dedicated' | 'virtualized'): Promise<number> {
    const text = (await this.figure(label, side).textContent()) ?? '';
    return Number(text.replace(/[^\d.]/g, ''));
  }

  priceField(item: string, field: 'Price' | 'Power'): Locator {
    return this.prices.getByRole('textbox', { name: `${field} of ${item} (${field === 'Price' ? 'USD' : 'W'})` });
  }

  async sizePools() {
    await this.app.chooseFromDesignMenu('Size the pools…');
    await expect(this.sizing).toBeVisible();
  }
}
