/**
 * The words lesson texts link to, in the domain's vocabulary (domain.md §1). A lesson writes
 * `[[FC HBA]]` or `[[pool|pooled adapters]]` (term, then the words shown) and the panel links it here.
 */
export const GLOSSARY: Readonly<Record<string, string>> = {
  server: 'A compute host. It produces storage I/O (to a SAN) and network traffic (to a LAN).',
  'FC HBA': 'A Fibre Channel host bus adapter: carries a server\'s storage I/O over an FC cable into the SAN.',
  NIC: 'An Ethernet network interface card: carries a server\'s network traffic over an Ethernet cable into the LAN.',
  SAN: 'The storage area network: the Fibre Channel fabric and its disk arrays.',
  LAN: 'The local area network: the Ethernet fabric.',
  'IOV switch': 'An I/O virtualization switch: an external PCIe switch holding real adapters that several servers share. Each server sees virtual adapters that look like its own.',
  'PCIe cable': 'The one cable a server needs to an IOV switch: it extends the server\'s PCIe bus to the switch.',
  dedicated: 'An adapter inside a server, serving that server alone.',
  pool: 'The adapters in an IOV switch, shared by every server cabled to it: an I/O waits only when all of them are busy.',
  utilization: 'The share of time an adapter port is busy. Dedicated adapters sit under 15 % busy on average (vendors\' figure).',
  'p99': 'The 99th percentile of response time: 99 I/Os in 100 complete faster than this.',
  'single point of failure': 'One switch, adapter or cable whose failure cuts a server off from its SAN or LAN.',
  'N+1': 'Sized with one spare: the target is still met when any one adapter of the pool fails.',
  'confidence interval': 'The range that holds the true figure with 99 % confidence, from the run\'s batches: the longer the run, the narrower.',
  failover: 'When an adapter or path fails, its I/O moves to the surviving ones.',
  'queue depth': 'How many I/Os a server keeps outstanding at once (fio\'s iodepth): at its depth, it issues the next when one completes.',
  'noisy neighbour': 'A server that takes so much of a shared pool that the others\' I/Os wait behind its own.',
  QoS: 'Quality of service: per server, a weight in the pool, a guaranteed rate and a cap. A capped server\'s excess waits in its own queue, never in the pool.',
  'Erlang C': 'The probability that an I/O has to wait in a pool of c ports (the M/M/c queue): the analytic figure beside the simulated one.',
};

export type TextSegment = { text: string } | { text: string; term: string; definition: string };

/** Splits a lesson text into plain runs and glossary links; an unknown term stays plain text. */
export function segmentText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const pattern = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    const term = match[1]!;
    const shown = match[2] ?? term;
    const definition = GLOSSARY[term];
    segments.push(definition ? { text: shown, term, definition } : { text: shown });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
