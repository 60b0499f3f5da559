import { dedicate, example, scaleDesign, type Topology } from '../../model/index.ts';
import { adapterCountFigure, ioCost, ofCounterpart, ofDesign, poolingSavingPerServer, serverCount } from '../figures.ts';
import type { Lesson } from '../lesson.ts';

/** How many servers the large row has: eight times the classic rack, the size where one switch is shared widely. */
const ROW_SERVERS = 64;

/** A row of servers, each with its own HBA and NIC: the scale design made dedicated. */
function dedicatedRow(): Topology {
  const row = dedicate(scaleDesign(ROW_SERVERS));
  if (!row.ok) throw new Error(row.reason);
  return { ...row.topology, name: 'A row of dedicated servers' };
}

export const whenItPays: Lesson = {
  id: 'when-it-pays',
  title: '7. When does virtualization pay?',
  summary: 'The dedicated and virtualized bills side by side, for one rack and for a row.',
  minutes: 4,
  figures: {
    servers: serverCount, adapters: adapterCountFigure, ioCost,
    pooledAdapters: ofCounterpart(adapterCountFigure), pooledIoCost: ofCounterpart(ioCost),
    saving: poolingSavingPerServer, rackSaving: ofDesign(() => example('classic-rack'), poolingSavingPerServer),
  },
  steps: [
    {
      text: 'The classic rack: {{servers}} servers with {{adapters}} [[dedicated]] adapters; the I/O part of its bill is {{ioCost}}. Does pooling them in an [[IOV switch]] pay?',
      start: () => example('classic-rack'),
    },
    {
      text: 'Open Compare (Design ▸ Compare dedicated and virtualized). Pooled, the rack needs {{pooledAdapters}} adapters and a switch: {{pooledIoCost}} of I/O, {{saving}} per server. Read the [[p99]] beside it too: sharing adds a little waiting.',
    },
    {
      text: 'Now a row of {{servers}} servers, each with its own adapters: {{adapters}} of them, {{ioCost}} of I/O.',
      start: dedicatedRow,
    },
    {
      text: 'Compare again (both designs are large: it takes longer). Pooled: {{pooledAdapters}} adapters, {{pooledIoCost}} of I/O, {{saving}} per server, against {{rackSaving}} per server for the classic rack. A switch costs the same however many servers share it: the more share it, the more it pays.',
    },
  ],
};
