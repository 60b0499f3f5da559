import type { NodeKind } from '../../model/index.ts';
import { KindIcon } from '../KindIcon.tsx';
import type { FindingMark } from '../flowTypes.ts';
import { FindingBadge } from './FindingBadge.tsx';

/** Icon, label and id of a node, the badge of its worst finding, and a line saying what it is or holds. */
export function NodeHeader({ kind, label, id, detail, mark }: { kind: NodeKind; label: string; id: string; detail?: string; mark?: FindingMark }) {
  return (
    <div className="node-header">
      <span className="node-icon"><KindIcon kind={kind} size={22} /></span>
      <span className="node-title">
        <span className="node-label">{label}</span>
        {detail && <span className="node-detail">{detail}</span>}
      </span>
      <span className="node-id">{id}</span>
      <FindingBadge mark={mark} />
    </div>
  );
}
