import { describe, expect, it } from 'vitest';
import { example, type Topology } from '../model/index.ts';
import { fakeFrame } from './fakeSimulationClient.ts';
import {
  adapterQueued, adapterUtilization, canInjectFault, hasFrame, isFailedNow, isLinkDownNow, linkUtilization, serverHeld, switchPoolQueued,
} from './simulationSelectors.ts';
import { IDLE_RUN, type RunView } from './simulationSlice.ts';

const rack = example('virtualized-rack');
const withFaults = (faults: Topology['settings']['faults']): Topology => ({ ...rack, settings: { ...rack.settings, faults } });
const hbaLink = rack.links.find((l) => l.source === 'hba1')!.id;

/** A run of the rack at `time`, two adapters (hba1, hba2) of a switch pool and a dedicated one (hba9). */
function running(patch: Partial<RunView> = {}): { simulation: RunView } {
  const frame = { ...fakeFrame(2, [0.25, 0.5, 0.1], [0.3, 0.6], [2, 1, 1]), poolQueued: Int32Array.from([4, 0, 3]), serverQueued: Int32Array.from([0, 0, 0, 0, 1234]) };
  return {
    simulation: {
      ...IDLE_RUN, status: 'playing', time: 2, runDocument: rack, frame,
      layout: {
        adapterIds: ['hba1', 'hba2', 'hba9'], linkIds: ['l1', hbaLink], adapterIndex: new Map([['hba1', 0], ['hba2', 1], ['hba9', 2]]),
        linkIndex: new Map([['l1', 0], [hbaLink, 1]]), heldServerIds: ['s5'], heldServerIndex: new Map([['s5', 4]]),
        pools: [
          { id: 'p1', switchId: 'sw1', trafficClass: 'storage', adapterIds: ['hba1', 'hba2'] },
          { id: 'p2', switchId: 'sw1', trafficClass: 'network', adapterIds: ['nic1', 'nic2'] },
          { id: 'p3', switchId: null, trafficClass: 'storage', adapterIds: ['hba9'] },
        ],
      },
      ...patch,
    },
  };
}

describe('simulation selectors', () => {
  it('read an adapter\'s and a cable\'s utilization from the latest frame, by id', () => {
    const s = running();
    expect(hasFrame(s)).toBe(true);
    expect(adapterUtilization(s, 'hba2')).toBe(0.5);
    expect(linkUtilization(s, hbaLink)).toBe(0.6);
    expect(adapterUtilization(s, 'nic7')).toBeUndefined();
    expect(adapterUtilization({ simulation: IDLE_RUN }, 'hba1')).toBeUndefined();
    expect(hasFrame({ simulation: IDLE_RUN })).toBe(false);
  });

  it('count the I/Os at an adapter, its own shared queue included when dedicated, and a switch pool\'s queue', () => {
    const s = running();
    expect(adapterQueued(s, 'hba1')).toBe(2);
    expect(adapterQueued(s, 'hba9')).toBe(1 + 3);
    expect(switchPoolQueued(s, 'sw1', 'storage')).toBe(4);
    expect(switchPoolQueued(s, 'sw1', 'network')).toBe(0);
    expect(switchPoolQueued(s, 'sw2', 'storage')).toBeUndefined();
  });

  it('count the I/Os a server holds back (its queue depth or cap), none for a server that never does', () => {
    const s = running();
    expect(serverHeld(s, 's5')).toBe(1234);
    expect(serverHeld(s, 's1')).toBeUndefined();
    expect(serverHeld({ simulation: IDLE_RUN }, 's5')).toBeUndefined();
  });

  it('mark an element failed by its own fault or a port\'s, at the time reached only', () => {
    const s = running({ runDocument: withFaults([{ at: 1, target: 'hba1' }, { at: 1.5, until: 1.9, target: 'nic1' }, { at: 3, target: 'sw1' }, { at: 0.5, target: 'hba2:1' }]) });
    expect(isFailedNow(s, 'hba1')).toBe(true);
    expect(isFailedNow(s, 'hba2')).toBe(true);
    expect(isFailedNow(s, 'nic1')).toBe(false);
    expect(isFailedNow(s, 'sw1')).toBe(false);
    // A failed adapter's fabric cable is down with it; the other cables are not.
    expect(isLinkDownNow(s, hbaLink)).toBe(true);
    expect(isLinkDownNow(s, 'l1')).toBe(false);
  });

  it('allow a fault only in a run of the current design that has not ended', () => {
    expect(canInjectFault(running())).toBe(true);
    expect(canInjectFault(running({ status: 'paused' }))).toBe(true);
    expect(canInjectFault(running({ status: 'done' }))).toBe(false);
    expect(canInjectFault(running({ designChanged: true }))).toBe(false);
    expect(canInjectFault(running({ status: 'failed' }))).toBe(false);
    expect(canInjectFault({ simulation: IDLE_RUN })).toBe(false);
  });
});
