import { TRAFFIC_CLASSES } from '../../model/index.ts';
import { switchPoolQueued } from '../../store/simulationSelectors.ts';
import { useAppStore } from '../../store/hooks.ts';

const CLASS_NAMES = { storage: 'storage', network: 'network' } as const;

/** The I/Os waiting in a switch's shared queues now, per class: where a pool's queue builds up. */
export function PoolQueue({ switchId }: { switchId: string }) {
  const storage = useAppStore((s) => switchPoolQueued(s, switchId, 'storage'));
  const network = useAppStore((s) => switchPoolQueued(s, switchId, 'network'));
  const counts = { storage, network };
  if (storage === undefined && network === undefined) return null;
  return (
    <p className="pool-queue" title="I/Os waiting at the switch for a free port of its pool">
      Waiting in the pool:{' '}
      {TRAFFIC_CLASSES.filter((c) => counts[c] !== undefined).map((c, i) => (
        <span key={c} className={`pool-queue-count${counts[c]! > 0 ? ' is-waiting' : ''}`}>{i > 0 ? ' · ' : ''}{CLASS_NAMES[c]} {counts[c]}</span>
      ))}
    </p>
  );
}
