import { example, indexOf } from '../../model/index.ts';
import { dedicatedAdapters, errorCount, pooledAdapters } from '../checks.ts';
import { adapterCountFigure, ofDesign, serverCount } from '../figures.ts';
import { DONE, hint, type Lesson } from '../lesson.ts';

/** How many FC HBAs and how many NICs the learner moves into the pool. */
const POOLED_EACH = 2;

export const moveToSwitch: Lesson = {
  id: 'move-to-switch',
  title: '3. Into the switch',
  summary: 'Move the adapters into an I/O virtualization switch, one PCIe cable per server.',
  minutes: 5,
  figures: {
    servers: serverCount, pooledEach: { unit: 'count', target: POOLED_EACH },
    adapters: adapterCountFigure, classicAdapters: ofDesign(() => example('classic-rack'), adapterCountFigure),
  },
  steps: [
    { text: 'Start from the classic rack. An [[IOV switch]] can hold the adapters for all {{servers}} servers.', start: () => example('classic-rack') },
    {
      text: 'Add an IOV switch from the palette.',
      check: ({ topology }) => (indexOf(topology).switches.length > 0 ? DONE : hint('Drag "IOV switch" from the palette onto the canvas.')),
    },
    {
      text: 'Give each server one [[PCIe cable]] to the switch: drag from the server to the switch.',
      check: ({ topology }) => {
        const index = indexOf(topology);
        const missing = index.servers.filter((s) => index.pcieCablesOf(s.id).length === 0);
        return missing.length === 0 ? DONE : hint(`${missing.length} server${missing.length === 1 ? '' : 's'} still ${missing.length === 1 ? 'has' : 'have'} no PCIe cable: ${missing.map((s) => s.label).join(', ')}.`);
      },
    },
    {
      text: 'Move {{pooledEach}} FC HBAs and {{pooledEach}} NICs from the servers into the switch: they become a shared [[pool]]. Each keeps its cable to the SAN or LAN.',
      check: ({ topology }) => {
        const hbas = pooledAdapters(topology, 'fc-hba').filter((id) => indexOf(topology).fabricOf(id));
        const nics = pooledAdapters(topology, 'eth-nic').filter((id) => indexOf(topology).fabricOf(id));
        if (hbas.length >= POOLED_EACH && nics.length >= POOLED_EACH) return DONE;
        return hint(`The pool has ${hbas.length} cabled FC HBA${hbas.length === 1 ? '' : 's'} and ${nics.length} cabled NIC${nics.length === 1 ? '' : 's'}: drag adapters from servers onto the switch (${POOLED_EACH} of each).`);
      },
    },
    {
      text: 'Remove the adapters left in the servers: the pool serves everyone now: {{adapters}} adapters instead of {{classicAdapters}}.',
      check: ({ topology }) => {
        const left = dedicatedAdapters(topology);
        if (left.length > 0) return hint(`${left.length} adapter${left.length === 1 ? ' is' : 's are'} still inside servers: select and delete ${left.length === 1 ? 'it' : 'them'}.`);
        return errorCount(topology) === 0 ? DONE : hint('The findings panel shows an error: fix it to finish.');
      },
    },
  ],
};
