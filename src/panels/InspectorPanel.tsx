import { findingsOf, selectedElements } from '../store/index.ts';
import { useAppStore } from '../store/hooks.ts';
import { DesignSummary } from './DesignSummary.tsx';
import { ElementFindings } from './ElementFindings.tsx';
import { LinkInspector } from './LinkInspector.tsx';
import { MultiInspector, NodeInspector } from './NodeInspector.tsx';
import { InspectorFaults } from './simulation/InspectorFaults.tsx';

/** The selection, to edit: the design when nothing is selected, one node, one cable, or several nodes. */
export function InspectorPanel() {
  const document = useAppStore((s) => s.document);
  const { nodes, links } = useAppStore(selectedElements);
  const ids = new Set([...nodes.map((n) => n.id), ...links.map((l) => l.id)]);
  const findings = ids.size === 0 ? [] : findingsOf(document).filter((f) => f.nodeIds.some((id) => ids.has(id)) || f.linkIds.some((id) => ids.has(id)));
  let body;
  if (nodes.length === 0 && links.length === 0) body = <DesignSummary document={document} />;
  else if (nodes.length === 1 && links.length === 0) body = <NodeInspector document={document} node={nodes[0]!} />;
  else if (nodes.length === 0 && links.length === 1) body = <LinkInspector document={document} link={links[0]!} />;
  else if (nodes.length > 0) body = <MultiInspector nodes={nodes} />;
  else body = <p className="inspector-hint">{links.length} cables selected. Delete removes them.</p>;
  return (
    <div className="inspector">
      {body}
      <InspectorFaults id={ids.size === 1 ? [...ids][0] : undefined} />
      <ElementFindings findings={findings} />
    </div>
  );
}
