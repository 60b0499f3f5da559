import { indexOf, linkCatalog, type Topology, type TopologyLink } from '../model/index.ts';
import { deleteSelection } from '../commands/selection.ts';
import { useCommandContext } from '../commands/useCommands.ts';

/** A cable: its kind and its two ends. Its kind follows from the ends, so nothing here is edited. */
export function LinkInspector({ document, link }: { document: Topology; link: TopologyLink }) {
  const context = useCommandContext();
  const index = indexOf(document);
  const end = (id: string) => { const node = index.node(id); return node ? `${node.label} (${node.id})` : id; };
  return (
    <>
      <header className={`inspector-header link-${link.kind}`}>
        <h3>{linkCatalog[link.kind].name} <span className="node-id">{link.id}</span></h3>
      </header>
      <dl className="summary-list">
        <div><dt>From</dt><dd>{end(link.source)}</dd></div>
        <div><dt>To</dt><dd>{end(link.target)}</dd></div>
      </dl>
      <p className="inspector-hint">The kind of cable follows from its ends. To move it, delete it and draw another.</p>
      <button type="button" className="button" onClick={() => deleteSelection.run(context)}>Delete this cable</button>
    </>
  );
}
