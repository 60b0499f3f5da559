import { NOISY_CAP_MBPS, NOISY_SERVER_ID, noisyNeighbourFlood, noisyNeighbourQuiet } from '../../model/index.ts';
import { othersWorstP99, storageCapOf, storageThroughput } from '../checks.ts';
import { busiestAdapter, pooledCount, serverCount, type LessonFigure } from '../figures.ts';
import { DONE, hint, type Lesson, type Verdict } from '../lesson.ts';

/** A capped server's measured throughput may sit a little over its cap: the bucket's burst, and the warm-up's edge. */
const CAP_SLACK = 1.02;

const othersP99: LessonFigure = { unit: 'ms', run: (result) => othersWorstP99(result, 'storage', [NOISY_SERVER_ID]) };
const noisyMBps: LessonFigure = { unit: 'mbps', run: (result) => storageThroughput(result, NOISY_SERVER_ID) };
const queueDepth: LessonFigure = {
  unit: 'count',
  design: (t) => { const s = t.nodes.find((n) => n.id === NOISY_SERVER_ID); return s?.kind === 'server' ? s.workload.queueDepth ?? 0 : 0; },
};
const blockKiB: LessonFigure = {
  unit: 'count',
  design: (t) => { const s = t.nodes.find((n) => n.id === NOISY_SERVER_ID); return s?.kind === 'server' ? s.workload.blockKiB : 0; },
};

const needsRun = ({ result }: { result?: unknown }): Verdict => (result ? DONE : hint('Press Run to end and wait for it to finish.'));

export const noisyNeighbourLesson: Lesson = {
  id: 'noisy-neighbour',
  title: '8. The noisy neighbour',
  summary: 'One server floods the shared pool and the others wait; a QoS cap on it gives them their response times back.',
  minutes: 5,
  figures: {
    servers: serverCount, hbas: pooledCount('fc-hba'), othersP99, noisyMBps, busiest: busiestAdapter, queueDepth, blockKiB,
    cap: { unit: 'mbps', target: NOISY_CAP_MBPS },
  },
  steps: [
    {
      text: 'The virtualized rack: {{servers}} servers share {{hbas}} FC HBAs, and {{label:s5}} is idle for now. Run it: the other servers’ worst storage [[p99]] is {{othersP99}}.',
      start: noisyNeighbourQuiet,
      highlight: [NOISY_SERVER_ID],
      simulation: 'play',
      check: needsRun,
    },
    {
      text: 'Now {{label:s5}} runs a full backup: reads of {{blockKiB}} KiB, {{queueDepth}} at a time (its [[queue depth]]), as fast as the pool takes them. Run it.',
      start: noisyNeighbourFlood,
      highlight: [NOISY_SERVER_ID, 'sw1'],
      simulation: 'play',
      check: needsRun,
    },
    {
      text: 'A [[noisy neighbour]]: {{label:s5}} moves {{noisyMBps}}, the busiest HBA is {{busiest}} busy, and the other servers’ worst storage p99 is {{othersP99}}. Their I/Os queue behind its large ones.',
      highlight: [NOISY_SERVER_ID, 'sw1'],
      check: needsRun,
    },
    {
      text: 'Cap it: select {{label:s5}}, open [[QoS|QoS in shared pools]] in the inspector and set its storage cap to {{cap}}.',
      highlight: [NOISY_SERVER_ID],
      check: ({ topology }) => {
        const cap = storageCapOf(topology, NOISY_SERVER_ID);
        if (cap === undefined) return hint(`Select Backup, open "QoS in shared pools" in the inspector and set its storage cap to ${NOISY_CAP_MBPS} MB/s.`);
        return cap <= NOISY_CAP_MBPS ? DONE : hint(`Backup's cap is ${cap} MB/s: at most ${NOISY_CAP_MBPS} MB/s leaves the others room.`);
      },
    },
    {
      text: 'Run again. Watch {{label:s5}}: its I/Os now wait in its own queue, at the server, not in the pool.',
      highlight: [NOISY_SERVER_ID],
      simulation: 'play',
      check: ({ topology, result }) => {
        const cap = storageCapOf(topology, NOISY_SERVER_ID);
        if (cap === undefined) return hint('Backup has no storage cap: set it again under "QoS in shared pools" in the inspector.');
        // The run before the cap is over: a new one starts from Restart.
        if (!result) return hint('Run it again: press Restart, then Run to end, and wait for it to finish.');
        const moved = storageThroughput(result, NOISY_SERVER_ID);
        return moved <= cap * CAP_SLACK ? DONE : hint(`Backup moved ${moved.toFixed(0)} MB/s, over its cap of ${cap} MB/s: run the simulation again.`);
      },
    },
    {
      text: 'Recovered: {{label:s5}} moves {{noisyMBps}}, within its cap, and the other servers’ worst storage p99 is back to {{othersP99}}. Design ▸ Compare with and without QoS sets both runs side by side.',
    },
  ],
};
