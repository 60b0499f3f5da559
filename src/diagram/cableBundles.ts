/**
 * Parallel cables drawn as one (issue 17): once servers are grouped, the cables between the same
 * two drawn ends (a group, a node) and of the same kind are one bundle, "48 × PCIe Gen3 x8".
 */
export type BundledCable = { id: string; source: string; target: string; kind: string; what: string };

export type CableBundle = { id: string; source: string; target: string; kind: string; linkIds: string[]; label: string };

/**
 * Bundles the cables whose ends `drawnAs` maps (a grouped server to its group; others to
 * themselves). A cable alone between its two ends is left out: it is drawn as itself. The label
 * counts the cables and says what they are when all alike ("48 × PCIe Gen3 x8"), else their kind.
 */
export function bundleCables(cables: readonly BundledCable[], drawnAs: (nodeId: string) => string): CableBundle[] {
  const byEnds = new Map<string, { source: string; target: string; kind: string; cables: BundledCable[] }>();
  for (const cable of cables) {
    const source = drawnAs(cable.source);
    const target = drawnAs(cable.target);
    const key = `${source}\u0000${target}\u0000${cable.kind}`;
    const bundle = byEnds.get(key);
    if (bundle) bundle.cables.push(cable);
    else byEnds.set(key, { source, target, kind: cable.kind, cables: [cable] });
  }
  return [...byEnds.values()].filter((b) => b.cables.length > 1).map((b) => {
    const whats = new Set(b.cables.map((c) => c.what));
    const what = whats.size === 1 ? b.cables[0]!.what : `${b.kind} cables`;
    return { id: `bundle:${b.source}>${b.target}:${b.kind}`, source: b.source, target: b.target, kind: b.kind, linkIds: b.cables.map((c) => c.id), label: `${b.cables.length} × ${what}` };
  });
}
