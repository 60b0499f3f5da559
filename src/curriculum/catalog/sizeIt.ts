import { example } from '../../model/index.ts';
import { pooledAdapters, worstP99 } from '../checks.ts';
import { adapterCountFigure, meanAdapterBusy, ofDesign, worstStorageP99 } from '../figures.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

/** The lesson's target: storage p99 under 2.5 ms on every server, even with one HBA failed. */
export const SIZE_IT_TARGET_MS = 2.5;

export const sizeIt: Lesson = {
  id: 'size-it',
  title: '6. Size it',
  summary: 'The smallest pool for a p99 target, and what it saves.',
  minutes: 5,
  figures: {
    target: { unit: 'ms', target: SIZE_IT_TARGET_MS },
    adapters: adapterCountFigure, classicAdapters: ofDesign(() => example('classic-rack'), adapterCountFigure),
    meanBusy: meanAdapterBusy, classicMeanBusy: ofDesign(() => example('classic-rack'), meanAdapterBusy),
    p99: worstStorageP99,
  },
  steps: [
    {
      text: 'Architects size a pool to a target: here, storage [[p99]] under {{target}} on every server, even with one HBA failed ([[N+1]]).',
      start: () => example('virtualized-rack'),
    },
    {
      text: 'Open Right-size, set the target, and apply the smallest pool it finds.',
      check: ({ topology }) => {
        const hbas = pooledAdapters(topology, 'fc-hba').length;
        return hbas === 2 ? DONE : hint(`The pool has ${hbas} FC HBAs; the smallest that meets the target with one failed is 2. Apply the size Right-size finds.`);
      },
    },
    {
      text: 'Run the simulation and check the worst storage p99 against the target.',
      check: ({ result }) => {
        if (!result) return hint('Run the simulation to its end.');
        const p99 = worstP99(result, 'storage');
        return p99 <= SIZE_IT_TARGET_MS ? DONE : hint(`The worst storage p99 is ${p99.toFixed(2)} ms, over ${SIZE_IT_TARGET_MS} ms: add an HBA to the pool.`);
      },
    },
    { text: 'Open Compare: against the classic rack, {{adapters}} adapters instead of {{classicAdapters}}; an adapter is on average {{meanBusy}} busy instead of {{classicMeanBusy}}, and the worst storage p99 is {{p99}}, under the {{target}} target.' },
  ],
};
