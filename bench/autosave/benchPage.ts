// The autosave of a large design in the browser (issue 16, item 4): how long a save holds the main
// thread, with the designs in IndexedDB (what the app does) and in localStorage (what it did).
import { scaleDesign } from '../../src/model/index.ts';
import { saveDesign } from '../../src/share/autosave.ts';
import { keyValueDesignStore } from '../../src/share/designStore.ts';
import { openIdbDesignStore } from '../../src/share/idbDesignStore.ts';
import { memoryStorage } from '../../src/share/memoryStorage.ts';

export type SaveFigures = { blocking: number[]; longestGap: number[]; total: number[]; jsonChars: number };

/**
 * The longest time the main thread did not answer while `work` ran: a MessageChannel ping-pong
 * (not throttled like timers) notes each gap, so every task the save causes counts, not only the
 * synchronous call (idb-keyval copies the text into IndexedDB in a later task).
 */
async function longestGapDuring(work: () => Promise<unknown>): Promise<number> {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.addEventListener('message', () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  });
  channel.port1.start();
  channel.port2.postMessage(0);
  await work();
  running = false;
  longest = Math.max(longest, performance.now() - last);
  channel.port1.close();
  return longest;
}

async function measure(store: 'indexeddb' | 'localStorage', servers: number, runs: number): Promise<SaveFigures> {
  const designs = store === 'indexeddb' ? (await openIdbDesignStore())! : keyValueDesignStore(localStorage);
  const local = memoryStorage();
  // New design objects, as edits make them (nothing cached between saves), made before measuring.
  const racks = Array.from({ length: runs }, (_, run) => ({ ...scaleDesign(servers), name: `Rack ${run}` }));
  const figures: SaveFigures = { blocking: [], longestGap: [], total: [], jsonChars: JSON.stringify(racks[0]).length };
  for (const design of racks) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const start = performance.now();
    const gap = await longestGapDuring(async () => {
      const saving = saveDesign(local, designs, 'bench', design, Date.now());
      figures.blocking.push(performance.now() - start);
      const result = await saving;
      if (!result.ok) throw new Error(result.message);
    });
    figures.total.push(performance.now() - start);
    figures.longestGap.push(gap);
  }
  return figures;
}

declare global {
  interface Window { autosaveBench: { measure: typeof measure } }
}
window.autosaveBench = { measure };
