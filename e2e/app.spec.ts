import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './appTest.ts';

const SERVERS = [
  ['Web 1', 's1'], ['Web 2', 's2'], ['DB 1', 's3'], ['DB 2', 's4'],
  ['Backup', 's5'], ['VDI 1', 's6'], ['VDI 2', 's7'], ['Idle', 's8'],
] as const;

test.describe('the app opens on the virtualized rack', () => {
  test.beforeEach(async ({ app }) => {
    await app.open();
  });

  test('names the product and the design', async ({ app, page }) => {
    await expect(page).toHaveTitle('IOV Studio');
    await expect(app.productName()).toHaveText('IOV Studio');
    await expect(app.banner).toContainText('Virtualized rack');
  });

  test('draws the eight servers, the switch with its pool, the SAN and the LAN', async ({ app }) => {
    for (const [label, id] of SERVERS) await expect(app.server(label, id)).toBeVisible();
    await expect(app.servers()).toHaveCount(8);
    // The servers' single point of failure is one finding, its badge on the switch they share.
    await expect(app.server('Web 1', 's1')).toHaveAccessibleName('Server: Web 1 (s1), storage 300 IOPS, network 800 Mb/s');

    const iovSwitch = app.iovSwitch('IOV switch', 'sw1');
    await expect(iovSwitch).toHaveAccessibleName('IOV switch: IOV switch (sw1), 4 adapters, 1 warning finding');
    await expect(app.slots(iovSwitch, 'FC HBA')).toHaveCount(2);
    await expect(app.slots(iovSwitch, 'Ethernet NIC')).toHaveCount(2);
    await expect(app.slot(iovSwitch, 'FC HBA', 'HBA 1', 'hba1')).toHaveAccessibleName('FC HBA: HBA 1 (hba1), 8GFC, 1 port');
    await expect(app.slot(iovSwitch, 'FC HBA', 'HBA 2', 'hba2')).toBeVisible();
    await expect(app.slot(iovSwitch, 'Ethernet NIC', 'NIC 1', 'nic1')).toHaveAccessibleName('Ethernet NIC: NIC 1 (nic1), 10 GbE, 1 port');
    await expect(app.slot(iovSwitch, 'Ethernet NIC', 'NIC 2', 'nic2')).toBeVisible();

    await expect(app.fabric('SAN', 'SAN', 'san1')).toBeVisible();
    await expect(app.fabric('LAN', 'LAN', 'lan1')).toBeVisible();
  });

  test('draws every cable with its rate per direction, and a legend of the three kinds', async ({ app }) => {
    await expect(app.cables('PCIe')).toHaveCount(8);
    await expect(app.cables('FC')).toHaveCount(2);
    await expect(app.cables('Ethernet')).toHaveCount(2);
    await expect(app.cables('PCIe').first()).toHaveAccessibleName('PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction, load not simulated yet');
    await expect(app.cables('FC').first()).toHaveAccessibleName(/, 800 MB\/s per direction, load not simulated yet$/);
    await expect(app.cables('Ethernet').first()).toHaveAccessibleName(/, 1\.19 GB\/s per direction, load not simulated yet$/);

    const kinds = app.legend.getByRole('listitem');
    await expect(kinds).toHaveText(['PCIe', 'Fibre Channel (FC)', 'Ethernet']);
  });

  test('has no serious or critical accessibility violation', async ({ page }) => {
    // axe walks every node of the diagram: seconds alone, much longer on a busy 2-core machine.
    test.slow();
    const results = await new AxeBuilder({ page }).analyze();
    const severe = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(severe).toEqual([]);
  });
});
