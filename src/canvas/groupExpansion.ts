import { createStore } from 'zustand/vanilla';

/**
 * Which groups of alike servers (semantic zoom, diagram/serverGroups.ts) the reader opened by a
 * click. View state, like dragFeedback: not in the document nor its history.
 */
type GroupExpansion = { expanded: ReadonlySet<string> };

export const groupExpansion = createStore<GroupExpansion>()(() => ({ expanded: new Set() }));

export function expandGroup(id: string): void {
  groupExpansion.setState((s) => ({ expanded: new Set([...s.expanded, id]) }));
}

export function collapseGroups(): void {
  groupExpansion.setState({ expanded: new Set() });
}
