import { echoText, echoValue } from './echo.ts';
import { MIGRATION_STEPS, detectVersion } from './migrations/index.ts';
import { MAX_KEY_CHARS, findOverlongKey } from './overlongKey.ts';
import { capProblems, describeIssue, type Problem } from './problems.ts';
import { CURRENT_VERSION, LIMITS, type Topology } from './schema.ts';
import { TopologySchema } from './topologySchema.ts';

export type MigrateResult =
  | { ok: true; topology: Topology; /** The version the input had, when it was upgraded. */ upgradedFrom?: number }
  | { ok: false; problems: Problem[] };

const fail = (path: string, message: string): MigrateResult => ({ ok: false, problems: [{ path, message }] });

/**
 * The single door through which a document enters: files, links and autosave all pass here.
 * It upgrades older versions one step at a time, then validates. It never throws.
 */
export function migrate(input: unknown): MigrateResult {
  try {
    return migrateUnsafe(input);
  } catch (error) {
    return fail('(document)', `The design could not be read (${echoText(error instanceof Error ? error.message : 'unknown error')}). Check that it is an IOV Studio design.`);
  }
}

function migrateUnsafe(input: unknown): MigrateResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('(document)', 'This is not an IOV Studio design: expected a JSON object with "version", "nodes", "links" and "settings".');
  }
  const record = input as Record<string, unknown>;
  // Before any other work: these two are what a hostile input uses to make the answer slow or huge.
  if ('version' in record && typeof record.version !== 'number') {
    return fail('version', `The version must be a whole number such as ${CURRENT_VERSION}, not ${echoValue(record.version)}.`);
  }
  const overlong = findOverlongKey(record);
  if (overlong) {
    return fail(overlong.path, `has an unknown field "${echoText(overlong.key)}": no field of a design is longer than ${MAX_KEY_CHARS} characters. Remove it.`);
  }
  let version = detectVersion(record);
  if (version === undefined) {
    return fail('version', `The design has no version number: expected "version": ${CURRENT_VERSION}. Was it made by IOV Studio?`);
  }
  if (!Number.isInteger(version) || version < 0) return fail('version', `The version ${version} is not valid: expected a whole number such as ${CURRENT_VERSION}.`);
  if (version > CURRENT_VERSION) {
    return fail('version', `This design is version ${version}, made by a newer IOV Studio; this one reads up to version ${CURRENT_VERSION}. Update IOV Studio to open it.`);
  }
  const tooMany = checkSize(record);
  if (tooMany) return tooMany;

  const from = version;
  let document: unknown = record;
  while (version < CURRENT_VERSION) {
    const step = MIGRATION_STEPS.find((s) => s.from === version);
    if (!step) return fail('version', `No upgrade is known from version ${version}.`);
    const parsed = step.schema.safeParse(document, { reportInput: true });
    if (!parsed.success) {
      return { ok: false, problems: capProblems(parsed.error.issues.map((issue) => prefixVersion(describeIssue(issue), version!))) };
    }
    document = step.up(parsed.data as never);
    version += 1;
  }
  const parsed = TopologySchema.safeParse(document, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: capProblems(parsed.error.issues.map(describeIssue)) };
  return from < CURRENT_VERSION ? { ok: true, topology: parsed.data, upgradedFrom: from } : { ok: true, topology: parsed.data };
}

function prefixVersion(problem: Problem, version: number): Problem {
  return { path: problem.path, message: `(version ${version} file) ${problem.message}` };
}

/** Refuse an oversized design before validating each of its elements. */
function checkSize(record: Record<string, unknown>): MigrateResult | undefined {
  const nodes = record.nodes;
  const links = record.links ?? record.edges;
  if (Array.isArray(nodes) && nodes.length > LIMITS.nodes) {
    return fail('nodes', `The design has ${nodes.length} nodes; IOV Studio opens at most ${LIMITS.nodes}. Split it into smaller designs.`);
  }
  if (Array.isArray(links) && links.length > LIMITS.links) {
    return fail(record.links ? 'links' : 'edges', `The design has ${links.length} links; IOV Studio opens at most ${LIMITS.links}.`);
  }
  return undefined;
}
