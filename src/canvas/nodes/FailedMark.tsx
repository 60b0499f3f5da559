import { isFailedNow } from '../../store/simulationSelectors.ts';
import { useAppStore } from '../../store/hooks.ts';

/** "Failed" on a server, switch or fabric that a fault of the run has taken down at the time reached. */
export function FailedMark({ id }: { id: string }) {
  const failed = useAppStore((s) => isFailedNow(s, id));
  return failed ? <span className="failed-tag node-failed">Failed</span> : null;
}
