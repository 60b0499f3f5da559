import type { Problem } from '../model/index.ts';

/** Enough problems to see what is wrong; a design damaged throughout would list hundreds. */
export const MAX_PROBLEM_LINES = 5;

/** Problems as lines for people: "where: what", the first few, then how many more. */
export function problemLines(problems: readonly Problem[]): string[] {
  const lines = problems.slice(0, MAX_PROBLEM_LINES).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length - MAX_PROBLEM_LINES;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}.`);
  return lines;
}
