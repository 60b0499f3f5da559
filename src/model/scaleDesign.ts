import { designBuilder } from './examples/designBuilder.ts';
import type { AdapterNode, Topology, TopologyLink, TopologyNode } from './schema.ts';
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

/** The parts every block repeats, each made once through the editor's operations. */
function prototypes() {
  const design = designBuilder('prototypes');
  const san = design.add('san', 0, 0, { label: 'SAN' });
  const lan = design.add('lan', 0, 0, { label: 'LAN' });
  const sw = design.add('iov-switch', 0, 0, { label: 'IOV switch 1' });
  const hba = design.add('fc-hba', 0, 0, { in: sw, props: { speedGfc: 8, ports: 1 } });
  const nic = design.add('eth-nic', 0, 0, { in: sw, props: { speedGbe: 10, ports: 1 } });
  const servers = PRESET_CYCLE.map((preset) => design.add('server', 0, 0, { preset, props: { pcieGen: 2, pcieLanes: 8 } }));
  const cables = [design.cable(hba, san), design.cable(nic, lan), design.cable(servers[0]!, sw)];
  const built = design.build();
  const node = (id: string) => built.nodes.find((n) => n.id === id)!;
  const link = (id: string) => built.links.find((l) => l.id === id)!;
  return {
    built,
    san: node(san), lan: node(lan), switch: node(sw), hba: node(hba) as AdapterNode, nic: node(nic) as AdapterNode,
    servers: servers.map(node), fc: link(cables[0]!), ethernet: link(cables[1]!), pcie: link(cables[2]!),
  };
}

/**
 * The benchmark design of SIMULATION.md: n servers (PCIe Gen2 x8), ceil(n/16) IOV switches each
 * pooling 2 single-port 8GFC HBAs and 2 single-port 10GbE NICs (about 25 % and 20 % busy), one SAN,
 * one LAN; server i cabled to switch floor(i/16); presets web, database, backup, vdi, idle, repeating.
 * Blocks (a switch over its row of servers) fill rows of blockColumns(switches), left to right.
 *
 * Each kind of part is made once through the operations (a design builder over the whole design
 * re-indexed it at every step: 12 s for 1,000 servers) and copied with the ids and labels the
 * operations give, in the same order (scaleDesign.test.ts compares it with the builder's design).
 */
export function scaleDesign(n: number): Topology {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`scaleDesign needs a whole number of servers, got ${n}`);
  const proto = prototypes();
  const switchCount = Math.ceil(n / SERVERS_PER_SWITCH);
  const rowWidth = SERVERS_PER_SWITCH * SERVER_PITCH;
  const columns = blockColumns(switchCount);
  const blockX = (s: number) => (s % columns) * (rowWidth + BLOCK_GAP);
  const blockY = (s: number) => Math.floor(s / columns) * BLOCK_HEIGHT;
  const nodes: TopologyNode[] = [
    { ...proto.san, position: { x: 0, y: -300 } },
    { ...proto.lan, position: { x: blockX(columns - 1) + rowWidth, y: -300 } },
  ];
  const links: TopologyLink[] = [];
  const cable = (prototype: TopologyLink, source: string, target: string) => links.push({ ...prototype, id: `l${links.length + 1}`, source, target });
  for (let s = 0; s < switchCount; s++) {
    const id = `sw${s + 1}`;
    nodes.push({ ...proto.switch, id, label: `IOV switch ${s + 1}`, position: { x: blockX(s) + rowWidth / 2, y: blockY(s) } });
    for (const [prototype, link, prefix, label] of [[proto.hba, proto.fc, 'hba', 'FC HBA'], [proto.nic, proto.ethernet, 'nic', 'Ethernet NIC']] as const) {
      for (let i = 1; i <= 2; i++) {
        const number = 2 * s + i;
        nodes.push({ ...prototype, id: `${prefix}${number}`, label: `${label} ${number}`, parentId: id });
        cable(link, `${prefix}${number}`, link.target);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const block = Math.floor(i / SERVERS_PER_SWITCH);
    const id = `s${i + 1}`;
    nodes.push({ ...proto.servers[i % PRESET_CYCLE.length]!, id, label: `Server ${i + 1}`, position: { x: blockX(block) + (i % SERVERS_PER_SWITCH) * SERVER_PITCH, y: blockY(block) + 250 } });
    cable(proto.pcie, id, `sw${block + 1}`);
  }
  return { ...proto.built, name: `Scale design, ${n} servers`, nodes, links };
}
