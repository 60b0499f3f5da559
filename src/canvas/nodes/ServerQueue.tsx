import { useRef } from 'react';
import { serverHeld } from '../../store/simulationSelectors.ts';
import { useAppStore, useLiveWrite } from '../../store/hooks.ts';
import { setTextIfChanged } from '../../store/liveWrites.ts';

/**
 * The I/Os a server holds back now: beyond its queue depth, or waiting for its QoS cap's tokens. A
 * capped noisy neighbour's queue grows here, at the server, while the pool's stays short. Only on a
 * server that can hold its own I/O; the count of each frame is written by the live layer.
 */
export function ServerQueue({ serverId }: { serverId: string }) {
  const holds = useAppStore((s) => serverHeld(s, serverId) !== undefined);
  const count = useRef<HTMLSpanElement>(null);
  useLiveWrite((state) => {
    const held = serverHeld(state, serverId);
    if (!count.current || held === undefined) return;
    setTextIfChanged(count.current, held.toLocaleString('en-US'));
    count.current.classList.toggle('is-waiting', held > 0);
  }, [serverId, holds]);
  if (!holds) return null;
  return (
    <p className="pool-queue server-queue" title="I/Os this server holds back: beyond its queue depth, or waiting for its QoS cap">
      Waiting<span className="server-queue-where"> at the server</span>: <span className="pool-queue-count" ref={count} />
    </p>
  );
}
