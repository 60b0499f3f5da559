import { presenterAction } from '../curriculum/presenterKeys.ts';
import { lessonCatalog } from '../store/lessonCatalog.ts';
import type { Command, CommandContext } from './command.ts';
import { applyStepSimulation, moveInLesson } from './lessonCommands.ts';
import { runOrPause, stepSimulation } from './simulationCommands.ts';

/**
 * Presenter mode: the design for a projector, full screen when the browser allows it, the lesson
 * step as a caption, the keyboard (or a clicker) stepping through it.
 */
export const present: Command = {
  id: 'present',
  label: 'Present (full screen, for a projector)',
  group: 'View',
  shortcuts: [{ key: 'p', shift: true }],
  isEnabled: () => true,
  run: (context) => (context.store.getState().presenting ? leavePresenter(context) : enterPresenter(context)),
};

export function enterPresenter(context: CommandContext) {
  const { store } = context;
  store.getState().closeDialog();
  store.getState().setDrawer(null);
  store.getState().setPresenting(true);
  // Only from a key press or a click; a browser that refuses (an iframe, a phone) presents in the window.
  if (typeof document !== 'undefined') {
    document.documentElement.requestFullscreen?.({ navigationUI: 'hide' })
      // Full screen, the browser takes Escape for itself; locked, it reaches presenter mode, which closes the QR code first.
      .then(() => keyboardOf()?.lock?.(['Escape']))
      .catch(() => undefined);
  }
  const { lesson } = store.getState();
  if (lesson) {
    const place = lessonCatalog()?.placeOf(lesson.id, lesson.step);
    if (place) applyStepSimulation(context, place.lesson.steps[place.step]!.simulation);
  }
}

/** The Keyboard Lock API (Chromium), where there is one. */
function keyboardOf(): { lock?(keys: string[]): Promise<void>; unlock?(): void } | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { keyboard?: { lock?(keys: string[]): Promise<void>; unlock?(): void } }).keyboard;
}

export function leavePresenter({ store }: CommandContext) {
  store.getState().setPresenting(false);
  keyboardOf()?.unlock?.();
  if (typeof document !== 'undefined' && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** While presenting, the keys of what is on show (view, simulation) work; editing keys do nothing. */
export const worksWhilePresenting = (command: Command) => command.group === 'View' || command.group === 'Simulation';

/** A key in presenter mode: steps, play and pause, the QR code, Escape. True when it was used. */
export function handlePresenterKey(event: KeyboardEvent, context: CommandContext): boolean {
  const state = context.store.getState();
  const action = presenterAction(event, { hasLesson: state.lesson !== null, qrShown: state.presenterQr });
  if (!action) return false;
  event.preventDefault();
  event.stopPropagation();
  switch (action) {
    case 'next': moveInLesson(context, 1); break;
    case 'back': moveInLesson(context, -1); break;
    case 'play-pause': if (runOrPause.isEnabled(context)) runOrPause.run(context); break;
    case 'step-simulation': if (stepSimulation.isEnabled(context)) stepSimulation.run(context); break;
    case 'toggle-qr': state.setPresenterQr(!state.presenterQr); break;
    case 'close-qr': state.setPresenterQr(false); break;
    case 'exit': leavePresenter(context); break;
  }
  return true;
}
