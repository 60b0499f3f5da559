import { example } from '../../model/index.ts';
import { pooledAdapters } from '../checks.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

export const poolingAndQueueing: Lesson = {
  id: 'pooling-and-queueing',
  title: '4. Pooling and queueing',
  summary: 'Why a pool of two serves eight servers: the analytic figure beside the simulated one.',
  minutes: 4,
  steps: [
    {
      text: 'The virtualized rack: eight servers share two FC HBAs and two NICs. An I/O waits only when every port of its [[pool]] is busy.',
      start: () => example('virtualized-rack'),
      highlight: ['sw1'],
    },
    {
      text: 'Run the simulation to its end.',
      simulation: 'play',
      check: ({ result }) => (result ? DONE : hint('Press Run to end and wait for it to finish.')),
    },
    {
      text: 'Open the summary: for each pool, queueing theory ([[Erlang C]]) gives the chance of waiting and the mean response; the simulation\'s figure sits beside it, with its 99 % interval.',
      check: ({ result }) => (result && result.pools.length > 0 ? DONE : hint('Run the simulation: the summary needs its result.')),
    },
    {
      text: 'Put a third FC HBA in the pool and run again: the chance of waiting falls, though every adapter is less busy.',
      check: ({ topology, result }) => {
        if (pooledAdapters(topology, 'fc-hba').length < 3) return hint('Drop a third FC HBA on the switch and cable it to the SAN.');
        const pool = result?.pools.find((p) => p.class === 'storage' && p.direction === 'up');
        return pool && pool.ports >= 3 ? DONE : hint('Now run the simulation again to see the new figures.');
      },
    },
  ],
};
