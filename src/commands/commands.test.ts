import { describe, expect, it } from 'vitest';
import { emptyTopology, example } from '../model/index.ts';
import { createAppStore, type AppStore } from '../store/index.ts';
import type { CanvasView, NodeRect } from './canvasView.ts';
import { formatShortcut, matchesShortcut, type CommandContext } from './command.ts';
import { commandForKey, handleKey } from './keyboard.ts';
import { layoutWithElk } from './layoutWithElk.ts';
import { firstNode, nearestInDirection } from './navigation.ts';
import { commandById } from './registry.ts';
import { cableChoices, placeChoices } from './targets.ts';
import { drawnEdges, layoutNodes } from './viewCommands.ts';

type Key = { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean };
const press = (k: Key) => ({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...k });

/** The canvas as commands see it, with every node 200 × 100 where the document puts it. */
function fakeView(store: AppStore): CanvasView & { focused: string[]; fits: number } {
  const view = {
    focused: [] as string[],
    fits: 0,
    centre: () => ({ x: 0, y: 0 }),
    fit: () => { view.fits++; },
    frame: () => {},
    focus: (id: string) => { view.focused.push(id); },
    nodeRects: (): NodeRect[] => store.getState().document.nodes
      .filter((n) => !('parentId' in n && n.parentId))
      .map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: 200, height: 100 })),
  };
  return view;
}

function context(topology = example('virtualized-rack')): CommandContext & { store: AppStore; view: ReturnType<typeof fakeView> } {
  const store = createAppStore(topology);
  return { store, view: fakeView(store) };
}

const run = (ctx: CommandContext, id: string) => {
  const command = commandById[id]!;
  expect(command.isEnabled(ctx), `${id} enabled`).toBe(true);
  command.run(ctx);
};

describe('shortcuts', () => {
  it.each([
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'z', metaKey: true }, 'undo'],
    [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    [{ key: 'y', ctrlKey: true }, 'redo'],
    [{ key: 'Delete' }, 'delete'],
    [{ key: 'Backspace' }, 'delete'],
    [{ key: 'a', ctrlKey: true }, 'select-all'],
    [{ key: 'x', ctrlKey: true }, 'cut'],
    [{ key: 'c', ctrlKey: true }, 'copy'],
    [{ key: 'v', metaKey: true }, 'paste'],
    [{ key: 'd', ctrlKey: true }, 'duplicate'],
    [{ key: 'ArrowUp', shiftKey: true }, 'nudge-up'],
    [{ key: 'ArrowLeft' }, 'select-left'],
    [{ key: 'Escape' }, 'clear-selection'],
    [{ key: 'f' }, 'fit-view'],
    [{ key: 'L', shiftKey: true }, 'auto-layout'],
    [{ key: '?', shiftKey: true }, 'shortcuts'],
    [{ key: 'c' }, 'connect-to'],
    [{ key: 'p' }, 'place-in'],
  ])('%o runs %s', (key, id) => {
    expect(commandForKey(press(key) as KeyboardEvent)?.id).toBe(id);
  });

  it('tells Ctrl+Z from Ctrl+Shift+Z and Alt, and writes shortcuts for people', () => {
    expect(matchesShortcut(press({ key: 'z', ctrlKey: true, shiftKey: true }), { key: 'z', mod: true })).toBe(false);
    expect(matchesShortcut(press({ key: 'z', ctrlKey: true, altKey: true }), { key: 'z', mod: true })).toBe(false);
    expect(commandForKey(press({ key: 'q' }) as KeyboardEvent)).toBeUndefined();
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatShortcut({ key: 'ArrowUp', shift: true }, false)).toBe('Shift+↑');
  });

  it('uses a key only when its command is enabled, and not while a dialog is open', () => {
    const ctx = context();
    const event = { ...press({ key: 'z', ctrlKey: true }), target: null, defaultPrevented: false, isComposing: false, preventDefault() {}, stopPropagation() {} };
    expect(handleKey(event as unknown as KeyboardEvent, ctx)).toBe(false);
    ctx.store.getState().addNode('san', { x: 0, y: 900 });
    ctx.store.getState().openDialog({ type: 'shortcuts' });
    expect(handleKey(event as unknown as KeyboardEvent, ctx)).toBe(false);
    ctx.store.getState().closeDialog();
    expect(handleKey(event as unknown as KeyboardEvent, ctx)).toBe(true);
    expect(ctx.store.getState().document.nodes.some((n) => n.id === 'san2')).toBe(false);
  });
});

describe('undo and redo through ten edits', () => {
  it('walks back to the start and forward to the end', () => {
    const ctx = context(emptyTopology());
    const { store } = ctx;
    const states = [store.getState().document];
    const edits = [
      () => store.getState().addNode('server', { x: 0, y: 0 }),
      () => store.getState().addNode('iov-switch', { x: 0, y: 300 }),
      () => store.getState().connect('s1', 'sw1'),
      () => store.getState().addNode('fc-hba', { x: 0, y: 600 }),
      () => store.getState().placeAdapter('hba1', 'sw1'),
      () => store.getState().addNode('san', { x: 0, y: 700 }),
      () => store.getState().connect('hba1', 'san1'),
      () => store.getState().rename('s1', 'Web'),
      () => store.getState().setProperties(['sw1'], { policy: 'static' }),
      () => store.getState().moveNodes({ san1: { x: 50, y: 750 } }),
    ];
    for (const edit of edits) {
      expect(edit().ok).toBe(true);
      states.push(store.getState().document);
    }
    for (let i = 9; i >= 0; i--) {
      run(ctx, 'undo');
      expect(store.getState().document).toEqual(states[i]);
    }
    expect(commandById.undo!.isEnabled(ctx)).toBe(false);
    for (let i = 1; i <= 10; i++) {
      run(ctx, 'redo');
      expect(store.getState().document).toEqual(states[i]);
    }
    expect(commandById.redo!.isEnabled(ctx)).toBe(false);
  });
});

describe('edit commands', () => {
  it('deletes the selection, a switch with its pool, in one step', () => {
    const ctx = context();
    ctx.store.getState().select(['sw1']);
    run(ctx, 'delete');
    expect(ctx.store.getState().document.nodes.map((n) => n.id)).not.toContain('hba1');
    run(ctx, 'undo');
    expect(ctx.store.getState().document.links).toHaveLength(12);
  });

  it('pastes twice, each copy beside the last, and duplicates in one keystroke', () => {
    const ctx = context();
    ctx.store.getState().select(['san1']);
    run(ctx, 'copy');
    run(ctx, 'paste');
    run(ctx, 'paste');
    const sans = ctx.store.getState().document.nodes.filter((n) => n.kind === 'san');
    expect(sans.map((n) => [n.id, n.position])).toEqual([['san1', { x: 403, y: 640 }], ['san2', { x: 443, y: 680 }], ['san3', { x: 483, y: 720 }]]);
    run(ctx, 'duplicate');
    expect(ctx.store.getState().selected).toEqual(['san4']);
  });

  it('cuts: copies, then removes', () => {
    const ctx = context();
    ctx.store.getState().select(['lan1']);
    run(ctx, 'cut');
    expect(ctx.store.getState().document.nodes.some((n) => n.id === 'lan1')).toBe(false);
    run(ctx, 'paste');
    // The next free number: lan1 is free again.
    expect(ctx.store.getState().selected).toEqual(['lan1']);
  });

  it('nudges by 10 px, a run of nudges being one undo step', () => {
    const ctx = context();
    ctx.store.getState().select(['s1']);
    for (let i = 0; i < 5; i++) run(ctx, 'nudge-right');
    run(ctx, 'nudge-down');
    expect(ctx.store.getState().document.nodes[0]!.position).toEqual({ x: 50, y: 10 });
    expect(ctx.store.temporal.getState().pastStates).toHaveLength(1);
    run(ctx, 'undo');
    expect(ctx.store.getState().document.nodes[0]!.position).toEqual({ x: 0, y: 0 });
  });

  it('selects all nodes and cables, and Escape clears it', () => {
    const ctx = context();
    run(ctx, 'select-all');
    expect(ctx.store.getState().selected).toHaveLength(15 + 12);
    run(ctx, 'clear-selection');
    expect(ctx.store.getState().selected).toEqual([]);
  });
});

describe('the arrows move the selection between nodes', () => {
  it('along the row of servers, down to the switch, and from an adapter’s parent', () => {
    const ctx = context();
    run(ctx, 'select-right');
    expect(ctx.store.getState().selected).toEqual(['s1']);
    run(ctx, 'select-right');
    expect(ctx.store.getState().selected).toEqual(['s2']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['san1']);
    ctx.store.getState().select(['s4']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['sw1']);
    expect(ctx.view.focused).toEqual(['s1', 's2', 'san1', 'sw1']);
    // From an adapter in a slot, the arrows start at its switch.
    ctx.store.getState().select(['nic1']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['san1']);
    ctx.store.getState().select(['s8']);
    run(ctx, 'select-down');
    expect(ctx.store.getState().selected).toEqual(['lan1']);
  });

  it('finds nothing past the edge', () => {
    const rects = [{ id: 'a', x: 0, y: 0, width: 10, height: 10 }, { id: 'b', x: 100, y: 0, width: 10, height: 10 }];
    expect(nearestInDirection(rects, 'b', 'right')).toBeUndefined();
    expect(nearestInDirection(rects, 'b', 'left')).toBe('a');
    expect(firstNode(rects)).toBe('a');
  });
});

describe('"Connect to…" and "Place in…" list what the model allows', () => {
  it('offers the switch to a new server, and says why not when the ports are full', () => {
    const ctx = context();
    ctx.store.getState().addNode('server', { x: 0, y: -300 });
    expect(cableChoices(ctx.store.getState().document, 's9')).toEqual({ options: [{ id: 'sw1', label: 'IOV switch (sw1)', detail: 'PCIe cable' }], reasons: [] });
    ctx.store.getState().setProperties(['sw1'], { serverPorts: 8 });
    expect(cableChoices(ctx.store.getState().document, 's9')).toEqual({ options: [], reasons: ['IOV switch has all 8 server ports in use: add a second switch or raise its port count.'] });
  });

  it('gives a hint when nothing of the right kind exists', () => {
    const ctx = context(emptyTopology());
    ctx.store.getState().addNode('san', { x: 0, y: 0 });
    expect(cableChoices(ctx.store.getState().document, 'san1').reasons).toEqual(['Nothing in the design can be cabled to SAN 1 (san1) yet: add a FC HBA.']);
  });

  it('offers an adapter every server and switch with a free slot, and taking it out', () => {
    const ctx = context();
    const choices = placeChoices(ctx.store.getState().document, 'hba1');
    expect(choices.options.map((o) => o.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', '']);
    expect(choices.options.at(-1)?.label).toBe('Take it out onto the canvas');
  });

  it('offers a switch the free adapters, and a fabric nothing', () => {
    const ctx = context();
    ctx.store.getState().addNode('eth-nic', { x: 0, y: 900 });
    expect(placeChoices(ctx.store.getState().document, 'sw1').options.map((o) => o.id)).toEqual(['nic3']);
    expect(placeChoices(ctx.store.getState().document, 'san1').reasons[0]).toMatch(/Only adapters are placed/);
  });
});

describe('auto-layout', () => {
  it('puts servers above the switch and the switch above the fabrics, as one undo step', async () => {
    const ctx = context();
    const positions = await layoutWithElk(layoutNodes(ctx.store.getState().document, ctx.view.nodeRects()), drawnEdges(ctx.store.getState().document));
    expect(Object.keys(positions).toSorted()).toEqual(['lan1', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 'san1', 'sw1']);
    expect(positions.s1!.y).toBeLessThan(positions.sw1!.y);
    expect(positions.sw1!.y).toBeLessThan(positions.san1!.y);
    run(ctx, 'auto-layout');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ctx.store.temporal.getState().pastStates).toHaveLength(1);
    expect(ctx.view.fits).toBe(1);
  });
});
