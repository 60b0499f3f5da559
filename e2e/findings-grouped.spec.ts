import { expect, test } from './appTest.ts';

/**
 * Findings of one rule with one remedy are one finding (issue 15, item 6): each built example shows
 * at most 2 badges on the canvas, and pressing a grouped finding in the list outlines every element
 * it concerns.
 */
const SERVERS = [
  ['Web 1', 's1'], ['Web 2', 's2'], ['DB 1', 's3'], ['DB 2', 's4'],
  ['Backup', 's5'], ['VDI 1', 's6'], ['VDI 2', 's7'], ['Idle', 's8'],
] as const;

const BADGES = [['Virtualized rack', 1], ['Classic rack', 0], ['Redundant virtualized rack', 0]] as const;

for (const [example, badges] of BADGES) {
  test(`${example} shows at most 2 finding badges on the canvas (${badges})`, async ({ app }) => {
    await app.open();
    await app.chooseFromDesignMenu(`Open example: ${example}`);
    await expect(app.banner).toContainText(example);
    await expect(app.servers()).toHaveCount(8);
    await expect(app.canvas.locator('.finding-badge')).toHaveCount(badges);
  });
}

test('the single-switch rack has one finding for its eight servers, its badge on the switch, outlining them all when pressed', async ({ app }) => {
  await app.open();
  await expect(app.findingCounts()).toHaveAccessibleName('Findings: 0 errors, 1 warning, 0 info');
  const iovSwitch = app.iovSwitch('IOV switch', 'sw1');
  await expect(iovSwitch).toHaveAccessibleName(/, 1 warning finding$/);
  await expect(app.server('Web 1', 's1')).not.toHaveAccessibleName(/finding/);

  await app.findingCounts().click();
  const finding = app.panels.getByRole('button', { name: /8 servers reach storage and the network only through IOV switch \(sw1\)/ });
  await expect(finding).toContainText('Web 1, Web 2, DB 1, DB 2, Backup, VDI 1, VDI 2 and Idle');
  await expect(finding).toHaveAttribute('aria-pressed', 'false');
  await finding.click();
  await expect(finding).toHaveAttribute('aria-pressed', 'true');
  for (const [label, id] of SERVERS) await expect(app.server(label, id)).toHaveClass(/\bfinding-outline-warning\b/);
  await expect(iovSwitch).toHaveClass(/\bfinding-outline-warning\b/);
  const outlinedCables = app.canvas.locator('.react-flow__edge.finding-outline');
  await expect(outlinedCables).toHaveCount(8);
  await expect(outlinedCables.first()).toHaveAccessibleName(/^PCIe cable: /);
  await expect(app.fabric('SAN', 'SAN', 'san1')).not.toHaveClass(/finding-outline/);

  // Pressed again, it lets them go.
  await finding.click();
  await expect(finding).toHaveAttribute('aria-pressed', 'false');
  await expect(app.canvas.locator('.finding-outline')).toHaveCount(0);
});

test('the classic rack has one finding per missing second adapter, on no node, outlining servers and adapters', async ({ app }) => {
  await app.open();
  await app.chooseFromDesignMenu('Open example: Classic rack');
  await expect(app.findingCounts()).toHaveAccessibleName('Findings: 0 errors, 2 warnings, 0 info');
  await app.findingCounts().click();
  const finding = app.panels.getByRole('button', { name: /8 servers each have a single FC HBA for storage/ });
  await finding.click();
  await expect(finding).toHaveAttribute('aria-pressed', 'true');
  for (const [label, id] of SERVERS) {
    const server = app.server(label, id);
    await expect(server).toHaveClass(/\bfinding-outline-warning\b/);
    await expect(app.slots(server, 'FC HBA')).toHaveClass(/\bis-selected\b/);
    await expect(app.slots(server, 'Ethernet NIC')).not.toHaveClass(/\bis-selected\b/);
  }
  await expect(app.canvas.locator('.react-flow__edge.finding-outline')).toHaveCount(8);
  // Choosing something else on the canvas drops the outline.
  await app.fabric('SAN', 'SAN', 'san1').click();
  await expect(app.canvas.locator('.finding-outline')).toHaveCount(0);
});
