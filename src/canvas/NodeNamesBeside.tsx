import { ViewportPortal } from '@xyflow/react';
import { useSyncExternalStore } from 'react';
import { namesBeside, onLabelsPlaced, type LabelPoint } from './labelPlacements.ts';

let shown: [string, LabelPoint][] = [];
/** The same array while the names beside nodes stay as they are: a placement of cable labels alone renders nothing here. */
function currentNames(): [string, LabelPoint][] {
  const next = namesBeside();
  const same = next.length === shown.length && next.every(([id, point], i) => shown[i]![0] === id && shown[i]![1] === point);
  if (!same) shown = next;
  return shown;
}
const noNames: [string, LabelPoint][] = [];

/**
 * The names of nodes drawn too small for them, set beside each node by the placement pass
 * (nameBeside.ts in src/diagram). Hidden from assistive technology: the node's own accessible name
 * says it already.
 */
export function NodeNamesBeside() {
  const names = useSyncExternalStore(onLabelsPlaced, currentNames, () => noNames);
  if (names.length === 0) return null;
  return (
    <ViewportPortal>
      {names.map(([id, place]) => (
        <div key={id} className="node-name-beside-anchor" data-node={id} aria-hidden="true" style={{ left: place.x, top: place.y }}>
          <span className="node-name-beside" style={{ fontSize: place.px }}>{place.text}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}
