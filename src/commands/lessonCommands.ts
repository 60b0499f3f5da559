import type { LessonPlace } from '../curriculum/stepNavigation.ts';
import type { Topology } from '../model/index.ts';
import { CATALOG_MISSING, lessonCatalog, loadLessonCatalog } from '../store/lessonCatalog.ts';
import { openArrival } from '../store/openFromOutside.ts';
import type { Command, CommandContext } from './command.ts';
import { runOrPause } from './simulationCommands.ts';

const PLAYING = new Set(['playing', 'running', 'stepping']);

/** The lessons: the catalog with this browser's progress, and a way in. */
export const showLessons: Command = {
  id: 'lessons',
  label: 'Lessons…',
  group: 'Help',
  shortcuts: [{ key: 'l' }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'lessons' }),
};

/** Compose a challenge from the design: goals from a menu, a link that carries them. */
export const composeChallenge: Command = {
  id: 'compose-challenge',
  label: 'Compose a challenge…',
  group: 'Design',
  shortcuts: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'challenge' }),
};

/** The instructor's grade sheet: hand-in links pasted in, every verdict recomputed. */
export const gradeHandIns: Command = {
  id: 'grade-hand-ins',
  label: 'Grade hand-ins…',
  group: 'Help',
  shortcuts: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'grade' }),
};

/** Whether the design on show is, to the letter, a fresh copy of a step's starting design. */
const isSameDesign = (a: Topology, b: Topology) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A step's starting design, opened the way a link's is: in a new slot, so the learner's own
 * design stays in the recent list (the notice says where). Untouched, the same start is kept.
 */
async function openStart(context: CommandContext, place: LessonPlace, start: Topology): Promise<boolean> {
  const { store, session } = context;
  if (isSameDesign(store.getState().document, start)) return true;
  if (!session) {
    store.getState().load(start);
    return true;
  }
  return openArrival(store, session, { topology: start, from: `lesson “${place.lesson.title}”` });
}

/** What presenter mode does with the simulation on entering a step: play or pause it, through the same command as the key R. */
export function applyStepSimulation(context: CommandContext, wanted: 'play' | 'pause' | undefined) {
  if (!wanted || !runOrPause.isEnabled(context)) return;
  const playing = PLAYING.has(context.store.getState().simulation.status);
  if ((wanted === 'play') !== playing) runOrPause.run(context);
}

/**
 * Go to a step of a lesson: its starting design when it has one (the learner's own is kept) with
 * no run yet, the last step's notice gone, and in presenter mode its play or pause. False when the
 * lesson is unknown, the catalog could not be fetched or the design could not open. The first
 * lesson waits for the catalog; later steps go at once (Next and Back answer in the same frame).
 */
export async function goToStep(context: CommandContext, lessonId: string, step: number): Promise<boolean> {
  const { store } = context;
  const catalog = lessonCatalog() ?? (await loadLessonCatalog().catch(() => undefined));
  if (!catalog) {
    store.getState().notify('problem', CATALOG_MISSING);
    return false;
  }
  const { currentStep, placeOf } = catalog;
  const place = placeOf(lessonId, step);
  if (!place) return false;
  const { start, simulation } = currentStep(place);
  // The previous step's notice is not this one's: a step opens with only its own words on screen.
  store.getState().dismissNotice();
  if (start) {
    // A step with a starting design starts with no run, even when the design on show is that very
    // start (lesson 3 opens on lesson 2's classic rack): the previous step's figures are not its own.
    store.getState().clearSimulation();
    if (!(await openStart(context, place, start()))) return false;
  }
  store.getState().openLesson(place.lesson.id, place.step);
  if (store.getState().presenting) applyStepSimulation(context, simulation);
  return true;
}

/** Next or Back in the open lesson; a step read without a check is done once passed. */
export function moveInLesson(context: CommandContext, delta: 1 | -1): void {
  const { lesson } = context.store.getState();
  const catalog = lessonCatalog();
  if (!lesson || !catalog) return;
  const place = catalog.placeOf(lesson.id, lesson.step);
  if (!place) return;
  const target = place.step + delta;
  if (target < 0 || target >= place.lesson.steps.length) return;
  if (delta === 1 && !catalog.currentStep(place).check) context.store.getState().markStepDone(lesson.id, lesson.step);
  void goToStep(context, lesson.id, target);
}
