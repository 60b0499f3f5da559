import type { ComparisonSlice } from './comparisonSlice.ts';
import type { GradingSlice } from './gradingSlice.ts';
import type { DocumentSlice } from './documentSlice.ts';
import type { HistorySlice } from './historySlice.ts';
import type { LessonSlice } from './lessonSlice.ts';
import type { SimulationSlice } from './simulationSlice.ts';
import type { SizingSlice } from './sizingSlice.ts';
import type { StudySlice } from './studySlice.ts';
import type { UiSlice } from './uiSlice.ts';

/** The whole store: the document (with history), the view state, and the simulation (view state too). */
export type AppState = DocumentSlice & HistorySlice & UiSlice & SimulationSlice & LessonSlice & ComparisonSlice & SizingSlice & GradingSlice & StudySlice;
