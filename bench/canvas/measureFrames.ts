/** In-page measurements for the canvas benchmark: the first render, and frames during a drag. */
export type DragFigures = { nodeId: string; intervals: number[]; moved: number };

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Milliseconds from navigation start until the nodes are drawn (measured, visible, fitted) and
 * painted: at least `count` of them, or, once the canvas shows fewer (semantic zoom groups a large
 * design's servers), when their number has held for a few frames.
 */
export async function whenDrawn(count: number): Promise<number> {
  let steady = 0;
  let last = -1;
  for (;;) {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    const shown = nodes.length > 0 && [...nodes].every((n) => n.style.visibility !== 'hidden') && !document.querySelector('.is-fitting');
    steady = shown && nodes.length === last ? steady + 1 : 0;
    last = nodes.length;
    if (shown && (nodes.length >= count || steady >= 3)) break;
    await nextFrame();
  }
  await nextFrame();
  await nextFrame();
  return performance.now();
}

/** The draggable node nearest the middle of the canvas (not a group of servers): on screen in both pages. */
function nodeNearCentre(): HTMLElement {
  const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
  const cx = pane.left + pane.width / 2;
  const cy = pane.top + pane.height / 2;
  const distance = (el: HTMLElement) => {
    const r = el.getBoundingClientRect();
    return Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
  };
  return [...document.querySelectorAll<HTMLElement>('.react-flow__node.draggable')].toSorted((a, b) => distance(a) - distance(b))[0]!;
}

function mouse(type: string, target: EventTarget, x: number, y: number) {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
}

/**
 * Drag the node nearest the middle by `steps` pointer moves of 4 px, one per animation frame, as
 * d3-drag (React Flow's) sees a mouse: down on the node, moves and up on the window. Records the
 * intervals between animation frames from the press to a frame after the release.
 */
export async function runDrag(steps: number): Promise<DragFigures> {
  const node = nodeNearCentre();
  const box = node.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + Math.min(20, box.height / 2);
  const stamps: number[] = [await nextFrame()];
  mouse('mousedown', node, x, y);
  for (let i = 1; i <= steps; i++) {
    stamps.push(await nextFrame());
    mouse('mousemove', window, x + i * 4, y + i * 2);
  }
  stamps.push(await nextFrame());
  mouse('mouseup', window, x + steps * 4, y + steps * 2);
  stamps.push(await nextFrame());
  stamps.push(await nextFrame());
  const moved = node.getBoundingClientRect().left - box.left;
  return { nodeId: node.dataset.id ?? '', intervals: stamps.slice(1).map((t, i) => t - stamps[i]!), moved };
}

export type RunMode = 'idle' | 'play' | 'flat-out';
/** Animation-frame intervals over a span, and the React commits in it (counted by bench/reactCommits.ts's hook). */
export type RunFigures = { intervals: number[]; commits: number; frames: number; status: string };
type RunStore = {
  getState(): {
    simulation: { status: string; error: string | null };
    setPlaybackSpeed(speed: number): void; playSimulation(): void; pauseSimulation(): void;
    restartSimulation(): void; runSimulationToEnd(): void;
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
declare global {
  interface Window { reactCommits?: number }
}

async function whenStatus(store: RunStore, statuses: readonly string[]): Promise<void> {
  for (let waited = 0; !statuses.includes(store.getState().simulation.status) && waited < 120_000; waited += 20) await sleep(20);
}

/**
 * Plays the editor's run at 1x (or flat out, or not at all) and, after a second to settle, records
 * the intervals between animation frames for `ms` and the React commits made meanwhile. A plain
 * canvas (no store) is measured as it is: its frames with nothing to animate.
 */
export async function runFrames(store: RunStore | null, mode: RunMode, ms: number): Promise<RunFigures> {
  const state = () => store!.getState();
  if (store && mode !== 'idle') {
    state().setPlaybackSpeed(1);
    if (mode === 'play') state().playSimulation();
    else {
      state().restartSimulation();
      await whenStatus(store, ['paused']);
      state().runSimulationToEnd();
    }
    await whenStatus(store, mode === 'play' ? ['playing'] : ['running']);
  }
  await sleep(1000);
  const commitsBefore = window.reactCommits ?? 0;
  const stamps = [await nextFrame()];
  while (stamps.at(-1)! - stamps[0]! < ms) stamps.push(await nextFrame());
  const commits = (window.reactCommits ?? 0) - commitsBefore;
  const status = store ? `${state().simulation.status}${state().simulation.error ? `: ${state().simulation.error}` : ''}` : 'plain';
  if (store && mode !== 'idle') state().pauseSimulation();
  return { intervals: stamps.slice(1).map((t, i) => t - stamps[i]!), commits, frames: stamps.length - 1, status };
}
