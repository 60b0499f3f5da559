import type { DocumentSlice } from './documentSlice.ts';
import type { HistorySlice } from './historySlice.ts';
import type { UiSlice } from './uiSlice.ts';

/** The whole store: the document (with history) and the view state. The simulation slice comes later. */
export type AppState = DocumentSlice & HistorySlice & UiSlice;
