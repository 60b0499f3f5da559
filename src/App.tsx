import { startTransition, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { DragHintView } from './canvas/DragHintView.tsx';
import { Palette } from './canvas/Palette.tsx';
import { addNodeAtCentre } from './commands/addNodeAtCentre.ts';
import type { CommandContext } from './commands/command.ts';
import { createCanvasViewHolder } from './commands/canvasViewHolder.ts';
import { CommandsContext, useKeyboardShortcuts } from './commands/useCommands.ts';
import type { NodeKind } from './model/index.ts';
import { DialogHost } from './panels/DialogHost.tsx';
import { PanelBoundary } from './panels/PanelBoundary.tsx';
import { FindingCounts } from './panels/FindingCounts.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import { DesignMenu } from './panels/DesignMenu.tsx';
import { HelpMenu } from './panels/HelpMenu.tsx';
import { ThemeToggle } from './panels/ThemeToggle.tsx';
import type { AppStore } from './store/index.ts';
import { StoreContext, useAppStore } from './store/hooks.ts';
import type { DesignSession } from './store/session.ts';
import { NoticeView } from './ui/NoticeView.tsx';
import { ProblemBanner } from './ui/ProblemBanner.tsx';
import { useTheme } from './useTheme.ts';
import { PanelToggles } from './panels/PanelToggles.tsx';
import { FileDrop } from './panels/share/FileDrop.tsx';
import { ViewOnlyBar } from './panels/share/ViewOnlyBar.tsx';
import { Classroom } from './lessons/Classroom.tsx';
import { SimulationBar } from './panels/simulation/SimulationBar.tsx';
import { useNarrowScreen } from './ui/narrowScreen.ts';
import { useTouchScreen } from './ui/useTouchScreen.ts';
import { lazyNamed } from './ui/lazyNamed.ts';

// React Flow and the canvas arrive after the page's frame (menus, palette, panels) is drawn.
const CanvasArea = lazyNamed(() => import('./canvas/CanvasArea.tsx'), 'CanvasArea');


/**
 * The app's frame: the store around the header, palette, canvas and panels. `session` (which design this tab holds, autosaved) is absent in a benchmark page.
 */
export function App({ store, session, canvasAtOnce = false }: { store: AppStore; session?: DesignSession; canvasAtOnce?: boolean }) {
  return (
    <StoreContext.Provider value={store}>
      <PanelBoundary area="app" floating session={session}>
        <Editor store={store} session={session} canvasAtOnce={canvasAtOnce} />
      </PanelBoundary>
    </StoreContext.Provider>
  );
}

const selectName = (s: { document: { name: string } }) => s.document.name;

function Editor({ store, session, canvasAtOnce }: { store: AppStore; session?: DesignSession; canvasAtOnce: boolean }) {
  const name = useAppStore(selectName);
  const notice = useAppStore((s) => s.notice);
  const problem = useAppStore((s) => s.persistentProblem);
  const theme = useTheme();
  const narrow = useNarrowScreen();
  const touch = useTouchScreen();
  const drawer = useAppStore((s) => s.drawer);
  const sidePanelOpen = useAppStore((s) => s.sidePanelOpen);
  const viewOnly = useAppStore((s) => s.viewOnly);
  const closeDrawer = useCallback(() => store.getState().setDrawer(null), [store]);
  const dismiss = useCallback(() => store.getState().dismissNotice(), [store]);
  const view = useMemo(() => createCanvasViewHolder(), []);
  const commands = useMemo<CommandContext>(() => ({ store, view, session }), [store, view, session]);
  useKeyboardShortcuts(commands);
  const add = useCallback((kind: NodeKind) => {
    // On a phone the drawer covers the canvas: close it to show what was added.
    if (narrow) store.getState().setDrawer(null);
    void addNodeAtCentre(commands, kind, touch);
  }, [commands, narrow, touch, store]);
  const welcoming = useAppStore(selectWelcoming);
  const canvasNow = useTaskAfterMount(canvasAtOnce, !welcoming);
  const showPalette = !viewOnly && (!narrow || drawer === 'palette');
  const showPanels = narrow ? drawer === 'panels' : sidePanelOpen;
  return (
    <CommandsContext.Provider value={commands}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-name">
            {/* The icon carries the name: on a phone the words give way to it. */}
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="IOV Studio" width="24" height="24" />
            <span className="app-name-text" aria-hidden="true">IOV Studio</span>
          </h1>
          <DesignMenu />
          <HelpMenu />
          {/* Shortened with an ellipsis where the header has no room (a phone): whole in its tooltip. */}
          <p className="design-name" title={name}>
            <span className="visually-hidden">Design: </span>
            {name}
          </p>
          <ThemeToggle />
          <div className="header-tools">
            <PanelToggles narrow={narrow} />
            <Toolbar />
            <FindingCounts narrow={narrow} />
          </div>
        </header>
        <ProblemBanner text={problem} />
        <ViewOnlyBar />
        <PanelBoundary area="simulation bar"><SimulationBar /></PanelBoundary>
        <div className="editor">
          {showPalette && <PanelBoundary area="palette"><Palette onAdd={add} onClose={narrow ? closeDrawer : undefined} /></PanelBoundary>}
          <main className="editor-canvas">
            <PanelBoundary area="canvas"><FileDrop>
              <Suspense fallback={<CanvasPlaceholder />}>{canvasNow ? <CanvasArea colorMode={theme} holder={view} /> : <CanvasPlaceholder waiting={welcoming} />}</Suspense>
            </FileDrop></PanelBoundary>
            <PanelBoundary area="lesson panel"><Classroom /></PanelBoundary>
          </main>
          {showPanels && <PanelBoundary area="side panel"><SidePanel onClose={narrow ? closeDrawer : undefined} /></PanelBoundary>}
        </div>
        <NoticeView notice={notice} onDismiss={dismiss} />
        <DragHintView />
        <PanelBoundary area="dialog" floating><DialogHost /></PanelBoundary>
      </div>
    </CommandsContext.Provider>
  );
}

/**
 * A newcomer's welcome, open over the canvas since the start: the canvas waits for their answer.
 * Each of its choices but one replaces the design behind it (a lesson, a blank design), and drawing
 * it meanwhile held a phone's main thread for a second (React Flow's mount, the nodes' styles and
 * measures: Lighthouse's blocking time) while the welcome's choices waited for a tap.
 */
const selectWelcoming = (s: { dialog: { type: string } | null }) => s.dialog?.type === 'welcome';

/**
 * True from the task after the frame's first commit, once `allowed`, and from then on: the canvas
 * (React Flow's mount, a long task of its own) is drawn after the frame rather than in the same
 * task. True at once when `atOnce` (a design opened from a link: what the reader came to see, drawn
 * without waiting for the frame's commit).
 */
function useTaskAfterMount(atOnce: boolean, allowed: boolean): boolean {
  const [now, setNow] = useState(atOnce);
  useEffect(() => {
    if (now || !allowed) return;
    const timer = setTimeout(() => startTransition(() => setNow(true)));
    return () => clearTimeout(timer);
  }, [now, allowed]);
  return now;
}

/**
 * Where the canvas will be, while its code arrives: the canvas's background, announced as loading.
 * `waiting`: for the newcomer's answer to the welcome, nothing is being drawn yet.
 */
function CanvasPlaceholder({ waiting = false }: { waiting?: boolean }) {
  if (waiting) return <div className="canvas-placeholder" />;
  return <div className="canvas-placeholder" role="status" aria-busy="true">Drawing the design…</div>;
}
