import { indexOf } from '../model/index.ts';
import { formatFigure, type LessonFigure } from './figures.ts';
import type { CheckContext } from './lesson.ts';

/** `{{name}}` names a figure of the lesson; `{{label:id}}` the label of an element of the design. */
export const TEMPLATE = /\{\{([a-zA-Z0-9:_-]+)\}\}/g;

/** Shown where a figure needs a run the design does not have yet. */
export const AWAITING_RUN = '(run the simulation to see)';

/**
 * A step's text with its figures filled: the run's value when the design on show has a finished run
 * (`context.result`, current by construction), else the design's exact count, else the analytic
 * model's "about …". A name the lesson does not define reads "?" (a unit test keeps there being none).
 */
export function fillStepText(text: string, figures: Readonly<Record<string, LessonFigure>>, context: CheckContext): string {
  return text.replace(TEMPLATE, (_, name: string) => {
    if (name.startsWith('label:')) {
      const id = name.slice('label:'.length);
      return indexOf(context.topology).node(id)?.label ?? id;
    }
    const figure = figures[name];
    return figure ? figureText(figure, context) : '?';
  });
}

function figureText(figure: LessonFigure, context: CheckContext): string {
  if (figure.target !== undefined) return formatFigure(figure.target, figure.unit);
  // A figure of another design never reads the run on show, which is not of that design.
  const { topology, result } = figure.of ? { topology: figure.of(), result: undefined } : context;
  if (figure.run && result) return formatFigure(figure.run(result, topology), figure.unit);
  if (figure.design) return formatFigure(figure.design(topology), figure.unit);
  const analytic = figure.analytic?.(topology);
  return analytic === undefined ? AWAITING_RUN : `about ${formatFigure(analytic, figure.unit)}`;
}

/** The names a text's templates use, labels apart. */
export function templateNames(text: string): string[] {
  return [...text.matchAll(TEMPLATE)].map((m) => m[1]!).filter((n) => !n.startsWith('label:'));
}
