import { nameTag } from '../../diagram/index.ts';
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
        <NameTag label={label} />
        <span className="node-detail"><span className="node-id">{id}</span>{detail}</span>
      </span>
      <FailedMark id={id} />
      <FindingBadge mark={mark} />
    </div>
  );
}

/**
 * The number of a numbered name ("17" of "Server 17"), drawn instead of the name where only it fits
 * (data-name="tag", written by the placement pass). Screen readers have the whole name on the node.
 */
function NameTag({ label }: { label: string }) {
  const tag = nameTag(label);
  return tag === undefined ? null : <span className="node-tag" aria-hidden="true" title={label}>{tag}</span>;
}
