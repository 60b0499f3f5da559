import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
// The simulation bar's styles first, as the built page has always had them: it is drawn at start,
// but only the lazily loaded simulation panel imports them, and the page's other styles (.button)
// are meant to come after (the first-load chunk, scripts/startChunk.ts, would put them last).
import './panels/simulation/simulation.css';
import '@xyflow/react/dist/style.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './theme.css';
import './app.css';
import './canvas/canvas.css';
// Drawn before the script by index.html for a newcomer (its welcome), so in the page's first stylesheet.
import './panels/welcome/welcome.css';
// The canvas's own styles, in the order its chunk had them: in the page's first stylesheet rather
// than one added when the canvas's chunk arrives (the bundler's helper inserted a <link>, and its
// arrival restyled the whole page in the middle of the canvas's mount).
import './canvas/levelOfDetail.css';
import './canvas/findingOutline.css';
import './canvas/simulationOverlay.css';
import './canvas/nodes/serverGroup.css';
import { App } from './App.tsx';
import { createSlotLocks } from './share/designLock.ts';
import { memoryStorage } from './share/memoryStorage.ts';
import { moveDesignsFromLocal, type KeyValueStore } from './share/autosave.ts';
import { keyValueDesignStore } from './share/designStore.ts';
import { openIdbDesignStore } from './share/idbDesignStore.ts';
import { createAppStore } from './store/index.ts';
import { createDesignSession } from './store/session.ts';
import { findingsOf } from './store/selectors.ts';
import type { LocationLink } from './share/linkFragment.ts';
import { addressAfterLink, readAddressLink } from './share/readAddress.ts';
import { openLinkInPage, startWithLink } from './store/openFromOutside.ts';
import { savedTheme } from './useTheme.ts';
import { welcomeDismissed } from './store/welcome.ts';
import { classroomUrlOf } from './panels/share/linkBase.ts';
import { registerServiceWorkerWhenQuiet } from './serviceWorker.ts';

/** A later task of the event loop: what follows runs after the browser has had its turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** The browser's storage, or a stand-in when it refuses (private modes, blocked cookies). */
function storageOr(get: () => Storage): { storage: KeyValueStore; available: boolean } {
  try {
    const storage = get();
    storage.getItem('iov-studio:probe');
    return { storage, available: true };
  } catch {
    return { storage: memoryStorage(), available: false };
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// A link's reader (the codec) is fetched only for an address that holds one, while storage opens.
const firstLinkRead = readAddressLink(location.hash);
/** An address with a fragment (a shared design, view state): its design is what the reader came for. */
const opensLink = location.hash.length > 1;
// Fetched now, while storage opens and the saved design is read, rather than when the first
// render asks for them: the canvas, and the welcome for a newcomer on a plain address. A failed
// fetch is not said here: the component that needs the chunk asks again and says it.
const prefetch = (chunk: Promise<unknown>) => void chunk.catch(() => {});
// For a link, at once: the canvas is on its way to the first frame of the shared design.
if (opensLink) prefetch(import('./canvas/CanvasArea.tsx'));
// A link given to the page while it starts (its address's fragment changed) is opened once the
// start is done, in the order given: listened for from the first task, so none is missed.
let startedForLinks = () => {};
const linksOpen = new Promise<void>((resolve) => { startedForLinks = resolve; });
window.addEventListener('hashchange', (event) => {
  const previous = new URL(event.oldURL).hash;
  const hash = location.hash;
  void linksOpen.then(() => readAddressLink(hash)).then(async (link) => {
    if (link.kind !== 'none' && store.getState().dialog?.type === 'welcome') store.getState().closeDialog();
    if (await openLinkInPage(store, session, link)) await forgetLinkedDesign(link, previous);
  });
});
// The modules above are run in one task; storage (its first read loads it: 10–15 ms) in the next.
await nextTask();
const local = storageOr(() => window.localStorage);
const tab = storageOr(() => window.sessionStorage);
const dismissed = welcomeDismissed(local.available ? local.storage : undefined);
/** A newcomer on a plain address: the welcome opens over the canvas, which waits for its answer (App.tsx). */
const welcomed = !dismissed && !opensLink;
// Otherwise asked for in a task of its own: the bundler's preload helper adds a <link> per file
// each chunk needs, which would lengthen the task that runs this module.
setTimeout(() => {
  if (welcomed) prefetch(import('./panels/welcome/WelcomeDialog.tsx'));
  else if (!opensLink) prefetch(import('./canvas/CanvasArea.tsx'));
});
// ICU's number and collation data (20–30 ms for the first number format here) are not loaded at
// the start: the figures drawn then (the diagram's, the speed control's) are written without ICU
// (src/model/plainNumber.ts), the other formatters are made at first use (src/model/lazyIntl.ts).
// The start in several tasks rather than one: the browser may paint and answer in between, and
// none is long (Lighthouse's blocking time counts the part of each task over 50 ms on a phone four
// times slower than a desktop: reading storage, making the store and reading the saved design
// each took 10–20 ms here).
await nextTask();
const store = createAppStore();
const theme = savedTheme();
store.getState().setTheme(theme);
// Before the first paint, so a dark choice does not flash light.
if (theme !== 'system') document.documentElement.dataset.theme = theme;
// A random id per page load: a reload lets go of its slot on pagehide, a duplicated tab does not share it.
const locks = createSlotLocks(local.storage, crypto.randomUUID());
// Designs go to IndexedDB (large racks, written off the main thread); localStorage where it is missing.
const designs = (await openIdbDesignStore()) ?? keyValueDesignStore(local.storage);
if (local.available) await moveDesignsFromLocal(local.storage, Object.keys(window.localStorage), designs);
const session = createDesignSession(store, { local: local.storage, designs, tab: tab.storage, locks });
await nextTask();
// A shared link's design opens in a new slot; the address then keeps only its view state, so a
// reload shows the later edits (autosaved) instead of opening the link again over them (or
// repeating why it could not be opened).
// A refused link leaves the address as it was before it (view state included).
const forgetLinkedDesign = async (link: LocationLink, previous?: string) => {
  const fragment = await addressAfterLink(link, location.hash, previous);
  history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
};
const firstLink = await firstLinkRead;
if (await startWithLink(store, session, firstLink)) await forgetLinkedDesign(firstLink);
await nextTask();
// The design's findings (the header's counts, the badges on the nodes: 20 ms for a newcomer's rack
// here, ~100 for 200 servers) worked out in a task of their own, not inside a slice of the first
// render (a component's render is not sliced).
findingsOf(store.getState().document);
await nextTask();
// A newcomer is told what the tool is for, once; never over a link someone sent them.
if (firstLink.kind === 'none' && !dismissed) store.getState().openDialog({ type: 'welcome' });
startedForLinks();
// Served by `npm run classroom`: the network address students open, for share links and QR codes.
void fetch(`${import.meta.env.BASE_URL}classroom.json`, { cache: 'no-store' })
  .then((response) => (response.ok ? response.json() : null))
  .then((json: unknown) => store.getState().setClassroomAddress(classroomUrlOf(json)), () => {});
if (!local.available) store.getState().setPersistentProblem('This browser does not let IOV Studio store anything, so your work is not saved: it is lost when the page closes.');
window.addEventListener('pagehide', () => void session.leave());
// Back from the back-forward cache: hold the slot again, or go on in a copy if another tab took it.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) void session.rejoin();
});
if (import.meta.env.PROD) registerServiceWorkerWhenQuiet(import.meta.env.BASE_URL);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void session.saveNow();
});

// The first render as a transition: React renders the frame in slices of a few milliseconds and
// lets the browser in between, instead of holding the main thread for the whole tree (on a phone,
// four times longer than here: Lighthouse's blocking time).
const app = createRoot(root);
// A newcomer's canvas waits for their answer to the welcome (App.tsx): its code (React Flow's, the
// largest chunk) is fetched, compiled and run once the start is over, not beside its tasks.
if (welcomed) {
  const canvasCode = () => prefetch(import('./canvas/CanvasArea.tsx'));
  if ('requestIdleCallback' in window) requestIdleCallback(canvasCode, { timeout: 2000 });
  else setTimeout(canvasCode, 1000);
}
startTransition(() => app.render(
  <StrictMode>
    <App store={store} session={session} canvasAtOnce={firstLink.kind !== 'none'} />
  </StrictMode>,
));
