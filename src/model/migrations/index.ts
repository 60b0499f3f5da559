import type { z } from '../zod.ts';
import { migrateV0ToV1, V0Schema } from './v0-to-v1.ts';
import { migrateV1ToV2, V1Schema } from './v1-to-v2.ts';

/**
 * One step per version: `steps[n]` takes a document of version n (checked by its own schema) to
 * version n + 1. Add a file and a line here for each new version; never edit an old step.
 */
export type MigrationStep = { from: number; schema: z.ZodMiniType; up: (document: never) => unknown };

export const MIGRATION_STEPS: readonly MigrationStep[] = [
  { from: 0, schema: V0Schema, up: migrateV0ToV1 },
  { from: 1, schema: V1Schema, up: migrateV1ToV2 },
];

/** The version of a parsed document: its `version`, or 0 for the versionless first draft. */
export function detectVersion(input: Record<string, unknown>): number | undefined {
  if (typeof input.version === 'number') return input.version;
  if (input.version === undefined && input.format === 'iov-topology-draft') return 0;
  return undefined;
}
