import { designBuilder } from './examples/designBuilder.ts';
import type { PresetName } from './workload.ts';

const SERVERS_PER_SWITCH = 16;
const PRESET_CYCLE: readonly PresetName[] = ['web', 'database', 'backup', 'vdi', 'idle'];

/**
 * The benchmark design of SIMULATION.md: n servers (PCIe Gen2 x8), ceil(n/16) IOV switches each
 * pooling 2 single-port 8GFC HBAs and 2 single-port 10GbE NICs (about 25 % and 20 % busy), one SAN,
 * one LAN; server i cabled to switch floor(i/16); presets web, database, backup, vdi, idle, repeating.
 */
export function scaleDesign(n: number) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`scaleDesign needs a whole number of servers, got ${n}`);
  const design = designBuilder(`Scale design, ${n} servers`);
  const switchCount = Math.ceil(n / SERVERS_PER_SWITCH);
  const rowWidth = SERVERS_PER_SWITCH * 200;
  const san = design.add('san', 0, -300, { label: 'SAN' });
  const lan = design.add('lan', rowWidth, -300, { label: 'LAN' });
  const switches = Array.from({ length: switchCount }, (_, s) => {
    const id = design.add('iov-switch', rowWidth / 2, s * 700, { label: `IOV switch ${s + 1}` });
    for (let i = 0; i < 2; i++) design.cable(design.add('fc-hba', 0, 0, { in: id, props: { speedGfc: 8, ports: 1 } }), san);
    for (let i = 0; i < 2; i++) design.cable(design.add('eth-nic', 0, 0, { in: id, props: { speedGbe: 10, ports: 1 } }), lan);
    return id;
  });
  for (let i = 0; i < n; i++) {
    const preset = PRESET_CYCLE[i % PRESET_CYCLE.length]!;
    const row = Math.floor(i / SERVERS_PER_SWITCH);
    const server = design.add('server', (i % SERVERS_PER_SWITCH) * 200, row * 700 + 250, {
      preset, props: { pcieGen: 2, pcieLanes: 8 },
    });
    design.cable(server, switches[row]!);
  }
  return design.build();
}
