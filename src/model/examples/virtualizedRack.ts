import { designBuilder } from './designBuilder.ts';
import { RACK_SERVERS, SERVER_SPACING } from './rack.ts';

/**
 * The same eight servers and workloads, each with one PCIe cable to an IOV switch that pools two
 * 8GFC HBAs and two 10GbE NICs: 4 adapters instead of 16, each several times busier, and one
 * failure per class still leaves each pool under 25 % busy.
 */
export function virtualizedRack() {
  const design = designBuilder('Virtualized rack');
  const width = (RACK_SERVERS.length - 1) * SERVER_SPACING;
  const servers = RACK_SERVERS.map(({ label, preset }, i) => design.add('server', i * SERVER_SPACING, 0, { label, preset }));
  const iovSwitch = design.add('iov-switch', width / 2 - 110, 260, { label: 'IOV switch' });
  const san = design.add('san', width * 0.25, 640, { label: 'SAN' });
  const lan = design.add('lan', width * 0.75, 640, { label: 'LAN' });
  for (const server of servers) design.cable(server, iovSwitch);
  for (let i = 1; i <= 2; i++) design.cable(design.add('fc-hba', 0, 0, { in: iovSwitch, label: `HBA ${i}` }), san);
  for (let i = 1; i <= 2; i++) design.cable(design.add('eth-nic', 0, 0, { in: iovSwitch, label: `NIC ${i}` }), lan);
  return design.build();
}
