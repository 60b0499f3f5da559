import type { StateCreator } from 'zustand/vanilla';
import type { ChallengeRule } from '../model/index.ts';
import type { Fragment } from './clipboard.ts';
import { createNotice, type Notice, type NoticeTone } from './notice.ts';
import type { AppState } from './appState.ts';

/** A dialog the keyboard commands open over the editor. */
export type Dialog =
  | { type: 'shortcuts' }
  /** What the tool is for and three ways in, for a newcomer (first visit, or Help ▸ Welcome). */
  | { type: 'welcome' }
  /** The instructor's grade sheet of pasted hand-in links. */
  | { type: 'grade' }
  | { type: 'recent' }
  | { type: 'connect'; fromId: string }
  | { type: 'place'; id: string }
  | { type: 'share' }
  | { type: 'export-image' }
  /** The lessons with this browser's progress, and the challenge composer (the classroom). */
  | { type: 'lessons' }
  | { type: 'challenge' }
  /** Issue 8: virtualize onto a switch, the price table, the compare view, the right-size panel. */
  | { type: 'virtualize' }
  /** `back`: the view to go back to when the table closes (the compare view's "Edit prices"). */
  | { type: 'prices'; back?: 'compare' }
  | { type: 'compare' }
  | { type: 'size-pool' }
  /** A design from a link or a file that could not be opened: what was wrong, what to do. */
  | { type: 'open-problem'; title: string; problems: readonly string[] };

/** The view state a shared link carries beside the design (lesson, step, challenge; a hand-in's name and time), for the classroom. */
export type LinkViewState = { lesson?: string; step?: number; challenge?: string; forbid?: readonly ChallengeRule[]; name?: string; handedIn?: number };

export type ThemeChoice = 'system' | 'light' | 'dark';
/** On a narrow screen the palette and the panels are drawers; at most one is open. */
export type Drawer = 'palette' | 'panels' | null;
export type PanelTab = 'inspector' | 'findings' | 'simulation' | 'sweep';

/**
 * View state: never in the document, never an undo step (SIMULATION.md, "What the document holds").
 * `selected` holds node and link ids alike (ids are unique across both).
 */
export type UiSlice = {
  selected: readonly string[];
  notice: Notice | null;
  /** A problem that lasts until it is solved (autosave failing), shown apart from passing notices. */
  persistentProblem: string | null;
  dialog: Dialog | null;
  clipboard: Fragment | null;
  theme: ThemeChoice;
  drawer: Drawer;
  /** On a wide screen, whether the inspector and findings panel is shown (a projector may want the room). */
  sidePanelOpen: boolean;
  panelTab: PanelTab;
  /** How many documents were loaded: the canvas fits the view to each new one. */
  loads: number;
  /** Opened from a view-only link: no editing chrome, and the document refuses edits until "Edit this design". */
  viewOnly: boolean;
  linkView: LinkViewState;
  /** The network address `npm run classroom` serves the app on (its classroom.json), for share links; none elsewhere. */
  classroomAddress: string | null;
  setClassroomAddress(address: string | null): void;
  select(ids: readonly string[]): void;
  /** Add to or take from the selection (React Flow's select changes). */
  changeSelection(changes: readonly { id: string; selected: boolean }[]): void;
  clearSelection(): void;
  notify(tone: NoticeTone, text: string): void;
  dismissNotice(): void;
  setPersistentProblem(text: string | null): void;
  openDialog(dialog: Dialog): void;
  closeDialog(): void;
  setClipboard(fragment: Fragment | null): void;
  setTheme(theme: ThemeChoice): void;
  setDrawer(drawer: Drawer): void;
  setSidePanelOpen(open: boolean): void;
  /** Show the findings list, wherever the panels are on this screen. */
  showFindings(narrow: boolean): void;
  setPanelTab(tab: PanelTab): void;
  setViewOnly(viewOnly: boolean): void;
  setLinkView(view: LinkViewState): void;
};

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  selected: [],
  notice: null,
  persistentProblem: null,
  dialog: null,
  clipboard: null,
  theme: 'system',
  drawer: null,
  sidePanelOpen: true,
  panelTab: 'inspector',
  loads: 0,
  viewOnly: false,
  linkView: {},
  classroomAddress: null,
  setClassroomAddress: (classroomAddress) => set({ classroomAddress }),
  select(ids) {
    const unique = [...new Set(ids)];
    if (!sameIds(unique, get().selected)) set({ selected: unique });
  },
  changeSelection(changes) {
    const next = new Set(get().selected);
    for (const change of changes) {
      if (change.selected) next.add(change.id);
      else next.delete(change.id);
    }
    get().select([...next]);
  },
  clearSelection: () => get().select([]),
  notify: (tone, text) => set({ notice: createNotice(tone, text) }),
  dismissNotice: () => set({ notice: null }),
  setPersistentProblem: (text) => {
    if (get().persistentProblem !== text) set({ persistentProblem: text });
  },
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setClipboard: (clipboard) => set({ clipboard }),
  setTheme: (theme) => set({ theme }),
  setDrawer: (drawer) => set({ drawer }),
  setSidePanelOpen: (sidePanelOpen) => set({ sidePanelOpen }),
  showFindings: (narrow) => set(narrow ? { panelTab: 'findings', drawer: 'panels' } : { panelTab: 'findings', sidePanelOpen: true }),
  setPanelTab: (panelTab) => set({ panelTab }),
  setViewOnly: (viewOnly) => set({ viewOnly }),
  setLinkView: (linkView) => set({ linkView }),
});
