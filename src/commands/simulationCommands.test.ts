import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createAppStore } from '../store/index.ts';
import { createFakeSimulationClient } from '../store/fakeSimulationClient.ts';
import type { CanvasView } from './canvasView.ts';
import type { CommandContext } from './command.ts';
import { commandForKey } from './keyboard.ts';

const view: CanvasView = { centre: () => ({ x: 0, y: 0 }), fit: () => {}, frame: () => {}, focus: () => {}, nodeRects: () => [] };
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false }) as KeyboardEvent;

function setup() {
  const client = createFakeSimulationClient();
  const store = createAppStore(example('virtualized-rack'), { createSimulationClient: () => client, simulationDisplayIntervalMs: 0 });
  const context: CommandContext = { store, view };
  /** Runs the command of a key when it is enabled, as the keyboard does; says whether it ran. */
  const press = (k: string, shift = false) => {
    const command = commandForKey(key(k, shift));
    if (!command?.isEnabled(context)) return false;
    command.run(context);
    return true;
  };
  const playing = () => {
    client.say({ type: 'ready', layout: { adapterIds: ['hba1'], linkIds: [], pools: [] }, seed: 1, duration: 10 });
    client.say({ type: 'state', playback: 'playing', time: 1, speed: 1 });
  };
  return { client, store, press, playing };
}

describe('simulation commands', () => {
  it('R runs, and pauses what runs', () => {
    const { client, press, playing } = setup();
    expect(press('r')).toBe(true);
    expect(client.methods()).toEqual(['load', 'play']);
    playing();
    expect(press('r')).toBe(true);
    expect(client.methods().at(-1)).toBe('pause');
  });

  it('. steps, Shift+R restarts (once there is a run), Shift+E runs to the end', () => {
    const { client, press, playing } = setup();
    expect(press('r', true)).toBe(false);
    expect(press('.')).toBe(true);
    playing();
    expect(press('r', true)).toBe(true);
    expect(press('e', true)).toBe(true);
    expect(client.methods()).toEqual(['load', 'step', 'restart', 'runToEnd']);
  });

  it('Shift+E is off once the run reached its end, and on again when an edit makes that run stale', () => {
    const { client, store, press, playing } = setup();
    expect(press('e', true)).toBe(true);
    playing();
    client.setStatus('done');
    expect(press('e', true)).toBe(false);
    store.getState().remove(['nic2']);
    expect(store.getState().simulation.designChanged).toBe(true);
    expect(press('e', true)).toBe(true);
    // The edited design is loaded and run to its end, not the old run replayed.
    expect(client.methods().slice(-2)).toEqual(['load', 'runToEnd']);
    expect(store.getState().simulation.runDocument).toBe(store.getState().document);
  });

  it('X fails the one element selected while a run is on, and recovers it once failed', () => {
    const { client, store, press, playing } = setup();
    store.getState().select(['hba1']);
    expect(press('x')).toBe(false);
    store.getState().playSimulation();
    playing();
    expect(press('x')).toBe(true);
    expect(client.calls.at(-1)).toEqual({ method: 'injectFault', args: ['hba1'] });
    client.say({ type: 'faultApplied', target: 'hba1', at: 1, recover: false, fault: { at: 1, target: 'hba1' }, index: 0 });
    client.say({ type: 'frame', time: 1.5, events: 1, adapterUtilization: new Float64Array([0]), linkUtilization: new Float64Array(0), adapterQueued: new Int32Array(1), poolQueued: new Int32Array(0), classThroughput: new Float64Array(2), inFlight: 0, achievedSpeed: 1 });
    store.getState().select(['hba1']);
    expect(press('x')).toBe(true);
    expect(client.calls.at(-1)).toEqual({ method: 'injectFault', args: ['hba1', true] });
  });
});
