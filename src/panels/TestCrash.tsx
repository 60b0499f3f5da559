import { useEffect, useState } from 'react';

/** The event a test sends to make an area crash: `detail` is the area's name ("canvas", ...). */
export const TEST_CRASH_EVENT = 'iov-test-crash';

/**
 * A test hook: makes its area throw while rendering, as a bug would, when a script in the page sends
 * `new CustomEvent('iov-test-crash', { detail: area })` (e2e/crash.spec.ts). Only the app's own
 * scripts run in the page (the Content-Security-Policy lets no other in), and nothing in the app
 * sends it.
 */
export function TestCrash({ area }: { area: string }) {
  const [crashed, setCrashed] = useState(false);
  useEffect(() => {
    const onCrash = (event: Event) => {
      if (event instanceof CustomEvent && event.detail === area) setCrashed(true);
    };
    window.addEventListener(TEST_CRASH_EVENT, onCrash);
    return () => window.removeEventListener(TEST_CRASH_EVENT, onCrash);
  }, [area]);
  if (crashed) throw new Error(`A test crashed the ${area} on purpose.`);
  return null;
}
