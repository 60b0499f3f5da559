import { designBuilder } from './designBuilder.ts';
import { RACK_SERVERS, SERVER_SPACING } from './rack.ts';

/**
 * Two IOV switches, each pooling two 8GFC HBAs and two 10GbE NICs, and every server cabled to
 * both: no switch, adapter or cable is a single point of failure.
 */
export function redundantVirtualized() {
  const design = designBuilder('Redundant virtualized rack');
  const width = (RACK_SERVERS.length - 1) * SERVER_SPACING;
  const servers = RACK_SERVERS.map(({ label, preset }, i) => design.add('server', i * SERVER_SPACING, 0, { label, preset }));
  const switches = ['A', 'B'].map((name, i) => design.add('iov-switch', width * (i === 0 ? 0.22 : 0.78) - 110, 260, { label: `IOV switch ${name}` }));
  const san = design.add('san', width * 0.25, 640, { label: 'SAN' });
  const lan = design.add('lan', width * 0.75, 640, { label: 'LAN' });
  for (const server of servers) for (const iovSwitch of switches) design.cable(server, iovSwitch);
  switches.forEach((iovSwitch, s) => {
    for (let i = 1; i <= 2; i++) design.cable(design.add('fc-hba', 0, 0, { in: iovSwitch, label: `HBA ${s * 2 + i}` }), san);
    for (let i = 1; i <= 2; i++) design.cable(design.add('eth-nic', 0, 0, { in: iovSwitch, label: `NIC ${s * 2 + i}` }), lan);
  });
  return design.build();
}
