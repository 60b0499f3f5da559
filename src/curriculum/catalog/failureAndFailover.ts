import { example } from '../../model/index.ts';
import { elementsFlagged, failedIos } from '../checks.ts';
import { pooledCount } from '../figures.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

export const failureAndFailover: Lesson = {
  id: 'failure-and-failover',
  title: '5. Failure and failover',
  summary: 'Fail an adapter, then remove the single point of failure.',
  minutes: 5,
  figures: { poolHbas: pooledCount('fc-hba'), poolNics: pooledCount('eth-nic') },
  steps: [
    { text: 'Back to the virtualized rack: {{poolHbas}} FC HBAs and {{poolNics}} NICs in the pool.', start: () => example('virtualized-rack'), simulation: 'play' },
    {
      text: 'While it runs, fail {{label:hba1}} (select it, then Fail). Its I/O moves to {{label:hba2}} — [[failover]] — and none is lost.',
      highlight: ['hba1'],
      check: ({ topology, result }) => {
        if (!topology.settings.faults.some((f) => f.target.startsWith('hba'))) return hint('Select an FC HBA in the switch and choose Fail while the simulation runs.');
        if (!result) return hint('Let the simulation run to its end.');
        return failedIos(result, 'storage') === 0 ? DONE : hint('Some storage I/O failed: did both HBAs fail? Press Back and try one.');
      },
    },
    {
      text: 'Now fail the switch itself. Every server loses its storage and its network: the switch is a [[single point of failure]].',
      highlight: ['sw1'],
      check: ({ topology, result }) => {
        if (!topology.settings.faults.some((f) => f.target.startsWith('sw'))) return hint('Select the IOV switch and choose Fail.');
        return result && failedIos(result) > 0 ? DONE : hint('Let the simulation run: the failed I/Os appear in the summary.');
      },
    },
    {
      text: 'Remove it: add a second IOV switch with its own pool (FC HBAs and NICs, cabled to the SAN and LAN), and cable every server to both.',
      check: ({ topology }) => {
        const left = elementsFlagged(topology, 'single-point-of-failure').length;
        return left === 0 ? DONE : hint(`${left} server${left === 1 ? ' still has' : 's still have'} a single point of failure: see the findings panel.`);
      },
    },
  ],
};
