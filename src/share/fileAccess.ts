import { echoText, type MigrateResult, type Topology } from '../model/index.ts';
import { decodeDesignFile, designFileName, encodeDesignFile, refuseFileSize } from './designFile.ts';

/**
 * Design files in the browser: the File System Access API where there is one (Chromium: the
 * system's Save and Open dialogs), a download and an `<input type=file>` elsewhere. Every file read
 * goes through decodeDesignFile, the door every design from outside takes.
 */

/** The part of the File System Access API used here; TypeScript's DOM library does not have the pickers. */
type PickerType = { description: string; accept: Record<string, string[]> };
type Writable = { write(data: Blob): Promise<void>; close(): Promise<void> };
type SaveHandle = { name: string; createWritable(): Promise<Writable> };
type OpenHandle = { getFile(): Promise<File> };
export type FilePickers = {
  showSaveFilePicker?(options: { suggestedName: string; types: PickerType[]; id?: string }): Promise<SaveHandle>;
  showOpenFilePicker?(options: { types: PickerType[]; multiple: false; id?: string }): Promise<OpenHandle[]>;
};

/** `.json` covers `.iov.json`, and older files saved as plain JSON open too. */
const TYPES: PickerType[] = [{ description: 'IOV Studio design', accept: { 'application/json': ['.json'] } }];
/** Remembers the folder last used for designs, apart from other sites' and other kinds of files. */
const PICKER_ID = 'iov-designs';

export type SaveOutcome = { ok: true; name: string; how: 'picker' | 'download' } | { ok: false; cancelled: true } | { ok: false; cancelled: false; message: string };

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** Save the design as `<name>.iov.json`: where the person chooses, or as a download. */
export async function saveDesignFile(topology: Topology, pickers: FilePickers = window as FilePickers): Promise<SaveOutcome> {
  const blob = new Blob([encodeDesignFile(topology)], { type: 'application/json' });
  const name = designFileName(topology);
  if (!pickers.showSaveFilePicker) {
    download(blob, name);
    return { ok: true, name, how: 'download' };
  }
  try {
    const handle = await pickers.showSaveFilePicker({ suggestedName: name, types: TYPES, id: PICKER_ID });
    const writable = await handle.createWritable();
    await writable.write(blob);
    await writable.close();
    return { ok: true, name: handle.name, how: 'picker' };
  } catch (error) {
    if (isAbort(error)) return { ok: false, cancelled: true };
    return { ok: false, cancelled: false, message: `The file could not be written (${error instanceof Error ? error.message : 'the browser refused'}). Try another folder.` };
  }
}

/** Hand a file to the browser's downloads. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, name);
  // The download has started from the click; the object URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Download what a URL holds (an object URL, or a data URL such as an exported image). */
export function downloadUrl(url: string, name: string) {
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
}

export type OpenOutcome = { ok: false; cancelled: true } | { ok: true; name: string; result: MigrateResult };

/** Ask for a design file and read it. `result` says whether it is a design, and if not, why. */
export async function openDesignFile(pickers: FilePickers = window as FilePickers): Promise<OpenOutcome> {
  let file: File | undefined;
  if (pickers.showOpenFilePicker) {
    try {
      const [handle] = await pickers.showOpenFilePicker({ types: TYPES, multiple: false, id: PICKER_ID });
      file = await handle?.getFile();
    } catch (error) {
      if (isAbort(error)) return { ok: false, cancelled: true };
      throw error;
    }
  } else {
    file = await chooseWithInput();
  }
  if (!file) return { ok: false, cancelled: true };
  return { ok: true, name: file.name, result: await readDesignFile(file) };
}

/**
 * A file opened or dropped, through the one decoder (capped before it is read whole). Never throws:
 * a file the browser cannot read (a folder dropped, a file moved or locked since it was chosen)
 * is a message like any other refusal.
 */
export async function readDesignFile(file: File): Promise<MigrateResult> {
  // A huge file is refused by its size, not read into memory first.
  const tooLarge = refuseFileSize(file.size, file.name);
  if (tooLarge) return tooLarge;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error && error.message ? ` (${echoText(error.message)})` : '';
    return { ok: false, problems: [{ path: file.name, message: `The browser could not read this file${reason}. Is it a folder, or was it moved or deleted since? Choose a design file (.iov.json).` }] };
  }
  return decodeDesignFile(bytes, file.name);
}

/** The fallback: an `<input type=file>` clicked for the person; undefined when they cancel. */
function chooseWithInput(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.json,application/json' });
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}
