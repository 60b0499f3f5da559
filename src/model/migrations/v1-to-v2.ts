import { lazySchema, z } from '../zod.ts';

/**
 * Version 1: the format before QoS. Version 2 only adds optional fields (a server's `qos` and its
 * workload's `queueDepth`), so a version 1 document is a version 2 document once its number changes;
 * the whole of it is then checked by the version 2 schema. This step's own schema checks only what
 * sets version 1 apart: those two fields did not exist yet.
 */
const V1Node = lazySchema(() => z.looseObject({
  kind: z.optional(z.string().check(z.maxLength(32))),
  workload: z.optional(z.looseObject({})),
}).check(z.superRefine((node, ctx) => {
  if ('qos' in node) ctx.addIssue({ code: 'custom', path: ['qos'], message: 'is new in version 2: set "version": 2 to use it.' });
  if (node.workload && 'queueDepth' in node.workload) {
    ctx.addIssue({ code: 'custom', path: ['workload', 'queueDepth'], message: 'is new in version 2: set "version": 2 to use it.' });
  }
})));

export const V1Schema = lazySchema(() => z.looseObject({
  version: z.literal(1),
  nodes: z.array(V1Node).check(z.maxLength(10_000)),
}));
export type V1Document = z.infer<typeof V1Schema>;

/** v1 -> v2: the same document under the new number. */
export function migrateV1ToV2(document: V1Document): unknown {
  return { ...document, version: 2 };
}
