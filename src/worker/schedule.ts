/** Runs `task` after `delayMs`, letting the message loop run first so that pause and cancel are heard. */
export type Schedule = (task: () => void, delayMs: number) => void;

/**
 * setTimeout for a real delay; a MessageChannel for "as soon as the messages waiting are handled",
 * because nested setTimeout(0) is clamped to 4 ms, a fifth of a run-to-end chunk lost each time.
 */
export function createSchedule(): Schedule {
  const channel = new MessageChannel();
  const soon: (() => void)[] = [];
  channel.port1.addEventListener('message', () => soon.shift()?.());
  channel.port1.start();
  return (task, delayMs) => {
    if (delayMs > 0) setTimeout(task, delayMs);
    else {
      soon.push(task);
      channel.port2.postMessage(null);
    }
  };
}
