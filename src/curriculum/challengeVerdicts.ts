import { describeGoal, indexOf, type Challenge, type Goal, type Topology } from '../model/index.ts';
import { simulate, type SimulateOptions, type SimulationResult } from '../sim/index.ts';
import { adapterCount, elementsFlagged, errorCount, everyServerReachesFabrics, failedIos, findingsOf, worstP99 } from './checks.ts';

export type GoalVerdict = { goal: Goal; label: string; met: boolean; detail: string };

/** The runs a challenge's numeric goals read: the design as it is, and the design with an element failed. */
export type ChallengeRuns = { plain(): SimulationResult; faulted(target: string): SimulationResult };

/** The design with `target` failed from time 0: what "survives the failure of" runs. */
export function faultedDesign(topology: Topology, target: string): Topology {
  return { ...topology, settings: { ...topology.settings, faults: [...topology.settings.faults, { at: 0, target }] } };
}

/** The elements whose failure the challenge runs (those in the design; a missing one fails without a run). */
export function faultTargetsRun(challenge: Challenge, topology: Topology): string[] {
  const index = indexOf(topology);
  const targets = challenge.goals.flatMap((g) => (g.kind === 'survives-failure-of' && (index.node(g.target) || index.link(g.target)) ? [g.target] : []));
  return [...new Set(targets)];
}

/**
 * Every goal of a challenge judged afresh on the student's design: the verdicts are never read
 * from a link. Goals that need numbers run the simulation (same seed as the design's settings).
 */
export function evaluateChallenge(challenge: Challenge, topology: Topology, options: SimulateOptions = {}): GoalVerdict[] {
  let plain: SimulationResult | undefined;
  return evaluateWithRuns(challenge, topology, {
    plain: () => (plain ??= simulate(topology, options)),
    faulted: (target) => simulate(faultedDesign(topology, target), options),
  });
}

/** The same judgement on runs made elsewhere (the grade sheet's, in workers). */
export function evaluateWithRuns(challenge: Challenge, topology: Topology, runs: ChallengeRuns): GoalVerdict[] {
  return challenge.goals.map((goal) => ({ goal, label: describeGoal(goal), ...judge(goal, topology, runs) }));
}

function judge(goal: Goal, topology: Topology, runs: ChallengeRuns): { met: boolean; detail: string } {
  switch (goal.kind) {
    case 'every-server-reaches-fabrics': {
      const met = everyServerReachesFabrics(topology);
      // One grouped no-path finding per traffic class: a missing path is one of its servers.
      const missing = findingsOf(topology, 'no-path').reduce((sum, f) => sum + f.subjectIds.length, 0);
      return { met, detail: met ? 'every server has a path to each fabric it uses' : `${missing} missing path(s)` };
    }
    case 'no-error-finding': {
      const errors = errorCount(topology);
      return { met: errors === 0, detail: `${errors} error finding${errors === 1 ? '' : 's'}` };
    }
    case 'no-single-point-of-failure': {
      const count = elementsFlagged(topology, 'single-point-of-failure').length;
      return { met: count === 0, detail: count === 0 ? 'none' : `${count} server${count === 1 ? '' : 's'} with one` };
    }
    case 'at-most-adapters': {
      const count = adapterCount(topology);
      return { met: count <= goal.count, detail: `${count} adapter${count === 1 ? '' : 's'}` };
    }
    case 'p99-under': {
      const p99 = worstP99(runs.plain(), goal.trafficClass);
      const failed = failedIos(runs.plain(), goal.trafficClass);
      return { met: p99 <= goal.ms && failed === 0, detail: `worst p99 ${p99.toFixed(3)} ms${failed > 0 ? `, ${failed} failed` : ''}` };
    }
    case 'survives-failure-of': {
      if (!indexOf(topology).node(goal.target) && !indexOf(topology).link(goal.target)) return { met: false, detail: `${goal.target} is not in the design` };
      const failed = failedIos(runs.faulted(goal.target));
      return { met: failed === 0, detail: failed === 0 ? 'no I/O failed' : `${failed} I/Os failed` };
    }
  }
}
