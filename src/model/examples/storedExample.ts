import type { Topology } from '../schema.ts';
import { virtualizedRack } from './virtualizedRack.ts';

/**
 * The source of virtualizedRack.document.ts: the design the operations build, as a typed constant.
 * Only the writer (scripts/write-examples.ts) and the test that keeps the two equal import this.
 */
export function virtualizedRackDocumentSource(design: Topology = virtualizedRack()): string {
  return [
    '// Written by `npm run examples` (scripts/write-examples.ts) from virtualizedRack.ts: do not edit.',
    '// A newcomer\'s first design, as data: built through the operations it took 10–17 ms of the start.',
    'import type { Topology } from \'../schema.ts\';',
    '',
    `export const VIRTUALIZED_RACK_DOCUMENT: Topology = ${JSON.stringify(design, null, 2)};`,
    '',
  ].join('\n');
}
