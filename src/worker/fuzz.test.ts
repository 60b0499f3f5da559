// The fuzz corpus of issue 16, item 8, for the worker's messages: 2,000 generated messages, each
// answered (a report, or an error said in a few safe words), never an exception, and the run in
// progress unharmed.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { anyJson, isWellSaid, mutateAt } from '../model/fuzzCorpus.ts';
import { createFakeTime } from './fakeTime.ts';
import type { WorkerReport } from './protocol.ts';
import { checkReport } from './protocolSchema.ts';
import { createWorkerHost } from './workerHost.ts';

const REQUESTS = [
  { type: 'play', speed: 2 }, { type: 'pause' }, { type: 'step', seconds: 0.1 }, { type: 'runToEnd' }, { type: 'cancel' },
  { type: 'setSpeed', speed: 5 }, { type: 'injectFault', target: 'hba1', recover: false }, { type: 'restart' },
];
const REPORTS = [
  { type: 'ready', layout: { adapterIds: ['hba1'], linkIds: ['l1'], pools: [{ id: 'sw1/storage', switchId: 'sw1', trafficClass: 'storage', adapterIds: ['hba1'] }] }, seed: 1, duration: 10 },
  { type: 'progress', fraction: 0.5, phase: 'run' }, { type: 'state', playback: 'paused', time: 1, speed: 1 },
  { type: 'faultApplied', target: 'hba1', at: 1, recover: false, fault: { at: 1, target: 'hba1' }, index: 0 }, { type: 'error', message: 'x' },
];

describe('the worker host, sent 1,000 hostile requests', () => {
  it('answers each, and the run it holds goes on', () => {
    const time = createFakeTime();
    const sent: WorkerReport[] = [];
    const host = createWorkerHost((report) => sent.push(report), time.now, time.schedule);
    host.receive({ type: 'load', topology: example('classic-rack'), duration: 2 });
    const message = fc.oneof(anyJson, fc.tuple(fc.constantFrom(...REQUESTS), fc.nat(), anyJson).map(([request, choice, value]) => mutateAt(request, choice, value)));
    fc.assert(fc.property(message, (data) => {
      const before = sent.length;
      expect(() => host.receive(data)).not.toThrow();
      time.advance(5);
      for (const report of sent.slice(before)) {
        expect(checkReport(report).ok).toBe(true);
        if (report.type === 'error') expect(isWellSaid([{ path: '', message: report.message }])).toBeUndefined();
      }
    }), { numRuns: 1000 });
    // Still answering as it should: a fresh load is ready at time 0.
    host.receive({ type: 'load', topology: example('classic-rack'), duration: 1 });
    expect(sent.findLast((r) => r.type === 'ready')).toMatchObject({ duration: 1 });
  });
});

describe('the page, sent 1,000 hostile reports', () => {
  it('refuses the malformed in a few safe words, and never throws', () => {
    const message = fc.oneof(anyJson, fc.tuple(fc.constantFrom(...REPORTS), fc.nat(), anyJson).map(([report, choice, value]) => mutateAt(report, choice, value)));
    fc.assert(fc.property(message, (data) => {
      const checked = checkReport(data);
      if (!checked.ok) expect(isWellSaid([{ path: '', message: checked.problem }])).toBeUndefined();
    }), { numRuns: 1000 });
  });
});
