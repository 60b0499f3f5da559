import { checkDesign, countBySeverity, movedOnly, SEVERITIES, type Finding, type Severity, type Topology, type TopologyLink, type TopologyNode } from '../model/index.ts';
import type { AppState } from './appState.ts';

/**
 * Selectors at module level (xyflow hooks/useNodes.ts), with derived values cached per document:
 * documents are immutable, so a WeakMap keyed by the document is always right.
 */
const findingsCache = new WeakMap<Topology, Finding[]>();
/** The design last checked: the end of a drag moves nodes only, and keeps its findings (no long frame). */
let lastChecked: { topology: Topology; findings: Finding[] } | null = null;

export function findingsOf(topology: Topology): Finding[] {
  let findings = findingsCache.get(topology);
  if (findings) return findings;
  findings = lastChecked && movedOnly(lastChecked.topology, topology) ? lastChecked.findings : checkDesign(topology);
  findingsCache.set(topology, findings);
  lastChecked = { topology, findings };
  return findings;
}

export const selectDocument = (s: AppState) => s.document;
export const selectFindings = (s: AppState) => findingsOf(s.document);
export const selectFindingCounts = (s: AppState) => countsOf(s.document);
export const selectSelected = (s: AppState) => s.selected;

const countsCache = new WeakMap<Topology, Record<Severity, number>>();
function countsOf(topology: Topology) {
  let counts = countsCache.get(topology);
  if (!counts) countsCache.set(topology, (counts = countBySeverity(findingsOf(topology))));
  return counts;
}

/**
 * The badges: on each element that anchors findings, the worst severity and how many. A finding has
 * one badge at most, on its one subject or on what its subjects share (the switch of "8 servers reach
 * storage only through sw1"); a finding whose subjects share nothing has none, and the list shows it.
 */
export type FindingMark = { severity: Severity; count: number };
const marksCache = new WeakMap<Topology, ReadonlyMap<string, FindingMark>>();

export function findingMarksOf(topology: Topology): ReadonlyMap<string, FindingMark> {
  let marks = marksCache.get(topology);
  if (marks) return marks;
  const built = new Map<string, FindingMark>();
  for (const { anchorId, severity } of findingsOf(topology)) {
    if (anchorId === null) continue;
    const mark = built.get(anchorId);
    built.set(anchorId, mark ? { count: mark.count + 1, severity: worse(mark.severity, severity) } : { severity, count: 1 });
  }
  marksCache.set(topology, (marks = built));
  return marks;
}

function worse(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

export type SelectedElements = { nodes: TopologyNode[]; links: TopologyLink[] };

let lastSelection: { document: Topology; selected: readonly string[]; result: SelectedElements } | undefined;

/**
 * The selected nodes and links that exist in the document, in selection order. The same object
 * for the same document and selection, so a component can select it without re-rendering in a loop.
 */
export function selectedElements(state: Pick<AppState, 'document' | 'selected'>): SelectedElements {
  if (lastSelection?.document === state.document && lastSelection.selected === state.selected) return lastSelection.result;
  const result = findSelected(state);
  lastSelection = { document: state.document, selected: state.selected, result };
  return result;
}

function findSelected(state: Pick<AppState, 'document' | 'selected'>): SelectedElements {
  const nodes: TopologyNode[] = [];
  const links: TopologyLink[] = [];
  for (const id of state.selected) {
    const node = state.document.nodes.find((n) => n.id === id);
    if (node) nodes.push(node);
    else {
      const link = state.document.links.find((l) => l.id === id);
      if (link) links.push(link);
    }
  }
  return { nodes, links };
}

let lastShown: { document: Topology; selected: readonly string[]; finding: Finding | undefined } | undefined;

/**
 * The finding the person picked in the list: the one whose elements are exactly the selection.
 * Derived, not stored, so that any other selection (a click on the canvas) drops it by itself.
 */
export function shownFinding(state: Pick<AppState, 'document' | 'selected'>): Finding | undefined {
  if (lastShown?.document === state.document && lastShown.selected === state.selected) return lastShown.finding;
  const selected = new Set(state.selected);
  const finding = selected.size === 0 ? undefined : findingsOf(state.document).find((f) => {
    const ids = new Set([...f.nodeIds, ...f.linkIds]);
    return ids.size === selected.size && [...ids].every((id) => selected.has(id));
  });
  lastShown = { document: state.document, selected: state.selected, finding };
  return finding;
}

/** At most this many names under a grouped finding: the canvas outlines them all. */
const NAMES_SHOWN = 12;

/** Per finding: a finding is checked from one document, whose labels it names (a relabel is a new check). */
const labelsCache = new WeakMap<Finding, string>();

/** The labels of a grouped finding's subjects, for the list: "Web 1, Web 2, DB 1 and 5 more". */
export function subjectLabels(topology: Topology, finding: Finding): string {
  let text = labelsCache.get(finding);
  if (text !== undefined) return text;
  const labelOf = new Map(topology.nodes.map((n) => [n.id, n.label]));
  const labels = finding.subjectIds.map((id) => labelOf.get(id) ?? id);
  if (labels.length < 2) text = '';
  else if (labels.length <= NAMES_SHOWN) text = `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  else text = `${labels.slice(0, NAMES_SHOWN - 1).join(', ')} and ${labels.length - NAMES_SHOWN + 1} more`;
  labelsCache.set(finding, text);
  return text;
}
