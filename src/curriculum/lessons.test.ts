import { describe, expect, it } from 'vitest';
import {
  addNode, connect, dedicate, example, NOISY_SERVER_ID, placeAdapter, removeElements, setPoolSize, setQos, virtualize, type OpResult, type Topology,
} from '../model/index.ts';
import { simulate } from '../sim/index.ts';
import { LESSONS, lessonById, segmentText, type CheckContext, type Lesson } from './index.ts';
import { fillStepText } from './stepText.ts';

function ok(result: OpResult): Topology {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}
const run = (topology: Topology) => simulate(topology, { duration: 2 });
const withFault = (topology: Topology, target: string): Topology => ({ ...topology, settings: { ...topology.settings, faults: [{ at: 0.5, target }] } });

function check(lesson: Lesson, step: number, context: CheckContext) {
  const verdict = lesson.steps[step]!.check!(context);
  return verdict.done ? 'done' : verdict.hint;
}

describe('the lessons', () => {
  it('tell the founding story in six lessons, ask when it pays in a seventh and what one flooding server does in an eighth, each under five minutes', () => {
    expect(LESSONS.map((l) => l.id)).toEqual(['where-io-goes', 'idle-adapters', 'move-to-switch', 'pooling-and-queueing', 'failure-and-failover', 'size-it', 'when-it-pays', 'noisy-neighbour']);
    expect(LESSONS.map((l) => l.title.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const lesson of LESSONS) {
      expect(lesson.minutes).toBeLessThanOrEqual(5);
      expect(lesson.steps[0]!.start).toBeDefined();
    }
  });

  it('link only glossary words that exist', () => {
    for (const lesson of LESSONS) {
      for (const step of lesson.steps) {
        for (const match of step.text.matchAll(/\[\[([^\]|]+)/g)) {
          expect(segmentText(`[[${match[1]}]]`)[0], `${lesson.id}: ${match[1]}`).toHaveProperty('definition');
        }
      }
    }
  });

  it('1. where I/O goes: the HBA, then the NIC, each placed and cabled', () => {
    const lesson = lessonById('where-io-goes')!;
    let t = lesson.steps[0]!.start!();
    expect(check(lesson, 1, { topology: t })).toMatch(/Drag an FC HBA/);
    t = ok(placeAdapter(ok(addNode(t, 'fc-hba', { x: 0, y: 0 })), 'hba1', 's1'));
    expect(check(lesson, 1, { topology: t })).toMatch(/now drag from it to the SAN/);
    t = ok(connect(t, 'hba1', 'san1'));
    expect(check(lesson, 1, { topology: t })).toBe('done');
    expect(check(lesson, 2, { topology: t })).toMatch(/Ethernet NIC/);
    expect(check(lesson, 3, { topology: t })).toMatch(/still lacks a path/);
    t = ok(connect(ok(placeAdapter(ok(addNode(t, 'eth-nic', { x: 0, y: 0 })), 'nic1', 's1')), 'nic1', 'lan1'));
    expect(check(lesson, 2, { topology: t })).toBe('done');
    expect(check(lesson, 3, { topology: t })).toBe('done');
  });

  it('2. idle adapters: needs a run, then sees every adapter under 15 %', () => {
    const lesson = lessonById('idle-adapters')!;
    const rack = example('classic-rack');
    expect(check(lesson, 1, { topology: rack })).toMatch(/Press Run/);
    expect(check(lesson, 2, { topology: rack })).toMatch(/Run the simulation first/);
    const result = run(rack);
    expect(check(lesson, 2, { topology: rack, result })).toBe('done');
    const busy = run(example('virtualized-rack'));
    const hot = { ...busy, adapters: busy.adapters.map((a) => ({ ...a, utilization: 0.4 })) };
    expect(check(lesson, 2, { topology: rack, result: hot })).toMatch(/40 % busy/);
  });

  it('3. into the switch: switch, cables, pool, then no adapter left in a server', () => {
    const lesson = lessonById('move-to-switch')!;
    const classic = example('classic-rack');
    expect(check(lesson, 1, { topology: classic })).toMatch(/Drag "IOV switch"/);
    let t = ok(addNode(classic, 'iov-switch', { x: 700, y: 300 }));
    expect(check(lesson, 1, { topology: t })).toBe('done');
    expect(check(lesson, 2, { topology: t })).toMatch(/8 servers still have no PCIe cable/);
    // A PCIe cable needs a free slot: the classic rack's servers have 2 of 4 in use.
    for (let i = 1; i <= 8; i++) t = ok(connect(t, `s${i}`, 'sw1'));
    expect(check(lesson, 2, { topology: t })).toBe('done');
    expect(check(lesson, 3, { topology: t })).toMatch(/0 cabled FC HBAs and 0 cabled NICs/);
    for (const id of ['hba1', 'hba2', 'nic1', 'nic2']) t = ok(placeAdapter(t, id, 'sw1'));
    expect(check(lesson, 3, { topology: t })).toBe('done');
    expect(check(lesson, 4, { topology: t })).toMatch(/12 adapters are still inside servers/);
    t = ok(removeElements(t, ['hba3', 'hba4', 'hba5', 'hba6', 'hba7', 'hba8', 'nic3', 'nic4', 'nic5', 'nic6', 'nic7', 'nic8']));
    expect(check(lesson, 4, { topology: t })).toBe('done');
  });

  it('4. pooling and queueing: a run with pools, then a third HBA run again', () => {
    const lesson = lessonById('pooling-and-queueing')!;
    const rack = example('virtualized-rack');
    expect(check(lesson, 2, { topology: rack })).toMatch(/Run the simulation/);
    expect(check(lesson, 2, { topology: rack, result: run(rack) })).toBe('done');
    expect(check(lesson, 3, { topology: rack, result: run(rack) })).toMatch(/one more FC HBA/);
    const three = ok(setPoolSize(rack, 'sw1', 'storage', 3));
    expect(check(lesson, 3, { topology: three, result: run(rack) })).toMatch(/run the simulation again/);
    expect(check(lesson, 3, { topology: three, result: run(three) })).toBe('done');
  });

  it('5. failure and failover: an HBA fails without loss, the switch fails with loss, then redundancy', () => {
    const lesson = lessonById('failure-and-failover')!;
    const rack = example('virtualized-rack');
    expect(check(lesson, 1, { topology: rack })).toMatch(/choose Fail/);
    const hbaDown = withFault(rack, 'hba1');
    expect(check(lesson, 1, { topology: hbaDown, result: run(hbaDown) })).toBe('done');
    const bothDown = { ...rack, settings: { ...rack.settings, faults: [{ at: 0.5, target: 'hba1' }, { at: 0.5, target: 'hba2' }] } };
    expect(check(lesson, 1, { topology: bothDown, result: run(bothDown) })).toMatch(/did both HBAs fail/);
    const switchDown = withFault(rack, 'sw1');
    expect(check(lesson, 2, { topology: switchDown, result: run(switchDown) })).toBe('done');
    expect(check(lesson, 3, { topology: rack })).toMatch(/8 servers still have a single point of failure/);
    expect(check(lesson, 3, { topology: example('redundant-virtualized') })).toBe('done');
  });

  it('6. size it: two HBAs, then a run under the target', () => {
    const lesson = lessonById('size-it')!;
    const rack = example('virtualized-rack');
    expect(check(lesson, 1, { topology: rack })).toBe('done');
    const three = ok(setPoolSize(rack, 'sw1', 'storage', 3));
    expect(check(lesson, 1, { topology: three })).toMatch(/has 3 FC HBAs; the smallest/);
    expect(check(lesson, 2, { topology: rack })).toMatch(/Run the simulation/);
    expect(check(lesson, 2, { topology: rack, result: run(rack) })).toBe('done');
    const slow = ok(setPoolSize(rack, 'sw1', 'storage', 1));
    const overloaded = { ...slow, nodes: slow.nodes.map((n) => (n.kind === 'fc-hba' ? { ...n, props: { ...n.props, speedGfc: 1 } } : n)) };
    expect(check(lesson, 2, { topology: overloaded, result: run(overloaded) })).toMatch(/add an HBA to the pool/);
  });

  it('lesson 3 can also be solved by the model’s own virtualize, and undone by dedicate', () => {
    const lesson = lessonById('move-to-switch')!;
    const solved = ok(virtualize(example('classic-rack')));
    expect(check(lesson, 4, { topology: solved })).toBe('done');
    expect(check(lesson, 4, { topology: ok(dedicate(solved)) })).toMatch(/still inside servers/);
  });
});

describe('glossary links', () => {
  it('split a text into words and links, keeping unknown terms as text', () => {
    expect(segmentText('A [[pool|shared pool]] and [[nonsense]].')).toEqual([
      { text: 'A ' },
      { text: 'shared pool', term: 'pool', definition: expect.stringContaining('shared by every server') },
      { text: ' and ' },
      { text: 'nonsense' },
      { text: '.' },
    ]);
  });
});

describe('7. when does virtualization pay', () => {
  const lesson = lessonById('when-it-pays')!;
  const fill = (step: number) => fillStepText(lesson.steps[step]!.text, lesson.figures!, { topology: lesson.steps[step === 1 ? 0 : step === 3 ? 2 : step]!.start!() });

  it('compares the bills of one rack and of a row, from the model, not typed in', () => {
    expect(fill(0)).toContain('8 servers with 16 [[dedicated]] adapters; the I/O part of its bill is $25,600');
    // One rack: the switch costs more than the twelve adapters it saves.
    expect(fill(1)).toContain('Pooled, the rack needs 4 adapters and a switch: $28,400 of I/O, $350 more per server');
    expect(fill(2)).toContain('64 servers, each with its own adapters: 128 of them, $204,800 of I/O');
    expect(fill(3)).toContain('Pooled: 8 adapters, $48,800 of I/O, $2,438 less per server, against $350 more per server for the classic rack');
  });
});

describe('8. the noisy neighbour', () => {
  const lesson = lessonById('noisy-neighbour')!;
  const capTo = (t: Topology, maxMBps: number) => ok(setQos(t, NOISY_SERVER_ID, { trafficClass: 'storage', values: { maxMBps } }));
  /** A run whose Backup moved this many MB/s: the checks read that figure alone. */
  const movedBy = (result: ReturnType<typeof run>, mbps: number) => ({
    ...result, servers: result.servers.map((s) => (s.id === NOISY_SERVER_ID ? { ...s, storage: { ...s.storage, throughputMBps: mbps } } : s)),
  });

  it('starts quiet, then floods: each run asked for before its figures', () => {
    const quiet = lesson.steps[0]!.start!();
    const flood = lesson.steps[1]!.start!();
    const backup = (t: Topology) => t.nodes.find((n) => n.id === NOISY_SERVER_ID);
    expect(backup(quiet)).toMatchObject({ label: 'Backup', workload: { storageIops: 50 } });
    expect(backup(flood)).toMatchObject({ label: 'Backup', workload: { queueDepth: 32, blockKiB: 1024 } });
    expect(backup(flood)).not.toHaveProperty('qos');
    expect(check(lesson, 0, { topology: quiet })).toMatch(/Press Run/);
    expect(check(lesson, 0, { topology: quiet, result: run(quiet) })).toBe('done');
    expect(fillStepText(lesson.steps[1]!.text, lesson.figures!, { topology: flood })).toContain('reads of 1024 KiB, 32 at a time');
  });

  it('asks for a cap on Backup’s storage, at most the lesson’s', () => {
    const flood = lesson.steps[1]!.start!();
    expect(check(lesson, 3, { topology: flood })).toMatch(/set its storage cap to 200 MB\/s/);
    expect(check(lesson, 3, { topology: capTo(flood, 500) })).toMatch(/cap is 500 MB\/s: at most 200 MB\/s/);
    expect(check(lesson, 3, { topology: capTo(flood, 200) })).toBe('done');
    expect(check(lesson, 3, { topology: capTo(flood, 120) })).toBe('done');
    expect(check(lesson, 3, { topology: example('noisy-neighbour') })).toBe('done');
  });

  it('passes the run again once Backup stays within its cap', () => {
    const capped = example('noisy-neighbour');
    const result = run(lesson.steps[0]!.start!());
    expect(check(lesson, 4, { topology: lesson.steps[1]!.start!() })).toMatch(/no storage cap/);
    expect(check(lesson, 4, { topology: capped })).toMatch(/press Restart, then Run to end/);
    expect(check(lesson, 4, { topology: capped, result: movedBy(result, 350) })).toMatch(/moved 350 MB\/s, over its cap of 200 MB\/s/);
    expect(check(lesson, 4, { topology: capped, result: movedBy(result, 199.5) })).toBe('done');
    // The engine's token bucket, for real: the capped rack's own run passes.
    expect(check(lesson, 4, { topology: capped, result: run(capped) })).toBe('done');
    expect(check(lesson, 4, { topology: capped, result: run(lesson.steps[1]!.start!()) })).toMatch(/over its cap of 200 MB\/s/);
  });
});
