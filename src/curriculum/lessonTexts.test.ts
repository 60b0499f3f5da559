import { describe, expect, it } from 'vitest';
import type { Topology } from '../model/index.ts';
import { simulate, type SimulationResult } from '../sim/index.ts';
import { formatFigure, type LessonFigure } from './figures.ts';
import { LESSONS, type Lesson } from './index.ts';
import { fillStepText, templateNames } from './stepText.ts';

/** Digits and number words: a figure typed into a text instead of filled from a template. */
const LITERAL_FIGURE = /\d|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|half|twice|double)\b/i;

/** What a text says outside its templates, glossary links and the names p99 and I/O. */
const plainWords = (text: string) => text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\[\[[^\]]*\]\]/g, ' ').replace(/\bp99\b/g, ' ');

/** The design a step shows: the start of the step itself or of the last step before it that has one. */
function stepDesign(lesson: Lesson, step: number): Topology {
  for (let i = step; i >= 0; i--) {
    const start = lesson.steps[i]!.start;
    if (start) return start();
  }
  throw new Error(`${lesson.id} has no starting design`);
}

/** Two-sided Student t at 99 % for 4 degrees of freedom (5 runs). */
const T_99_4 = 4.604;
const SEEDS = [1, 2, 3, 4, 5];

/** The run's 99 % interval of a figure: five runs of the design on different seeds (independent replications). */
const runs = new Map<string, SimulationResult>();
function runOf(design: Topology, seed: number): SimulationResult {
  const key = `${JSON.stringify(design)}#${seed}`;
  if (!runs.has(key)) runs.set(key, simulate({ ...design, settings: { ...design.settings, seed } }));
  return runs.get(key)!;
}

function runInterval(design: Topology, figure: LessonFigure): [number, number] {
  const values = SEEDS.map((seed) => figure.run!(runOf(design, seed), design));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1));
  const half = (T_99_4 * sd) / Math.sqrt(values.length);
  return [mean - half, mean + half];
}

/** The range a shown figure stands for: "12 %" is anything that rounds to it. */
function shownRange(value: number, figure: LessonFigure): [number, number] {
  const shown = formatFigure(value, figure.unit);
  const digits = shown.split(' ')[0]!.split('.')[1]?.length ?? 0;
  const scale = figure.unit === 'percent' ? 0.01 : 1;
  const half = (0.5 * 10 ** -digits) * scale;
  return [value - half, value + half];
}

describe('lesson texts', () => {
  it('hold no literal figure outside their templates', () => {
    for (const lesson of LESSONS) {
      const texts = [lesson.title.replace(/^\d+\. /, ''), lesson.summary, ...lesson.steps.map((s) => s.text)];
      for (const text of texts) expect(plainWords(text), `${lesson.id}: ${text}`).not.toMatch(LITERAL_FIGURE);
    }
  });

  it('name only figures their lesson defines, and fill every one', () => {
    for (const lesson of LESSONS) {
      lesson.steps.forEach((step, i) => {
        for (const name of templateNames(step.text)) expect(lesson.figures?.[name], `${lesson.id} step ${i + 1}: {{${name}}}`).toBeDefined();
        const filled = fillStepText(step.text, lesson.figures ?? {}, { topology: stepDesign(lesson, i) });
        expect(filled, `${lesson.id} step ${i + 1}`).not.toMatch(/\{\{|\s\?(\s|$)/);
      });
    }
  });

  it("fill each analytic figure inside its run's 99 % interval, on the step's own design", () => {
    const checked: string[] = [];
    for (const lesson of LESSONS) {
      lesson.steps.forEach((step, i) => {
        for (const name of templateNames(step.text)) {
          const figure = lesson.figures![name]!;
          const design = figure.of?.() ?? stepDesign(lesson, i);
          const analytic = figure.analytic?.(design);
          if (analytic === undefined || !figure.run) continue;
          const [low, high] = runInterval(design, figure);
          const [shownLow, shownHigh] = shownRange(analytic, figure);
          expect(shownHigh >= low && shownLow <= high, `${lesson.id} step ${i + 1} {{${name}}}: about ${formatFigure(analytic, figure.unit)} vs run [${low}, ${high}]`).toBe(true);
          checked.push(`${lesson.id}/${name}`);
        }
      });
    }
    // The figures the learner reads before running: lesson 2's busiest adapter, lesson 6's mean busy adapter of both racks.
    expect(new Set(checked)).toEqual(new Set(['idle-adapters/busiest', 'size-it/meanBusy', 'size-it/classicMeanBusy']));
  }, 60_000);
});
