import { useEffect, useMemo, useState } from 'react';
import type { Challenge, Topology } from '../../model/index.ts';
import { evaluateChallenge, type GoalVerdict } from '../../curriculum/challengeVerdicts.ts';
import { isSimulatedGoal } from '../../curriculum/challengeDraft.ts';

/** A goal's state on screen: judged, being judged (the simulation runs), or not judged yet. */
export type GoalState = GoalVerdict | 'checking' | null;

type SimulatedCheck = { document: Topology; verdicts: GoalVerdict[] };

/**
 * The verdicts of a challenge on the design on show, always computed here: the goals judged from
 * the design alone at every edit, the simulated ones when asked (`check`), for the design they were
 * asked on (an edit since makes them "not checked" again). `judgeAtOnce`: an answer handed in is
 * judged whole as soon as it opens.
 */
export function useChallengeVerdicts(challenge: Challenge, document: Topology, judgeAtOnce: boolean) {
  const [simulated, setSimulated] = useState<SimulatedCheck | null>(null);
  const [askedOn, setAskedOn] = useState<Topology | null>(null);
  const hasSimulated = challenge.goals.some(isSimulatedGoal);
  const live = useMemo(() => evaluateChallenge({ ...challenge, goals: challenge.goals.filter((g) => !isSimulatedGoal(g)) }, document), [challenge, document]);
  const current = simulated?.document === document ? simulated : null;
  const checking = hasSimulated && current === null && (judgeAtOnce || askedOn === document);
  useEffect(() => {
    if (!checking) return;
    // After a paint, so "Checking…" shows while the simulation runs in this page (a second or so).
    const timer = setTimeout(() => setSimulated({ document, verdicts: evaluateChallenge({ ...challenge, goals: challenge.goals.filter(isSimulatedGoal) }, document) }), 30);
    return () => clearTimeout(timer);
  }, [checking, challenge, document]);
  const check = () => {
    setSimulated(null);
    setAskedOn(document);
  };
  const states: GoalState[] = challenge.goals.map((goal) => {
    if (!isSimulatedGoal(goal)) return live.find((v) => v.goal === goal) ?? null;
    if (checking) return 'checking';
    return current?.verdicts.find((v) => v.goal === goal) ?? null;
  });
  const judged = states.every((s) => s !== null && s !== 'checking');
  const met = states.filter((s) => s !== null && s !== 'checking' && s.met).length;
  return { states, judged, met, checking, hasSimulated, check };
}
