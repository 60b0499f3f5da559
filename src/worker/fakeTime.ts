// For tests: a clock that moves only when told, with the schedule and timers that the worker host
// and the client's watchdog take, so that pacing and timeouts are tested without waiting.
import type { Schedule } from './schedule.ts';
import type { Timers } from './watchdog.ts';

type Task = { due: number; order: number; run: () => void; cancelled: boolean };

export type FakeTime = {
  now(): number;
  schedule: Schedule;
  timers: Timers;
  /** Moves the clock by `ms`, running every task that falls due, in time order. */
  advance(ms: number): void;
  /** Tasks waiting, cancelled ones excluded. */
  pending(): number;
};

export function createFakeTime(): FakeTime {
  let now = 0;
  let order = 0;
  let tasks: Task[] = [];
  const add = (run: () => void, ms: number): Task => {
    const task = { due: now + Math.max(0, ms), order: order++, run, cancelled: false };
    tasks.push(task);
    return task;
  };
  return {
    now: () => now,
    schedule: (task, delayMs) => void add(task, delayMs),
    timers: {
      setTimeout: add,
      clearTimeout: (handle) => {
        (handle as Task).cancelled = true;
      },
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        tasks = tasks.filter((task) => !task.cancelled);
        const next = tasks.filter((task) => task.due <= end).toSorted((a, b) => a.due - b.due || a.order - b.order)[0];
        if (!next) break;
        tasks = tasks.filter((task) => task !== next);
        now = Math.max(now, next.due);
        next.run();
      }
      now = end;
    },
    pending: () => tasks.filter((task) => !task.cancelled).length,
  };
}
