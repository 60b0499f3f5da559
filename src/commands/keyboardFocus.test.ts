import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import type { CableStop, CanvasView, NodeRect, Side } from './canvasView.ts';
import type { CommandContext } from './command.ts';
import { nearestTo } from './navigation.ts';
import { commandById } from './registry.ts';
import { neighbourAfterDelete } from './selection.ts';

const centre = (r: NodeRect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * The canvas as commands see it: every node 200 × 100 where the document puts it, every cable a
 * 24 px box halfway between the centres of the nodes drawing its ends (an adapter's, its parent).
 */
function fakeView(store: AppStore) {
  const nodeRects = (): NodeRect[] => store.getState().document.nodes
    .filter((n) => !('parentId' in n && n.parentId))
    .map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: 200, height: 100 }));
  const drawnAs = (id: string) => {
    const node = store.getState().document.nodes.find((n) => n.id === id);
    return (node && 'parentId' in node && node.parentId) || id;
  };
  const view = {
    focused: [] as string[],
    canvasFocused: 0,
    centre: () => ({ x: 0, y: 0 }),
    fit: () => {},
    frame: () => {},
    focus: (id: string) => { view.focused.push(id); },
    focusCanvas: () => { view.canvasFocused++; },
    focusedId: (): string | undefined => view.focused.at(-1),
    nodeRects,
    cables: (): CableStop[] => {
      const rects = new Map(nodeRects().map((r) => [r.id, r]));
      return store.getState().document.links.map((link) => {
        const [from, to] = [drawnAs(link.source), drawnAs(link.target)];
        const a = centre(rects.get(from)!);
        const b = centre(rects.get(to)!);
        // As the canvas draws them: PCIe from a server's bottom into a switch's top; a fabric cable
        // from the side of its adapter's slot facing the fabric into the fabric's top.
        const sides: [Side, Side] = link.kind === 'pcie' ? ['down', 'up'] : [b.x < a.x ? 'left' : 'right', 'up'];
        return { id: link.id, x: (a.x + b.x) / 2 - 12, y: (a.y + b.y) / 2 - 12, width: 24, height: 24, ends: [{ id: from, side: sides[0] }, { id: to, side: sides[1] }] };
      });
    },
  } satisfies CanvasView & Record<string, unknown>;
  return view;
}

function context(): CommandContext & { store: AppStore; view: ReturnType<typeof fakeView> } {
  const store = createAppStore(example('virtualized-rack'));
  return { store, view: fakeView(store) };
}

const run = (ctx: CommandContext, id: string) => {
  const command = commandById[id]!;
  expect(command.isEnabled(ctx), `${id} enabled`).toBe(true);
  command.run(ctx);
};

describe('the arrows reach the cables between the parts', () => {
  it('↓ from a server selects its cable, ↓ again the switch; ← and → go along the cables', () => {
    const ctx = context();
    ctx.store.getState().select(['s4']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['l4']);
    run(ctx, 'select-right');
    expect(ctx.store.getState().selected).toEqual(['l5']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['sw1']);
    run(ctx, 'select-up');
    // Straight up from the switch's middle: the cable of the server above it.
    expect(ctx.store.getState().selected).toEqual(['l4']);
    expect(ctx.view.focused).toEqual(['l4', 'l5', 'sw1', 'l4']);
  });

  it('→ along the row of servers stays on the row, even across a gap, not on the cables below it', () => {
    const ctx = context();
    ctx.store.getState().select(['s1']);
    run(ctx, 'select-right');
    expect(ctx.store.getState().selected).toEqual(['s2']);
    ctx.store.getState().remove(['s3']);
    ctx.store.getState().select(['s2']);
    run(ctx, 'select-right');
    expect(ctx.store.getState().selected).toEqual(['s4']);
  });

  it('from an adapter’s cable, down to its fabric, and back up to the switch', () => {
    const ctx = context();
    ctx.store.getState().select(['l9']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['san1']);
    run(ctx, 'select-up');
    // Up from the SAN: its cables leave from its top; the one most in line with it.
    expect(ctx.store.getState().selected).toEqual(['l9']);
    run(ctx, 'select-up');
    expect(ctx.store.getState().selected).toEqual(['sw1']);
  });

  it('starts from the part that has the focus when nothing is selected', () => {
    const ctx = context();
    ctx.view.focused.push('s2');
    run(ctx, 'select-right');
    expect(ctx.store.getState().selected).toEqual(['s3']);
  });
});

describe('after a delete the focus goes to a neighbour, unselected', () => {
  it('from a server to the server drawn nearest to it', () => {
    const ctx = context();
    ctx.store.getState().select(['s3']);
    run(ctx, 'delete');
    expect(ctx.store.getState().document.nodes.some((n) => n.id === 's3')).toBe(false);
    // s2 and s4 are both 230 px away; the first found wins, the same every time.
    expect(ctx.view.focused).toEqual(['s2']);
    expect(ctx.store.getState().selected).toEqual([]);
  });

  it('from an adapter in a slot to its switch, from a cable to its first end', () => {
    const ctx = context();
    ctx.store.getState().select(['hba1']);
    run(ctx, 'delete');
    ctx.store.getState().select(['l11']);
    run(ctx, 'delete');
    expect(ctx.view.focused).toEqual(['sw1', 'nic1']);
  });

  it('to the canvas when nothing is left', () => {
    const ctx = context();
    run(ctx, 'select-all');
    run(ctx, 'delete');
    expect(ctx.store.getState().document.nodes).toEqual([]);
    expect(ctx.view.focused).toEqual([]);
    expect(ctx.view.canvasFocused).toBe(1);
  });

  it('skips the adapters that go with their deleted switch', () => {
    const topology = example('virtualized-rack');
    const rects = [{ id: 'sw1', x: 695, y: 260, width: 200, height: 100 }, { id: 'san1', x: 403, y: 640, width: 200, height: 100 }, { id: 's4', x: 690, y: 0, width: 200, height: 100 }];
    expect(neighbourAfterDelete(topology, ['sw1'], rects)).toBe('s4');
    expect(neighbourAfterDelete(topology, ['sw1', 's4', 'san1'], rects)).toBeUndefined();
  });

  it('nearestTo measures between centres', () => {
    const from = { id: 'a', x: 0, y: 0, width: 10, height: 10 };
    expect(nearestTo([from, { id: 'b', x: 100, y: 0, width: 10, height: 10 }, { id: 'c', x: 0, y: 50, width: 10, height: 10 }], from)).toBe('c');
    expect(nearestTo([from], from)).toBeUndefined();
  });
});
