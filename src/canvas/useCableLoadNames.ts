import { useMemo, useState } from 'react';
import { isLinkDownNow, linkUtilization } from '../store/simulationSelectors.ts';
import { useAppStore } from '../store/hooks.ts';
import { loadPhrase, withCableLoads, type NamedCable } from './cableLoadNames.ts';
import type { FlowEdge } from './flowTypes.ts';

type LoadState = Parameters<typeof linkUtilization>[0] & { document: { links: readonly { id: string }[] } };

/**
 * Every cable's load as said in its name, one "id=phrase" line per cable, in one string: it changes
 * only when a figure a person hears changes (whole percents), not at every frame of a run.
 */
function spokenLoads(s: LoadState): string {
  if (!s.simulation.frame) return '';
  return s.document.links.map((l) => `${l.id}=${loadPhrase(isLinkDownNow(s, l.id) ? 'down' : linkUtilization(s, l.id))}`).join('\n');
}

function parseSpoken(spoken: string): Map<string, string> {
  return new Map(spoken ? spoken.split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const) : []);
}

/** The cables React Flow draws, named with their rate and their load now (see withCableLoads). */
export function useCableLoadNames(edges: readonly FlowEdge[]): FlowEdge[] {
  const spoken = useAppStore(spokenLoads);
  // What was drawn last time, kept across renders so that an unchanged cable stays the same object.
  const [drawn] = useState(() => new Map<string, NamedCable>());
  return useMemo(() => withCableLoads(edges, parseSpoken(spoken), drawn), [edges, spoken, drawn]);
}
