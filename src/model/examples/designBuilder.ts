import type { NodeKind } from '../catalog/index.ts';
import { emptyTopology } from '../emptyTopology.ts';
import { addNode, connect, placeAdapter, rename, setProperties, setWorkload, type OpResult } from '../operations/index.ts';
import type { Topology } from '../schema.ts';
import type { PresetName } from '../workload.ts';

type Options = { label?: string; props?: Record<string, unknown>; preset?: PresetName; in?: string };

/**
 * Builds a design through the same operations a user's edits go through, so a built-in design
 * can never hold what the editor would refuse. A refusal here is a bug in the example: it throws.
 */
export function designBuilder(name: string) {
  let topology = emptyTopology(name);
  const apply = <T extends object>(result: OpResult<T>): OpResult<T> & { ok: true } => {
    if (!result.ok) throw new Error(`example "${name}": ${result.reason}`);
    topology = result.topology;
    return result;
  };
  return {
    add(kind: NodeKind, x: number, y: number, options: Options = {}): string {
      const { id } = apply(addNode(topology, kind, { x, y }));
      if (options.label) apply(rename(topology, id, options.label));
      if (options.props) apply(setProperties(topology, id, options.props));
      if (options.preset) apply(setWorkload(topology, id, options.preset));
      if (options.in) apply(placeAdapter(topology, id, options.in));
      return id;
    },
    cable(a: string, b: string): string {
      return apply(connect(topology, a, b)).id;
    },
    settings(patch: Partial<Topology['settings']>) {
      topology = { ...topology, settings: { ...topology.settings, ...patch } };
    },
    build: (): Topology => topology,
  };
}
