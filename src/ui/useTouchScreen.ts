import { useMediaQuery } from './useMediaQuery.ts';

/**
 * A screen used by touch alone (a phone, a tablet): no hover and a coarse pointer. Hints that name
 * keys (Ctrl+Z, Enter, P) are of no use there and give way to what a finger can do. A laptop with a
 * touch screen still has a fine pointer, so it keeps its key hints.
 */
export const TOUCH_QUERY = '(hover: none) and (pointer: coarse)';

export function useTouchScreen(): boolean {
  return useMediaQuery(TOUCH_QUERY);
}
