import { openDesignFile, saveDesignFile } from '../share/fileAccess.ts';
import { openDesignFileResult, reportOpenProblem } from '../store/openFromOutside.ts';
import type { Command, CommandContext } from './command.ts';

/** The share dialog: the link, its QR code, a view-only variant. */
export const shareDesign: Command = {
  id: 'share',
  label: 'Share…',
  group: 'Design',
  shortcuts: [{ key: 's' }, { key: 's', mod: true, shift: true }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'share' }),
};

export const saveFile: Command = {
  id: 'save-file',
  label: 'Save as file…',
  group: 'Design',
  shortcuts: [{ key: 's', mod: true }],
  isEnabled: () => true,
  run: (context) => void saveToFile(context),
};

export const openFile: Command = {
  id: 'open-file',
  label: 'Open file…',
  group: 'Design',
  shortcuts: [{ key: 'o', mod: true }],
  isEnabled: ({ session }) => session !== undefined,
  run: (context) => void openFromFile(context),
};

export const exportImage: Command = {
  id: 'export-image',
  label: 'Export image…',
  group: 'Design',
  shortcuts: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'export-image' }),
};

async function saveToFile({ store }: CommandContext) {
  const saved = await saveDesignFile(store.getState().document);
  if (saved.ok) {
    const where = saved.how === 'download' ? ': it is in your browser’s downloads' : '';
    store.getState().notify('info', `Saved “${saved.name}”${where}. Open it with Design ▸ Open file…, or drop it on the canvas.`);
  } else if (!saved.cancelled) {
    store.getState().notify('problem', saved.message);
  }
}

async function openFromFile({ store, session }: CommandContext) {
  if (!session) return;
  try {
    const opened = await openDesignFile();
    if (opened.ok) await openDesignFileResult(store, session, opened.name, opened.result);
  } catch (error) {
    reportOpenProblem(store, 'The file could not be opened', [`The browser refused to read it (${error instanceof Error ? error.message : 'no reason given'}). Try again, or drop the file on the canvas.`]);
  }
}
