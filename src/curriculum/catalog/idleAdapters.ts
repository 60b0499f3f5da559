import { example } from '../../model/index.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

export const idleAdapters: Lesson = {
  id: 'idle-adapters',
  title: '2. Idle adapters',
  summary: 'Run the classic rack and read each adapter\'s utilization.',
  minutes: 3,
  steps: [
    {
      text: 'The classic rack: eight servers, each with its own FC HBA and NIC — 16 [[dedicated]] adapters and 16 cables.',
      start: () => example('classic-rack'),
    },
    {
      text: 'Run the simulation to its end and watch the adapters\' colours.',
      simulation: 'play',
      check: ({ result }) => (result ? DONE : hint('Press Run (or Run to end) and wait until the simulation finishes.')),
    },
    {
      text: 'Read each adapter\'s [[utilization]]: even the backup server\'s HBA, the busiest, is under 15 % busy. The rest of the time these adapters — and their cables and switch ports — sit idle.',
      highlight: ['hba5'],
      check: ({ result }) => {
        if (!result) return hint('Run the simulation first: the utilization comes from it.');
        const busiest = Math.max(...result.adapters.map((a) => a.utilization));
        return busiest < 0.15 ? DONE : hint(`The busiest adapter is ${(busiest * 100).toFixed(0)} % busy: did the design change? Press Back to start again.`);
      },
    },
  ],
};
