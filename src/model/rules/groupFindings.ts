import type { Finding, Observation, Rule, RuleContext } from './finding.ts';

/**
 * One rule's observations as findings: those with the same severity and remedy merge into one
 * finding that lists every element concerned, so that 8 servers on one switch read as one problem
 * with one fix, not eight. The merged finding's badge sits on the element every observation shares
 * (the switch); when they share none it has no badge, and the findings list alone shows it.
 */
export function groupFindings(rule: Rule, observations: readonly Observation[], context: RuleContext): Finding[] {
  const groups = new Map<string, Observation[]>();
  observations.forEach((observation, i) => {
    const key = observation.remedy !== undefined && rule.describeGroup ? `${observation.severity}\n${observation.remedy}` : `alone ${i}`;
    const group = groups.get(key);
    if (group) group.push(observation);
    else groups.set(key, [observation]);
  });
  return [...groups.values()].map((group) => (group.length === 1 ? lone(group[0]!) : merged(group, rule.describeGroup!(group, context))));
}

function lone({ subjectId, anchorId, remedy: _remedy, ...finding }: Observation): Finding {
  return { ...finding, subjectIds: [subjectId], anchorId: anchorId ?? subjectId };
}

function merged(group: readonly Observation[], message: string): Finding {
  const subjectIds = unique(group.map((o) => o.subjectId));
  const nodeIds = unique([...subjectIds.filter((id) => group.some((o) => o.nodeIds.includes(id))), ...group.flatMap((o) => o.nodeIds)]);
  const linkIds = unique(group.flatMap((o) => o.linkIds));
  return { rule: group[0]!.rule, severity: group[0]!.severity, message, nodeIds, linkIds, subjectIds, anchorId: sharedElement(group, subjectIds) };
}

/** The first node (else cable) that every observation of the group concerns and that is none of its subjects. */
function sharedElement(group: readonly Observation[], subjectIds: readonly string[]): string | null {
  const shared = (ids: (o: Observation) => readonly string[]) =>
    ids(group[0]!).find((id) => !subjectIds.includes(id) && group.every((o) => ids(o).includes(id)));
  return shared((o) => o.nodeIds) ?? shared((o) => o.linkIds) ?? null;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
