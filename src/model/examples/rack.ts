import type { PresetName } from '../workload.ts';

/**
 * The eight servers shared by the rack examples: a mix whose busiest dedicated adapter stays under
 * 15 % (the backup server's reads, 94 MB/s on an 8GFC HBA: 11.8 %), the vendors' figure for idle
 * adapters [VTS].
 */
export const RACK_SERVERS: readonly { label: string; preset: PresetName }[] = [
  { label: 'Web 1', preset: 'web' },
  { label: 'Web 2', preset: 'web' },
  { label: 'DB 1', preset: 'database' },
  { label: 'DB 2', preset: 'database' },
  { label: 'Backup', preset: 'backup' },
  { label: 'VDI 1', preset: 'vdi' },
  { label: 'VDI 2', preset: 'vdi' },
  { label: 'Idle', preset: 'idle' },
];

/** Horizontal spacing of the server row, in canvas pixels. */
export const SERVER_SPACING = 230;
