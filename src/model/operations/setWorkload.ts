import { describeIssue } from '../problems.ts';
import type { Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { PRESETS, WorkloadSchema, type PresetName, type Workload } from '../workload.ts';
import { replaceNode } from './placeAdapter.ts';
import { refuse, type OpResult } from './result.ts';
import { withoutUndefined } from './withoutUndefined.ts';

/**
 * Give a server a workload: a preset's name, or values (a partial change of its current workload;
 * `queueDepth: undefined` removes the limit). A preset keeps the server's `queueDepth`, which is no
 * preset's field.
 */
export function setWorkload(topology: Topology, serverId: string, workload: PresetName | Partial<Workload>): OpResult {
  const server = indexOf(topology).node(serverId);
  if (!server || server.kind !== 'server') return refuse(`There is no server ${serverId} in the design.`);
  let next: unknown;
  if (typeof workload === 'string') {
    if (!Object.hasOwn(PRESETS, workload)) return refuse(`There is no preset "${workload}": use one of ${Object.keys(PRESETS).join(', ')}.`);
    const { queueDepth } = server.workload;
    next = queueDepth === undefined ? PRESETS[workload] : { ...PRESETS[workload], queueDepth };
  } else {
    next = withoutUndefined({ ...server.workload, ...workload });
  }
  const parsed = WorkloadSchema.safeParse(next, { reportInput: true });
  if (!parsed.success) {
    const problem = describeIssue(parsed.error.issues[0]!);
    return refuse(`The workload's ${problem.path} ${problem.message}`);
  }
  return { ok: true, topology: replaceNode(topology, { ...server, workload: parsed.data }) };
}
