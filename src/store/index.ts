export { createAppStore, HISTORY_LIMIT, type AppStore } from './createAppStore.ts';
export type { AppState } from './appState.ts';
export type { ActionResult } from './documentSlice.ts';
export type { Dialog, Drawer, PanelTab, ThemeChoice } from './uiSlice.ts';
export type { Notice, NoticeTone } from './notice.ts';
export { copyFragment, pasteFragment, PASTE_OFFSET, type Fragment } from './clipboard.ts';
export * from './selectors.ts';
