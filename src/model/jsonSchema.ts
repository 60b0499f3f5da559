import { z } from './zod.ts';
import { TopologySchema } from './topologySchema.ts';

export const SCHEMA_ID = 'https://iov.studio/topology.schema.json';

/**
 * The JSON Schema of the file format, generated from the zod schema so the two cannot drift.
 * Published as public/topology.schema.json (`npm run schema`); a test fails when that file is stale.
 * It cannot express the cross-references (ids that exist, cables between the right kinds): those
 * are checked by `migrate`, and docs/file-format.md lists them.
 */
export function topologyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(TopologySchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...generated,
    $id: SCHEMA_ID,
    title: 'IOV Studio design',
    description: 'A topology of servers, IOV switches, adapters and fabrics, with workloads and simulation settings. See docs/file-format.md.',
  };
}

export function topologyJsonSchemaText(): string {
  return `${JSON.stringify(topologyJsonSchema(), null, 2)}\n`;
}
