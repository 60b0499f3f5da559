import { setQos, setWorkload, type OpResult } from '../operations/index.ts';
import type { Topology } from '../schema.ts';
import type { Workload } from '../workload.ts';
import { virtualizedRack } from './virtualizedRack.ts';

/** The server that floods the pool: Backup, fifth in the rack's row. */
export const NOISY_SERVER_ID = 's5';

/**
 * A full backup as fio would run it: large sequential reads, 32 outstanding at once (iodepth), asked
 * for far faster than the pool can serve, so it keeps 32 in flight for the whole run.
 */
export const BACKUP_FLOOD: Partial<Workload> = { storageIops: 2000, blockKiB: 1024, readShare: 0.9, queueDepth: 32 };

/**
 * The cap on Backup's storage, MB/s: low enough that the other servers' storage p99 stays within
 * 20 % of its value with Backup idle (noisyNeighbour.test.ts measures it, seed by seed).
 */
export const NOISY_CAP_MBPS = 200;

const must = (result: OpResult): Topology => {
  if (!result.ok) throw new Error(`example "noisy-neighbour": ${result.reason}`);
  return result.topology;
};

/** The virtualized rack with its Backup server at full tilt and no QoS: every server competes equally for the pool. */
export function noisyNeighbourFlood(): Topology {
  return { ...must(setWorkload(virtualizedRack(), NOISY_SERVER_ID, BACKUP_FLOOD)), name: 'Noisy neighbour' };
}

/** The same rack with Backup idle: the others' response times with nobody flooding the pool. */
export function noisyNeighbourQuiet(): Topology {
  return { ...must(setWorkload(virtualizedRack(), NOISY_SERVER_ID, 'idle')), name: 'Noisy neighbour, Backup idle' };
}

/**
 * Eight servers sharing two FC HBAs and two NICs in one IOV switch; Backup floods the storage pool,
 * and a QoS cap on its storage holds it to NOISY_CAP_MBPS so the others keep their response times.
 */
export function noisyNeighbour(): Topology {
  return must(setQos(noisyNeighbourFlood(), NOISY_SERVER_ID, { trafficClass: 'storage', values: { maxMBps: NOISY_CAP_MBPS } }));
}
