import type { NodeKind } from '../../model/index.ts';
import { KindIcon } from '../KindIcon.tsx';
import type { FindingMark } from '../flowTypes.ts';
import { FailedMark } from './FailedMark.tsx';
import { FindingBadge } from './FindingBadge.tsx';

/**
 * Icon and label of a node, then its id and a line saying what it is or holds; the badge of its
 * worst finding sits on the corner, so the label keeps the width.
 */
export function NodeHeader({ kind, label, id, detail, mark }: { kind: NodeKind; label: string; id: string; detail?: string; mark?: FindingMark }) {
  return (
    <div className="node-header">
      <span className="node-icon"><KindIcon kind={kind} size={22} /></span>
      <span className="node-title">
        <span className="node-label">{label}</span>
        <span className="node-detail"><span className="node-id">{id}</span>{detail}</span>
      </span>
      <FailedMark id={id} />
      <FindingBadge mark={mark} />
    </div>
  );
}
