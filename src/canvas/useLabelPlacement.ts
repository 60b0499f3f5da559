import { useCallback, useSyncExternalStore } from 'react';
import { labelPoint, subscribeToLabel, type LabelPoint } from './labelPlacements.ts';

/** A floating label's place on the canvas, or undefined while it has none (hidden). */
export function useLabelPlacement(id: string): LabelPoint | undefined {
  const subscribe = useCallback((listener: () => void) => subscribeToLabel(id, listener), [id]);
  return useSyncExternalStore(subscribe, () => labelPoint(id), () => undefined);
}
