import { designBuilder } from './examples/designBuilder.ts';
import type { PresetName } from './workload.ts';

const SERVERS_PER_SWITCH = 16;
/** A switch block: its switch above a row of its servers, 200 apart. */
const SERVER_PITCH = 200;
const BLOCK_HEIGHT = 700;
/** Between two blocks side by side: room for the cables to SAN and LAN. */
const BLOCK_GAP = 400;
/** The shape the blocks are laid out to: a wide window's canvas. */
const CANVAS_ASPECT = 1.5;

/**
 * Switch blocks per row, so that the design is about as wide as high × CANVAS_ASPECT: one tall
 * column of 13 blocks (200 servers) fitted to a 1280-px window made every node a few pixels high.
 * Up to 4 blocks (64 servers, the classic rack) stay one column.
 */
export function blockColumns(blocks: number): number {
  const blockWidth = SERVERS_PER_SWITCH * SERVER_PITCH + BLOCK_GAP;
  return Math.max(1, Math.round(Math.sqrt((blocks * BLOCK_HEIGHT * CANVAS_ASPECT) / blockWidth)));
}
const PRESET_CYCLE: readonly PresetName[] = ['web', 'database', 'backup', 'vdi', 'idle'];

/**
 * The benchmark design of SIMULATION.md: n servers (PCIe Gen2 x8), ceil(n/16) IOV switches each
 * pooling 2 single-port 8GFC HBAs and 2 single-port 10GbE NICs (about 25 % and 20 % busy), one SAN,
 * one LAN; server i cabled to switch floor(i/16); presets web, database, backup, vdi, idle, repeating.
 * Blocks (a switch over its row of servers) fill rows of blockColumns(switches), left to right.
 */
export function scaleDesign(n: number) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`scaleDesign needs a whole number of servers, got ${n}`);
  const design = designBuilder(`Scale design, ${n} servers`);
  const switchCount = Math.ceil(n / SERVERS_PER_SWITCH);
  const rowWidth = SERVERS_PER_SWITCH * SERVER_PITCH;
  const columns = blockColumns(switchCount);
  const blockX = (s: number) => (s % columns) * (rowWidth + BLOCK_GAP);
  const blockY = (s: number) => Math.floor(s / columns) * BLOCK_HEIGHT;
  const san = design.add('san', 0, -300, { label: 'SAN' });
  const lan = design.add('lan', blockX(columns - 1) + rowWidth, -300, { label: 'LAN' });
  const switches = Array.from({ length: switchCount }, (_, s) => {
    const id = design.add('iov-switch', blockX(s) + rowWidth / 2, blockY(s), { label: `IOV switch ${s + 1}` });
    for (let i = 0; i < 2; i++) design.cable(design.add('fc-hba', 0, 0, { in: id, props: { speedGfc: 8, ports: 1 } }), san);
    for (let i = 0; i < 2; i++) design.cable(design.add('eth-nic', 0, 0, { in: id, props: { speedGbe: 10, ports: 1 } }), lan);
    return id;
  });
  for (let i = 0; i < n; i++) {
    const preset = PRESET_CYCLE[i % PRESET_CYCLE.length]!;
    const block = Math.floor(i / SERVERS_PER_SWITCH);
    const server = design.add('server', blockX(block) + (i % SERVERS_PER_SWITCH) * SERVER_PITCH, blockY(block) + 250, {
      preset, props: { pcieGen: 2, pcieLanes: 8 },
    });
    design.cable(server, switches[block]!);
  }
  return design.build();
}
