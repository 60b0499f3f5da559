import { describe, expect, it } from 'vitest';
import { createFakeTime } from './fakeTime.ts';
import { Watchdog } from './watchdog.ts';

function setup() {
  const time = createFakeTime();
  let silences = 0;
  const watchdog = new Watchdog(time.timers, () => silences++, 5000);
  return { time, watchdog, silences: () => silences };
}

describe('Watchdog', () => {
  it('fires after 5 s of silence once something is expected', () => {
    const { time, watchdog, silences } = setup();
    watchdog.expect();
    time.advance(4999);
    expect(silences()).toBe(0);
    time.advance(1);
    expect(silences()).toBe(1);
    expect(watchdog.watching).toBe(false);
  });

  it('counts from the request, not from a later one', () => {
    const { time, watchdog, silences } = setup();
    watchdog.expect();
    time.advance(3000);
    watchdog.expect();
    time.advance(2000);
    expect(silences()).toBe(1);
  });

  it('counts afresh on each word while more is expected, and stops when nothing is', () => {
    const { time, watchdog, silences } = setup();
    watchdog.expect();
    for (let i = 0; i < 10; i++) {
      time.advance(4000);
      watchdog.heard(true);
    }
    expect(silences()).toBe(0);
    watchdog.heard(false);
    time.advance(60_000);
    expect(silences()).toBe(0);
    expect(time.pending()).toBe(0);
  });
});
