import { useCallback, useContext, useId, useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { CommandsContext } from '../commands/useCommands.ts';
import { designFileName, encodeDesignFile } from '../share/designFile.ts';
import { download } from '../share/fileAccess.ts';
import type { AppStore } from '../store/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import type { DesignSession } from '../store/session.ts';
import { TestCrash } from './TestCrash.tsx';
import './panelBoundary.css';

const PAUSED = 'Something broke, so saving is paused: your design stays as it was last saved. Reload to carry on.';

/**
 * Keeps a crash in one area (a panel, the canvas, a dialog) from taking the page down: the area
 * shows what happened with a Reload and a Download design button, and saving stops, so that the
 * design last saved is not replaced by the state that broke the page.
 */
export function PanelBoundary(props: { area: string; floating?: boolean; session?: DesignSession; children: ReactNode }) {
  const { area, floating = false, children } = props;
  const store = useAppStoreApi();
  // The app-wide boundary sits above the commands' context, so it is given the session.
  const session = useContext(CommandsContext)?.session ?? props.session;
  const onError = useCallback(() => {
    session?.pauseSaving();
    store.getState().setPersistentProblem(PAUSED);
  }, [session, store]);
  return (
    <ErrorBoundary onError={onError} fallback={<CrashNotice area={area} floating={floating} store={store} />}>
      <TestCrash area={area} />
      {children}
    </ErrorBoundary>
  );
}

function CrashNotice({ area, floating, store }: { area: string; floating: boolean; store: AppStore }) {
  const heading = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const downloadDesign = () => {
    try {
      const { document } = store.getState();
      download(new Blob([encodeDesignFile(document)], { type: 'application/json' }), designFileName(document));
    } catch {
      setProblem('The design could not be written to a file. Reload to get it back as it was last saved.');
    }
  };
  return (
    <section className={floating ? 'crash-notice crash-notice-floating' : 'crash-notice'} role="alert" aria-labelledby={heading}>
      <h2 id={heading}>Something broke; your design is safe</h2>
      <p>
        The {area} stopped working. Your design is kept in this browser as it was last saved, and
        saving is paused so that nothing broken replaces it. Reload to carry on, or download the
        design as it is now.
      </p>
      {problem && <p className="crash-notice-problem">{problem}</p>}
      <div className="crash-notice-actions">
        <button type="button" className="button" onClick={() => location.reload()}>Reload</button>
        <button type="button" className="button" onClick={downloadDesign}>Download design</button>
      </div>
    </section>
  );
}
