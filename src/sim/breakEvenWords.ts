import type { BreakEven } from './breakEven.ts';

/** Where virtualization starts to pay, in one sentence per figure: "costs less from 11 servers". */
export function crossoverSentences(result: BreakEven): string[] {
  const last = result.points.at(-1)?.servers ?? 0;
  const say = (what: string, at: number | null) => (at === null
    ? `Virtualization never ${what} below ${last} servers.`
    : at === result.points[0]?.servers ? `Virtualization ${what} at every count from ${at} servers.` : `Virtualization ${what} from ${at} servers.`);
  return [say('costs less', result.breakEven.cost), say('uses less power', result.breakEven.power)];
}

