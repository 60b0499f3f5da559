// Writes public/topology.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { topologyJsonSchemaText } from '../src/model/jsonSchema.ts';

const path = new URL('../public/topology.schema.json', import.meta.url);
writeFileSync(path, topologyJsonSchemaText());
console.log(`wrote ${path.pathname}`);
