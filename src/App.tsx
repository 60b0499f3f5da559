import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { Canvas } from './canvas/Canvas.tsx';
import { DragHintView } from './canvas/DragHintView.tsx';
import { Palette } from './canvas/Palette.tsx';
import { useCanvasView } from './canvas/useCanvasView.ts';
import { addNodeAtCentre } from './commands/addNodeAtCentre.ts';
import type { CommandContext } from './commands/command.ts';
import { CommandsContext, useKeyboardShortcuts } from './commands/useCommands.ts';
import type { NodeKind } from './model/index.ts';
import { DialogHost } from './panels/DialogHost.tsx';
import { FindingCounts } from './panels/FindingCounts.tsx';
import { SidePanel } from './panels/SidePanel.tsx';
import { Toolbar } from './panels/Toolbar.tsx';
import type { AppStore } from './store/index.ts';
import { StoreContext, useAppStore } from './store/hooks.ts';
import { NoticeView } from './ui/NoticeView.tsx';

/** The app's frame: the store and React Flow's provider around the header, palette, canvas and panels. */
export function App({ store }: { store: AppStore }) {
  return (
    <StoreContext.Provider value={store}>
      <ReactFlowProvider>
        <Editor store={store} />
      </ReactFlowProvider>
    </StoreContext.Provider>
  );
}

const selectName = (s: { document: { name: string } }) => s.document.name;

function Editor({ store }: { store: AppStore }) {
  const name = useAppStore(selectName);
  const notice = useAppStore((s) => s.notice);
  const dismiss = useCallback(() => store.getState().dismissNotice(), [store]);
  const view = useCanvasView();
  const commands = useMemo<CommandContext>(() => ({ store, view }), [store, view]);
  useKeyboardShortcuts(commands);
  const add = useCallback((kind: NodeKind) => void addNodeAtCentre(commands, kind), [commands]);
  return (
    <CommandsContext.Provider value={commands}>
      <div className="app">
        <header className="app-header">
          <h1 className="app-name">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="24" height="24" />
            IOV Studio
          </h1>
          <p className="design-name">
            <span className="visually-hidden">Design: </span>
            {name}
          </p>
          <Toolbar />
          <FindingCounts />
        </header>
        <div className="editor">
          <Palette onAdd={add} />
          <main className="editor-canvas">
            <Canvas colorMode="system" />
          </main>
          <SidePanel />
        </div>
        <NoticeView notice={notice} onDismiss={dismiss} />
        <DragHintView />
        <DialogHost />
      </div>
    </CommandsContext.Provider>
  );
}
