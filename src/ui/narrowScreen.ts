import { useMediaQuery } from './useMediaQuery.ts';

/**
 * A phone, upright or on its side: too narrow, or too short, for a palette and a panel beside the
 * canvas. The palette and the panels become sheets under the canvas.
 */
export const NARROW_QUERY = '(max-width: 760px), (max-height: 500px)';

export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_QUERY);
}
