import { designBuilder } from '../../model/examples/designBuilder.ts';
import { indexOf, routesOf } from '../../model/index.ts';
import { everyServerReachesFabrics } from '../checks.ts';
import { DONE, hint, type CheckContext, type Lesson, type Verdict } from '../lesson.ts';

function startingDesign() {
  const design = designBuilder('Where I/O goes');
  design.add('server', 200, 0, { label: 'Web', preset: 'web' });
  design.add('san', 0, 320, { label: 'SAN' });
  design.add('lan', 400, 320, { label: 'LAN' });
  return design.build();
}

const hasOwn = (kind: 'fc-hba' | 'eth-nic') => ({ topology }: CheckContext): Verdict => {
  const index = indexOf(topology);
  const server = index.servers[0];
  if (!server) return hint('The lesson needs its server: press Back to start the step again.');
  const trafficClass = kind === 'fc-hba' ? 'storage' : 'network';
  const own = routesOf(topology, server.id, trafficClass).some((r) => r.kind === 'dedicated');
  if (own) return DONE;
  const placed = index.adaptersIn(server.id).some((a) => a.kind === kind);
  return placed
    ? hint(`The ${kind === 'fc-hba' ? 'FC HBA' : 'NIC'} is in the server: now drag from it to the ${kind === 'fc-hba' ? 'SAN' : 'LAN'} to cable it.`)
    : hint(`Drag an ${kind === 'fc-hba' ? 'FC HBA' : 'Ethernet NIC'} from the palette and drop it on the server.`);
};

export const whereIoGoes: Lesson = {
  id: 'where-io-goes',
  title: '1. Where I/O goes',
  summary: 'A server, its FC HBA and NIC, the SAN and the LAN.',
  minutes: 3,
  steps: [
    {
      text: 'A [[server]] reads and writes blocks on the [[SAN]] and talks to other machines over the [[LAN]]. It needs an adapter for each.',
      start: startingDesign,
      highlight: ['s1', 'san1', 'lan1'],
    },
    { text: 'Give the server an [[FC HBA]]: drop one on it, then cable the HBA to the SAN.', check: hasOwn('fc-hba') },
    { text: 'Now a [[NIC]] for the LAN: drop one on the server and cable it to the LAN.', check: hasOwn('eth-nic') },
    {
      text: 'Both paths exist: the findings panel no longer says the server has no path. These adapters are [[dedicated]]: they serve this server alone.',
      check: ({ topology }) => (everyServerReachesFabrics(topology) ? DONE : hint('A server still lacks a path: check the findings panel.')),
    },
  ],
};
