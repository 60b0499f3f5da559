import type { z } from './zod.ts';
import { echoText, echoValue } from './echo.ts';

/** One thing wrong with a document: where (`nodes[3].props.speedGfc`) and what to do about it. */
export type Problem = { path: string; message: string };

export const MAX_PROBLEMS = 50;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

/** A zod issue in words a person can act on. */
export function describeIssue(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  return { path, message: issueMessage(issue) };
}

/** Values from the document are echoed capped and escaped (echo.ts): a file may hold anything. */
const describeValue = echoValue;

/** At most this many unknown field names in one message; a hostile object may have thousands. */
const MAX_KEYS_NAMED = 5;

function describeKeys(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_KEYS_NAMED).map((k) => `"${echoText(k)}"`).join(', ');
  return keys.length > MAX_KEYS_NAMED ? `${named} and ${keys.length - MAX_KEYS_NAMED} more` : named;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing: add ${withArticle(issue.expected)} here.`;
      return `must be ${withArticle(issue.expected)}, not ${describeValue(issue.input)}.`;
    case 'too_big':
      return issue.origin === 'array'
        ? `has too many entries: at most ${String(issue.maximum)} are allowed.`
        : issue.origin === 'string'
          ? `is too long: at most ${String(issue.maximum)} characters.`
          : `is ${describeValue(issue.input)}, above the maximum of ${String(issue.maximum)}.`;
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? `is too short: at least ${String(issue.minimum)} needed.`
        : `is ${describeValue(issue.input)}, below the minimum of ${String(issue.minimum)}${issue.inclusive === false ? ' (exclusive)' : ''}.`;
    case 'invalid_value':
      return `is ${describeValue(issue.input)}: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${describeKeys(issue.keys)}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling.`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        const input = issue.input as Record<string, unknown> | undefined;
        const value = typeof input === 'object' && input !== null ? input[issue.discriminator] : input;
        return `is ${describeValue(value)}, not a known ${issue.discriminator}: use one of ${options.map(String).join(', ')}.`;
      }
      return 'does not match any allowed form.';
    case 'invalid_format':
      return `is ${describeValue(issue.input)}: ${issue.message}.`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}.`;
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

/** Keep the list readable when a hostile or broken file produces thousands of problems. */
export function capProblems(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '(document)', message: `and ${problems.length - MAX_PROBLEMS} more problems.` },
  ];
}
