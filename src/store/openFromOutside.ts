import { stepIndex } from '../curriculum/stepNumbers.ts';
import { echoText, type MigrateResult, type Topology } from '../model/index.ts';
import type { LinkView, LocationLink } from '../share/linkFragment.ts';
import { problemLines } from '../share/problemLines.ts';
import type { AppStore } from './createAppStore.ts';
import { CATALOG_MISSING, lessonCatalog, loadLessonCatalog } from './lessonCatalog.ts';
import type { DesignSession, StartOutcome } from './session.ts';

/** A design that came from outside the tab: `from` names where, "the link" or "“rack.iov.json”". */
export type Arrival = { topology: Topology; from: string; upgradedFrom?: number };

const KEPT_WHERE = 'Design ▸ Recent designs… brings it back';
const upgradedText = (from: number | undefined) => (from !== undefined ? ' It was made by an older IOV Studio and has been brought up to date.' : '');

/** A refusal, on screen until read: what was wrong and what to do; the design stays as it was. */
export function reportOpenProblem(store: AppStore, title: string, problems: readonly string[]) {
  store.getState().openDialog({ type: 'open-problem', title, problems });
}

/**
 * Open a design from outside in a new slot: the design that was open stays saved, in the recent
 * list, and the notice says so. When that design could not be saved first (a full storage),
 * nothing changes and a dialog says what to do.
 */
export async function openArrival(store: AppStore, session: DesignSession, arrival: Arrival): Promise<boolean> {
  const previous = store.getState().document.name;
  if (!(await session.openDesign(arrival.topology))) {
    reportOpenProblem(store, 'The design was not opened', [
      'Your current design could not be saved in this browser (its storage is full), so nothing was opened over it.',
      'Save your design as a file (Design ▸ Save as file…) or delete old designs (Design ▸ Recent designs…), then try again.',
    ]);
    return false;
  }
  store.getState().notify('info', `Opened “${arrival.topology.name}” from ${arrival.from}. Your design “${previous}” is kept: ${KEPT_WHERE}.${upgradedText(arrival.upgradedFrom)}`);
  return true;
}

/** When the link names a lesson, the catalog fetched beside the design's opening: false when it could not be. */
function catalogFor(link: LocationLink) {
  return link.kind !== 'none' && link.kind !== 'refused' && link.view.lesson ? loadLessonCatalog().then(() => true, () => false) : Promise.resolve(true);
}

async function applyView(store: AppStore, view: LinkView, catalog: Promise<boolean>) {
  const { lesson, step, challenge, forbid, name, handedIn } = view;
  store.getState().setLinkView({
    ...(lesson && { lesson }), ...(step !== undefined && { step }), ...(challenge && { challenge }), ...(challenge && forbid && { forbid }),
    ...(challenge && name && { name }), ...(challenge && handedIn !== undefined && { handedIn }),
  });
  store.getState().setViewOnly(view.viewOnly);
  if (lesson && !(await catalog)) {
    store.getState().notify('problem', CATALOG_MISSING);
    return;
  }
  // `s` counts from 1, as people do ("lesson 3, step 2"); the link's design stands, the step's start is not applied.
  if (lesson && !store.getState().openLesson(lesson, stepIndex(step ?? 1))) {
    store.getState().notify('problem', `The link names a lesson this IOV Studio does not have (“${echoText(lesson)}”): the design is open without it. Lessons ▸ lists the lessons there are.`);
  }
}

/**
 * A lesson's link without a design (`#l=…&s=…`, as the address bar shows it once a lesson is open):
 * the step's own starting design, opened the way a step opens it (Next, the lessons' list): in a
 * new slot, the design open before kept in the recent list and the notice saying so, or in place
 * of the first visit's untouched example. Nothing when the design on show is that start already,
 * or when the lesson sets no design up to that step. Before the view is applied: opening a design
 * ends view-only mode.
 */
async function openLessonStart(store: AppStore, session: DesignSession, view: LinkView, catalog: Promise<boolean>, replacesExample: boolean): Promise<void> {
  // A catalog that could not be fetched is said by applyView; the design stays as it is.
  const navigation = (await catalog) ? lessonCatalog() : undefined;
  const place = view.lesson === undefined ? undefined : navigation?.placeOf(view.lesson, stepIndex(view.step ?? 1));
  const start = place && navigation?.startingDesignOf(place);
  if (!place || !start) return;
  const design = start();
  if (JSON.stringify(design) === JSON.stringify(store.getState().document)) return;
  if (replacesExample) store.getState().load(design);
  else await openArrival(store, session, { topology: design, from: `lesson “${place.lesson.title}”` });
}

/**
 * Whether a page started on a lesson's link without a design opens the lesson's start: not after
 * a reload (nor in a duplicated tab), where the tab's own design is the learner's work in it.
 */
const opensLessonStart = (outcome: StartOutcome) => outcome !== 'restored' && outcome !== 'copied';

/**
 * The page's first design: the link's, in a new slot (the tab's other designs stay in the recent
 * list), or the session's usual choice. A link that cannot be read leaves the usual design open
 * and says why. True when the address is done with the link's design (opened, or refused: a
 * reload should not open it again, nor repeat the message).
 */
export async function startWithLink(store: AppStore, session: DesignSession, link: LocationLink): Promise<boolean> {
  const others = session.recent().length;
  const catalog = catalogFor(link);
  const outcome = await session.start(link.kind === 'design' ? link.topology : undefined);
  if (link.kind === 'none') return false;
  // A link that cannot be read says nothing about the design left open: its view state is not applied.
  if (link.kind === 'refused') {
    reportOpenProblem(store, 'This link could not be opened', link.problems);
    return true;
  }
  if (link.kind === 'view' && opensLessonStart(outcome)) await openLessonStart(store, session, link.view, catalog, outcome === 'first-visit');
  await applyView(store, link.view, catalog);
  if (link.kind === 'view') return false;
  const kept = others > 0 ? ` Your other designs are kept: ${KEPT_WHERE}.` : '';
  store.getState().notify('info', `Opened “${link.topology.name}” from the link.${kept}${upgradedText(link.upgradedFrom)}`);
  return true;
}

/**
 * A link given to a page already open (the address changed): the same, over the open design.
 * True when the address is done with the link's design (opened or refused); false when it could
 * not be opened yet (a full storage), so that a reload tries again.
 */
export async function openLinkInPage(store: AppStore, session: DesignSession, link: LocationLink): Promise<boolean> {
  if (link.kind === 'none') return false;
  if (link.kind === 'refused') {
    reportOpenProblem(store, 'This link could not be opened', link.problems);
    return true;
  }
  const catalog = catalogFor(link);
  if (link.kind === 'design' && !(await openArrival(store, session, { topology: link.topology, from: 'the link', upgradedFrom: link.upgradedFrom }))) return false;
  if (link.kind === 'view') await openLessonStart(store, session, link.view, catalog, false);
  await applyView(store, link.view, catalog);
  return link.kind === 'design';
}

/** A design file opened or dropped (already through decodeDesignFile): open it, or say why not. */
export async function openDesignFileResult(store: AppStore, session: DesignSession, name: string, result: MigrateResult): Promise<boolean> {
  // A file's name is the user's, but it may be long or hold bidi overrides like any other text from outside.
  const shown = echoText(name);
  if (result.ok) return openArrival(store, session, { topology: result.topology, from: `“${shown}”`, upgradedFrom: result.upgradedFrom });
  reportOpenProblem(store, `“${shown}” could not be opened`, [...problemLines(result.problems), 'Choose a design saved by IOV Studio (a .iov.json file).']);
  return false;
}
