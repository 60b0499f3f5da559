import { example } from '../../model/index.ts';
import { adapterCountFigure, busiestAdapter, cableCount, serverCount } from '../figures.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

/** The share of time dedicated adapters are busy, at most, by the vendors' figure (domain.md). */
const VENDOR_IDLE = 0.15;

export const idleAdapters: Lesson = {
  id: 'idle-adapters',
  title: '2. Idle adapters',
  summary: 'Run the classic rack and read each adapter\'s utilization.',
  minutes: 3,
  figures: {
    servers: serverCount, adapters: adapterCountFigure, fcCables: cableCount('fc'), ethernetCables: cableCount('ethernet'),
    busiest: busiestAdapter, vendorIdle: { unit: 'percent', target: VENDOR_IDLE },
  },
  steps: [
    {
      text: 'The classic rack: {{servers}} servers, each with its own FC HBA and NIC — {{adapters}} [[dedicated]] adapters, {{fcCables}} FC cables and {{ethernetCables}} Ethernet cables.',
      start: () => example('classic-rack'),
    },
    {
      text: 'Run the simulation to its end and watch the adapters\' colours.',
      simulation: 'play',
      check: ({ result }) => (result ? DONE : hint('Press Run (or Run to end) and wait until the simulation finishes.')),
    },
    {
      text: 'Read each adapter\'s [[utilization]]: even the busiest, the backup server\'s HBA, is {{busiest}} busy, under the {{vendorIdle}} vendors quote. The rest of the time these adapters — and their cables and switch ports — sit idle.',
      highlight: ['hba5'],
      check: ({ result }) => {
        if (!result) return hint('Run the simulation first: the utilization comes from it.');
        const busiest = Math.max(...result.adapters.map((a) => a.utilization));
        return busiest < VENDOR_IDLE ? DONE : hint(`The busiest adapter is ${(busiest * 100).toFixed(0)} % busy: did the design change? Press Back to start again.`);
      },
    },
  ],
};
