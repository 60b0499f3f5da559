import type { NodeKind } from '../../model/index.ts';
import { KindIcon } from '../KindIcon.tsx';

/** Icon, label and id of a node; the optional line under them says what it is or holds. */
export function NodeHeader({ kind, label, id, detail }: { kind: NodeKind; label: string; id: string; detail?: string }) {
  return (
    <div className="node-header">
      <span className="node-icon"><KindIcon kind={kind} size={22} /></span>
      <span className="node-title">
        <span className="node-label">{label}</span>
        {detail && <span className="node-detail">{detail}</span>}
      </span>
      <span className="node-id">{id}</span>
    </div>
  );
}
