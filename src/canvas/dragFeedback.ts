import { createStore } from 'zustand/vanilla';

/**
 * What a drag in progress shows: a hint beside the pointer (what releasing here would do, or the
 * model's reason why not) and the nodes marked as valid or invalid targets. Transient view state,
 * changed at every pointer move, so it lives apart from the app's store and its history.
 */
export type HintTone = 'ok' | 'refuse' | 'neutral';
export type DragHint = { x: number; y: number; text: string; tone: HintTone };
export type TargetMark = 'valid-target' | 'invalid-target' | 'drop-target' | 'refused-target';

type DragFeedback = {
  hint: DragHint | null;
  targets: ReadonlyMap<string, TargetMark>;
  /** The element a cable is being drawn from, while one is. */
  cablingFrom: string | null;
};

const NO_TARGETS: ReadonlyMap<string, TargetMark> = new Map();

export const dragFeedback = createStore<DragFeedback>()(() => ({ hint: null, targets: NO_TARGETS, cablingFrom: null }));

export function showHint(hint: DragHint | null) {
  dragFeedback.setState({ hint });
}

export function markTargets(targets: ReadonlyMap<string, TargetMark>) {
  dragFeedback.setState({ targets });
}

/** Mark one node, or none, as where a drop would land. */
export function markDropTarget(id: string | undefined, accepted: boolean) {
  const current = dragFeedback.getState().targets;
  const mark: TargetMark = accepted ? 'drop-target' : 'refused-target';
  if (id === undefined ? current.size === 0 : current.size === 1 && current.get(id) === mark) return;
  markTargets(id === undefined ? NO_TARGETS : new Map([[id, mark]]));
}

export function endDragFeedback() {
  dragFeedback.setState({ hint: null, targets: NO_TARGETS, cablingFrom: null });
}
