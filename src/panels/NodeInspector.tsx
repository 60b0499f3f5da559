import { catalog, indexOf, type Topology, type TopologyNode } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { KindIcon } from '../canvas/KindIcon.tsx';
import { TextField } from '../ui/Field.tsx';
import { useTouchScreen } from '../ui/useTouchScreen.ts';
import { sharedProperties } from './fieldValue.ts';
import { PropertyFields } from './PropertyFields.tsx';
import { WorkloadFields } from './WorkloadFields.tsx';

/** Where an adapter is, in words: what it serves. */
function placement(document: Topology, node: TopologyNode, touch: boolean): string | undefined {
  if (node.kind !== 'fc-hba' && node.kind !== 'eth-nic') return undefined;
  const parent = node.parentId ? indexOf(document).node(node.parentId) : undefined;
  if (!parent) return `Not placed: drag it onto a server or an IOV switch${touch ? '' : ', or press P'}.`;
  return parent.kind === 'iov-switch' ? `In the shared pool of ${parent.label}.` : `Dedicated to ${parent.label}.`;
}

/** One node: its label, its properties and, for a server, its workload. */
export function NodeInspector({ document, node }: { document: Topology; node: TopologyNode }) {
  const store = useAppStoreApi();
  const { view } = useCommandContext();
  const where = placement(document, node, useTouchScreen());
  return (
    <>
      <header className={`inspector-header kind-${node.kind}`}>
        <span className="inspector-icon"><KindIcon kind={node.kind} size={24} /></span>
        <h3>{catalog[node.kind].name} <span className="node-id">{node.id}</span></h3>
      </header>
      {where && <p className="inspector-hint">{where}</p>}
      <TextField
        key={`${node.id}:label`} label="Label" value={node.label}
        commit={(text) => { const result = store.getState().rename(node.id, text, { quiet: true }); return result.ok ? undefined : result.reason; }}
        // Renamed (or not, with Escape): back to the part on the canvas, as after a dialog.
        onDone={() => view.focus(node.id)}
      />
      <fieldset className="field-group">
        <legend>Properties</legend>
        <PropertyFields ids={[node.id]} properties={sharedProperties([node])} />
      </fieldset>
      {node.kind === 'server' && <WorkloadFields servers={[node]} />}
    </>
  );
}

/** Several nodes: the properties they share, and the workload when they are all servers. */
export function MultiInspector({ nodes }: { nodes: readonly TopologyNode[] }) {
  const kinds = new Map<string, number>();
  for (const node of nodes) kinds.set(catalog[node.kind].name, (kinds.get(catalog[node.kind].name) ?? 0) + 1);
  const properties = sharedProperties(nodes);
  const servers = nodes.flatMap((n) => (n.kind === 'server' ? [n] : []));
  return (
    <>
      <header className="inspector-header">
        <h3>{nodes.length} parts selected</h3>
      </header>
      <p className="inspector-hint">{[...kinds].map(([name, n]) => `${n} × ${name}`).join(', ')}. A change applies to all of them.</p>
      {properties.length > 0 ? (
        <fieldset className="field-group">
          <legend>Shared properties</legend>
          <PropertyFields ids={nodes.map((n) => n.id)} properties={properties} />
        </fieldset>
      ) : <p className="inspector-hint">These parts share no property.</p>}
      {servers.length === nodes.length && <WorkloadFields servers={servers} />}
    </>
  );
}
