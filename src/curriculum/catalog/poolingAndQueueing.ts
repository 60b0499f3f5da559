import { example } from '../../model/index.ts';
import { pooledAdapters } from '../checks.ts';
import { pooledCount, serverCount } from '../figures.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

export const poolingAndQueueing: Lesson = {
  id: 'pooling-and-queueing',
  title: '4. Pooling and queueing',
  summary: 'Why a small pool serves a whole rack: the analytic figure beside the simulated one.',
  minutes: 4,
  figures: { servers: serverCount, poolHbas: pooledCount('fc-hba'), poolNics: pooledCount('eth-nic') },
  steps: [
    {
      text: 'The virtualized rack: {{servers}} servers share {{poolHbas}} FC HBAs and {{poolNics}} NICs. An I/O waits only when every port of its [[pool]] is busy.',
      start: () => example('virtualized-rack'),
      highlight: ['sw1'],
    },
    {
      text: 'Run the simulation to its end.',
      simulation: 'play',
      check: ({ result }) => (result ? DONE : hint('Press Run to end and wait for it to finish.')),
    },
    {
      text: 'Open the summary: for each pool, queueing theory ([[Erlang C]]) gives the chance of waiting and the mean response; the simulation\'s figure sits beside it, with its [[confidence interval]].',
      check: ({ result }) => (result && result.pools.length > 0 ? DONE : hint('Run the simulation: the summary needs its result.')),
    },
    {
      text: 'Put one more FC HBA in the pool ({{poolHbas}} now) and run again: the chance of waiting falls, though every adapter is less busy.',
      check: ({ topology, result }) => {
        if (pooledAdapters(topology, 'fc-hba').length < 3) return hint('Drop one more FC HBA on the switch and cable it to the SAN.');
        const pool = result?.pools.find((p) => p.class === 'storage' && p.direction === 'up');
        return pool && pool.ports >= 3 ? DONE : hint('Now run the simulation again to see the new figures.');
      },
    },
  ],
};
