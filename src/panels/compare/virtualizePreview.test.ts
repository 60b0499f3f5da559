import { describe, expect, it } from 'vitest';
import { addNode, example, setProperties } from '../../model/index.ts';
import { switchChoices, virtualizePreview } from './virtualizePreview.ts';

describe('what virtualizing would do', () => {
  it('says it of the classic rack onto a new switch', () => {
    expect(virtualizePreview(example('classic-rack'))).toEqual({
      ok: true,
      lines: [
        '8 servers give up their 16 dedicated adapters.',
        'A new IOV switch 1 pools 2 HBAs and 2 NICs, sized to stay under 70 % busy with one adapter failed.',
        '8 PCIe cables join each server to the switch once.',
      ],
    });
  });

  it('lists the switches with their free ports, and gives the model’s reason for one too small', () => {
    const added = addNode(example('classic-rack'), 'iov-switch', { x: 0, y: 300 });
    if (!added.ok) throw new Error(added.reason);
    const small = setProperties(added.topology, 'sw1', { serverPorts: 4 });
    if (!small.ok) throw new Error(small.reason);
    expect(switchChoices(small.topology)).toEqual([{ id: 'sw1', label: 'IOV switch 1', free: 4 }]);
    expect(virtualizePreview(small.topology, 'sw1')).toEqual({ ok: false, reason: 'IOV switch 1 has 4 free server ports for 8 servers: choose a larger switch or a new one.' });
  });
});
