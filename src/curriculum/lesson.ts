import type { Topology } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import type { LessonFigure } from './figures.ts';

/**
 * What a check sees: the document, and the latest simulation result when it belongs to this very
 * document (the panel passes none when the design changed since the run).
 */
export type CheckContext = { topology: Topology; result?: SimulationResult };

export type Verdict = { done: true } | { done: false; hint: string };

export type Step = {
  /**
   * Short; `[[term]]` links a glossary word; `{{name}}` is a figure of the lesson's `figures` and
   * `{{label:id}}` an element's label, filled from the design and its run (no figure typed in).
   */
  text: string;
  /** The design the step starts from; when absent, the learner's design carries on. */
  start?: () => Topology;
  /** Nodes to spotlight (presenter mode) and highlight. */
  highlight?: string[];
  /** What presenter mode does with the simulation on entering the step. */
  simulation?: 'play' | 'pause';
  /** Whether the step is done; a step without a check is read and passed with Next. */
  check?: (context: CheckContext) => Verdict;
};

export type Lesson = {
  id: string; title: string; summary: string; minutes: number; steps: Step[];
  /** The figures the steps' texts name, each from the design, its run or the analytic model. */
  figures?: Readonly<Record<string, LessonFigure>>;
};

export const DONE: Verdict = { done: true };
export const hint = (text: string): Verdict => ({ done: false, hint: text });
