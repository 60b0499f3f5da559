import { useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { useCommandContext } from '../../commands/useCommands.ts';
import { readDesignFile } from '../../share/fileAccess.ts';
import { openDesignFileResult } from '../../store/openFromOutside.ts';
import './share.css';

const holdsFiles = (event: { dataTransfer: DataTransfer | null }) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * The canvas as a drop target for design files: a file dropped on it opens (through the same
 * decoder as every other way in). A file dropped anywhere else in the page is ignored rather
 * than opened by the browser in place of the app.
 */
export function FileDrop({ children }: { children: ReactNode }) {
  const { store, session } = useCommandContext();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const ignore = (event: globalThis.DragEvent) => {
      if (holdsFiles(event)) event.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);
  const onDragOver = (event: DragEvent) => {
    if (!holdsFiles(event) || !session) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = async (event: DragEvent) => {
    if (!holdsFiles(event) || !session) return;
    event.preventDefault();
    setOver(false);
    const [file, ...others] = event.dataTransfer.files;
    if (!file) return;
    if (others.length > 0) store.getState().notify('info', `Only the first file, “${file.name}”, is opened: a tab shows one design at a time.`);
    await openDesignFileResult(store, session, file.name, await readDesignFile(file));
  };
  return (
    <div className="file-drop" onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={(event) => void onDrop(event)}>
      {children}
      {over && <div className="file-drop-hint" aria-hidden="true">Drop to open this design file</div>}
    </div>
  );
}
