import { expect, test } from './appTest.ts';

/**
 * The founding journey, by mouse alone: from an empty design, drag two servers, a switch, an HBA
 * and a NIC into the switch, a SAN and a LAN, then the cables, until no error finding is left.
 */
test('builds the virtualized rack from an empty design by dragging', async ({ app, page }) => {
  await app.open();
  await app.newDesign();
  await expect(app.findingCounts()).toHaveAccessibleName('Findings: 0 errors, 0 warnings, 0 info');

  await app.drag(app.paletteItem('Server'), await app.canvasPoint(0.2, 0.12));
  await app.drag(app.paletteItem('Server'), await app.canvasPoint(0.55, 0.12));
  await app.drag(app.paletteItem('IOV switch'), await app.canvasPoint(0.35, 0.42));
  await app.drag(app.paletteItem('SAN'), await app.canvasPoint(0.15, 0.85));
  await app.drag(app.paletteItem('LAN'), await app.canvasPoint(0.6, 0.85));
  const server1 = app.node('Server', 'Server 1', 's1');
  const server2 = app.node('Server', 'Server 2', 's2');
  const iovSwitch = app.node('IOV switch', 'IOV switch 1', 'sw1');
  const san = app.node('SAN', 'SAN 1', 'san1');
  const lan = app.node('LAN', 'LAN 1', 'lan1');
  for (const node of [server1, server2, iovSwitch, san, lan]) await expect(node).toBeVisible();
  // Two servers with demand and no path to any fabric: errors, said at once, one per fabric for both.
  await expect(app.findingCounts()).toHaveAccessibleName(/^Findings: 2 errors, /);

  // Adapters dropped on the switch go into its shared pool.
  await app.drag(app.paletteItem('FC HBA'), iovSwitch);
  await app.drag(app.paletteItem('Ethernet NIC'), iovSwitch);
  await expect(app.slots(iovSwitch, 'FC HBA')).toHaveCount(1);
  await expect(app.slots(iovSwitch, 'Ethernet NIC')).toHaveCount(1);
  await expect(iovSwitch).toHaveAccessibleName(/^IOV switch: IOV switch 1 \(sw1\), 2 adapters/);

  // Cables, dragged from each port onto the node at the other end; the kind follows from the ends.
  await app.drag(app.port('PCIe port of Server 1 (s1)'), iovSwitch);
  await app.drag(app.port('PCIe port of Server 2 (s2)'), iovSwitch);
  await app.drag(app.port('Port of FC HBA 1 (hba1)'), san);
  await app.drag(app.port('Port of Ethernet NIC 1 (nic1)'), lan);
  await expect(app.cables('PCIe')).toHaveCount(2);
  await expect(app.cables('FC')).toHaveCount(1);
  await expect(app.cables('Ethernet')).toHaveCount(1);
  await expect(app.cables('FC')).toHaveAccessibleName(/^FC cable: FC HBA 1 \(hba1\) to SAN 1 \(san1\), 800 MB\/s per direction/);

  await expect(app.findingCounts()).toHaveAccessibleName(/^Findings: 0 errors, /);
  await app.findingCounts().click();
  await expect(app.panels.getByRole('region', { name: /^Errors/ })).toHaveCount(0);
  // One switch, one adapter per class: the rules still warn, in one finding for both servers, that the switch is a single point of failure.
  await expect(app.panels.getByRole('region', { name: /^Warnings/ })).toContainText('2 servers reach storage and the network only through IOV switch 1 (sw1)');
  // Nothing was refused on the way.
  await expect(page.getByRole('alert')).toHaveCount(0);
});
