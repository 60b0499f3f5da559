import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * The simulation as a user finds it, by role and name:
 *   - the bar under the header: region "Simulation", buttons "Run"/"Pause", "Step 0.1 s", "Restart",
 *     "Run to end" (a progress bar "Running to the end" and "Cancel" while it runs), the slider
 *     "Speed", the clock "Simulated time 2.5 s of 10 s"
 *   - on the diagram: role meter "Utilization of HBA 1 (hba1)" per adapter and "Utilization of PCIe cable l1" per cable
 *   - the side panel's tab "Simulation": the summary tables and the charts (region "Utilization of each adapter")
 */
export class SimulationPage {
  readonly bar: Locator;
  readonly clock: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Simulation' });
    this.clock = this.bar.getByLabel(/^Simulated time /);
  }

  button(name: string): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  /** Simulated seconds reached, from the clock's name. */
  async time(): Promise<number> {
    const label = (await this.clock.getAttribute('aria-label')) ?? '';
    return Number(/^Simulated time ([\d.]+) s/.exec(label)?.[1] ?? Number.NaN);
  }

  async waitForTime(atLeast: number): Promise<void> {
    await expect.poll(() => this.time(), { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast);
  }

  /** An adapter's or a cable's utilization meter on the diagram. */
  meter(name: string): Locator {
    return this.page.getByRole('application', { name: 'Design canvas' }).getByRole('meter', { name: `Utilization of ${name}` });
  }

  async percent(meter: Locator): Promise<number> {
    return Number(await meter.getAttribute('aria-valuenow'));
  }

  async openTab(): Promise<Locator> {
    await this.page.getByRole('tab', { name: 'Simulation' }).click();
    return this.page.getByRole('tabpanel', { name: 'Simulation' });
  }

  async runToEnd(): Promise<void> {
    await this.button('Run to end').click();
    // The end: the clock at the duration, and the button back (it gives way to a progress bar while running), disabled.
    await expect(this.clock).toHaveAttribute('aria-label', /^Simulated time ([\d.]+) s of \1 s$/, { timeout: 60_000 });
    await expect(this.button('Run to end')).toBeDisabled({ timeout: 60_000 });
  }

  /** The rows of a chart's CSV download: header names to values. */
  async downloadChart(panel: Locator, title: string): Promise<Record<string, number>[]> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      panel.getByRole('button', { name: `Download ${title.toLowerCase()} as CSV` }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const [header, ...lines] = text.trim().split('\r\n');
    const names = header!.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, Number(cell)])));
  }
}
