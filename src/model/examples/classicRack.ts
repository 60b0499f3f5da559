import { designBuilder } from './designBuilder.ts';
import { RACK_SERVERS, SERVER_SPACING } from './rack.ts';

/** Eight servers, each with its own 8GFC HBA and 10GbE NIC: the classic rack, adapters mostly idle. */
export function classicRack() {
  const design = designBuilder('Classic rack');
  const width = (RACK_SERVERS.length - 1) * SERVER_SPACING;
  // Low enough that the sixteen cables' live figures have room between the row and the fabrics.
  const san = design.add('san', width * 0.25, 640, { label: 'SAN' });
  const lan = design.add('lan', width * 0.75, 640, { label: 'LAN' });
  RACK_SERVERS.forEach(({ label, preset }, i) => {
    const server = design.add('server', i * SERVER_SPACING, 0, { label, preset });
    const hba = design.add('fc-hba', 0, 0, { in: server, label: `HBA ${i + 1}` });
    const nic = design.add('eth-nic', 0, 0, { in: server, label: `NIC ${i + 1}` });
    design.cable(hba, san);
    design.cable(nic, lan);
  });
  return design.build();
}
