// Writes src/model/examples/virtualizedRack.document.ts, the first visit's design as data:
// `npm run examples`. Built through the editor's operations (virtualizedRack.ts), it took 10–17 ms
// of a newcomer's start; examples.test.ts fails when the two differ.
import { writeFileSync } from 'node:fs';
import { virtualizedRackDocumentSource } from '../src/model/examples/storedExample.ts';

const path = new URL('../src/model/examples/virtualizedRack.document.ts', import.meta.url);
writeFileSync(path, virtualizedRackDocumentSource());
console.log(`wrote ${path.pathname}`);
