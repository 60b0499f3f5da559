import { useRef } from 'react';
import { TRAFFIC_CLASSES } from '../../model/index.ts';
import { switchPoolQueued } from '../../store/simulationSelectors.ts';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import { setTextIfChanged } from '../../store/liveWrites.ts';

const CLASS_NAMES = { storage: 'storage', network: 'network' } as const;
type Counts = Record<(typeof TRAFFIC_CLASSES)[number], HTMLSpanElement | null>;

/**
 * The I/Os waiting in a switch's shared queues now, per class: where a pool's queue builds up.
 * React draws which classes have a pool; the counts of each frame are written by the live layer.
 */
export function PoolQueue({ switchId }: { switchId: string }) {
  const pools = useAppStore((s) => TRAFFIC_CLASSES.filter((c) => switchPoolQueued(s, switchId, c) !== undefined).join(' '));
  const counts = useRef<Counts>({ storage: null, network: null });
  useLiveWrite((state) => {
    for (const c of TRAFFIC_CLASSES) {
      const element = counts.current[c];
      const count = switchPoolQueued(state, switchId, c);
      if (!element || count === undefined) continue;
      setTextIfChanged(element, `${CLASS_NAMES[c]} ${count}`);
      element.classList.toggle('is-waiting', count > 0);
    }
  }, [switchId, pools]);
  if (!pools) return null;
  return (
    <p className="pool-queue" title="I/Os waiting at the switch for a free port of its pool">
      Waiting in the pool:{' '}
      {TRAFFIC_CLASSES.filter((c) => pools.split(' ').includes(c)).map((c, i) => (
        <span key={c}>{i > 0 ? ' · ' : ''}<span className="pool-queue-count" ref={(element) => { counts.current[c] = element; }} /></span>
      ))}
    </p>
  );
}
