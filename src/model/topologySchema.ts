import { checkDocument } from './documentChecks.ts';
import { TopologyShapeSchema } from './schema.ts';
import { lazySchema, z } from './zod.ts';

/**
 * The schema every way in (link, file, autosave, worker) validates a document with: the shape of
 * schema.ts plus the checks across fields of documentChecks.ts (ids, references, cabling, settings).
 * It lives apart from schema.ts because those checks are written against schema.ts's types.
 */
export const TopologySchema = lazySchema(() => TopologyShapeSchema.check(z.superRefine((topology, ctx) => {
  for (const problem of checkDocument(topology)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
})));
