import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Serious or critical axe violations, within the elements `selectors` name or, with none, on the
 * whole page. A whole page of the editor takes axe several seconds on a small machine: after one
 * whole-page analysis, a step analyses only what it changed.
 */
export async function seriousViolations(page: Page, ...selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
