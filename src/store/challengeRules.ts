import { describeRule, type ChallengeRule } from '../model/index.ts';
import type { NoticeTone } from './notice.ts';

/**
 * What the rules read of the store: the link's challenge with the commands it forbids (decoded when
 * the link was read, share/openFromLocation.ts, so that the codec is not in the page's first load),
 * view-only mode, and the notices (no slice type: slices import this).
 */
type RulesState = { linkView: { challenge?: string; forbid?: readonly ChallengeRule[] }; viewOnly: boolean; notify(tone: NoticeTone, text: string): void };

/** The commands the open challenge forbids (none when no challenge is open, or for an answer being read). */
export function forbiddenRules(state: Omit<RulesState, 'notify'>): readonly ChallengeRule[] {
  if (!state.linkView.challenge || state.viewOnly) return [];
  return state.linkView.forbid ?? [];
}

/**
 * Refuses a command the open challenge forbids, saying why and what to do; true when refused. The
 * app's side of an honour system: the verdicts are judged on the design, however it was made.
 */
export function refusedByChallenge(state: RulesState, rule: ChallengeRule): boolean {
  if (!forbiddenRules(state).includes(rule)) return false;
  state.notify('refusal', `This challenge is to be solved by hand: ${describeRule(rule)} is turned off while it is open. Close the challenge to use it again.`);
  return true;
}
