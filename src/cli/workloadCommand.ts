import { writeFile } from 'node:fs/promises';
import { echoValue, importMeasurement, matchFilesToServers, migrate, parseFio, parseIostat, setWorkload, type ImportResult, type Problem, type ServerNode, type Topology } from '../model/index.ts';
import { encodeDesignFile } from '../share/index.ts';
import { EXIT, type Command, type CommandInput, type Terminal } from './command.ts';
import { plural } from './plural.ts';
import { readDesignFile, STDIN_PATH } from './readDesignFile.ts';
import { inFolder, listMeasurementFiles, readMeasurementFile } from './readMeasurementFile.ts';
import { reportProblems } from './reportProblems.ts';
import { describeMeasured, type Imported } from './workloadReport.ts';

type Options = CommandInput['options'];
type Plan = { out: string; device?: string } & ({ server: string; file: string; tool: 'iostat' | 'fio' } | { dir: string });

export const workloadCommand: Command = {
  name: 'workload',
  summary: 'Set servers\' storage workloads from iostat -x or fio measurements',
  positionals: ['import', 'DESIGN'],
  options: {
    server: { type: 'string', description: 'The server to set (its id, or its label)' },
    iostat: { type: 'string', description: 'A file of iostat -x output (sysstat 11 or 12)' },
    fio: { type: 'string', description: 'A file of fio --output-format=json output' },
    dir: { type: 'string', description: 'A folder of measurement files, one per server, named after its label' },
    device: { type: 'string', description: 'Read this iostat device only (e.g. nvme0n1)' },
    out: { type: 'string', description: 'The design file to write (PATH, or - for standard output)' },
  },
  details: [
    'Sets the storage IOPS, block size and read share of a server from what was measured on it, and',
    'writes the design to --out. iostat -x: the reports after the first (which counts since boot) are',
    'averaged and the peak printed; columns are read by name; dm- devices are left out (they count their',
    'disks\' I/O again) unless --device names one. fio JSON: the jobs\' IOPS added, the block size as',
    'io_bytes / total_ios; a warning when no rate or rate_iops was set (fio then measured the storage).',
    '',
    'With --dir, each file sets the server whose label (ignoring case), or else id, is the file\'s name',
    'without .txt, .json, .log, .out, .iostat or .fio: db01.txt and db01.iostat.txt set "db01". Each file',
    'is read as iostat or fio JSON by its content. Files that match no server are listed, not read.',
    '',
    'Exit codes: 0 done, 2 a file or an option cannot be used (the design is then not written).',
  ].join('\n'),
  async run({ positionals: [action = '', design = ''], options }, terminal) {
    const plan = parseWorkloadOptions(action, options);
    if ('problems' in plan) return reportProblems('workload import', 'the options', plan.problems, false, terminal);
    const read = await readDesignFile(design);
    if (!read.ok) return reportProblems('workload import', design, read.problems, false, terminal);
    const imported = 'dir' in plan ? await importFolder(plan.dir, read.topology, plan.device, terminal) : await importOne(plan, read.topology);
    if ('problems' in imported) return reportProblems('workload import', 'dir' in plan ? plan.dir : plan.file, imported.problems, false, terminal);
    return writeDesign(read.topology, imported.list, plan.out, terminal);
  },
};

/** The options checked all at once, so that one run names every problem. */
export function parseWorkloadOptions(action: string, options: Options): Plan | { problems: Problem[] } {
  const problems: Problem[] = [];
  const text = (name: string) => (typeof options[name] === 'string' && options[name] !== '' ? (options[name] as string) : undefined);
  const [server, iostat, fio, dir, out, device] = ['server', 'iostat', 'fio', 'dir', 'out', 'device'].map(text);
  if (action !== 'import') problems.push({ path: 'ACTION', message: `must be import, as in iov workload import design.json --server db01 --iostat db01.txt --out new.json (got ${echoValue(action)}).` });
  if (!out) problems.push({ path: '--out', message: 'is required: the design file to write (or - for standard output).' });
  if (dir !== undefined) {
    if (server || iostat || fio) problems.push({ path: '--dir', message: 'replaces --server, --iostat and --fio: give either --dir or --server with one file.' });
  } else {
    if (!server) problems.push({ path: '--server', message: 'is required (or --dir): the id or label of the server measured.' });
    if ((iostat === undefined) === (fio === undefined)) problems.push({ path: '--iostat/--fio', message: 'give exactly one measurement file: --iostat FILE or --fio FILE.' });
  }
  if (device !== undefined && fio !== undefined) problems.push({ path: '--device', message: 'applies to iostat output only.' });
  if (problems.length > 0) return { problems };
  const base = { out: out!, ...(device !== undefined ? { device } : {}) };
  if (dir !== undefined) return { ...base, dir };
  return { ...base, server: server!, file: (iostat ?? fio)!, tool: iostat !== undefined ? 'iostat' : 'fio' };
}

function findServer(topology: Topology, wanted: string): ServerNode | undefined {
  const servers = topology.nodes.filter((n): n is ServerNode => n.kind === 'server');
  const byLabel = servers.filter((s) => s.label === wanted);
  return servers.find((s) => s.id === wanted) ?? (byLabel.length === 1 ? byLabel[0] : undefined);
}

async function importOne(plan: Extract<Plan, { server: string }>, topology: Topology): Promise<{ list: Imported[] } | { problems: Problem[] }> {
  const server = findServer(topology, plan.server);
  if (!server) return { problems: [{ path: '--server', message: `no server has the id or label ${echoValue(plan.server)} in the design.` }] };
  if (plan.file === STDIN_PATH) return { problems: [{ path: `--${plan.tool}`, message: 'must be a file: standard input is for the design.' }] };
  const text = await readMeasurementFile(plan.file);
  if (!text.ok) return { problems: [text.problem] };
  const result = plan.tool === 'fio' ? parseFio(text.text) : parseIostat(text.text, plan.device === undefined ? {} : { device: plan.device });
  if (!result.ok) return { problems: result.problems };
  return { list: [{ server, file: plan.file, result }] };
}

async function importFolder(dir: string, topology: Topology, device: string | undefined, terminal: Terminal): Promise<{ list: Imported[] } | { problems: Problem[] }> {
  const listing = await listMeasurementFiles(dir);
  if (!listing.ok) return { problems: [listing.problem] };
  const matching = matchFilesToServers(listing.files, topology);
  const problems: Problem[] = matching.ambiguous.map((file) => ({ path: file, message: 'matches more than one server (or its server has another file): rename it after one server\'s label.' }));
  if (matching.matched.length === 0) problems.push({ path: dir, message: `holds no file named after a server's label (${plural(listing.files.length, 'file')} read); name them like db01.txt.` });
  const list: Imported[] = [];
  for (const { file, server } of matching.matched) {
    const text = await readMeasurementFile(inFolder(dir, file));
    const result: ImportResult = text.ok ? importMeasurement(text.text, device === undefined ? {} : { device }) : { ok: false, problems: [text.problem] };
    if (result.ok) list.push({ server, file, result });
    else problems.push(...result.problems.map((p) => ({ path: `${file}: ${p.path}`, message: p.message })));
  }
  if (problems.length > 0) return { problems };
  if (matching.unmatched.length > 0) terminal.err(`Not read, no server of that label: ${matching.unmatched.slice(0, 20).map((f) => echoValue(f)).join(', ')}${matching.unmatched.length > 20 ? ` and ${matching.unmatched.length - 20} more` : ''}.\n`);
  return { list };
}

async function writeDesign(topology: Topology, list: readonly Imported[], out: string, terminal: Terminal) {
  let next = topology;
  for (const { server, result } of list) {
    if (!result.ok) continue;
    const applied = setWorkload(next, server.id, result.workload);
    if (!applied.ok) return reportProblems('workload import', server.label, [{ path: server.id, message: applied.reason }], false, terminal);
    next = applied.topology;
  }
  // The written file goes through the same validation as any design opened.
  const checked = migrate(JSON.parse(encodeDesignFile(next)));
  if (!checked.ok) return reportProblems('workload import', 'the design with the imported workloads', checked.problems, false, terminal);
  const report = describeMeasured(list);
  const say = out === STDIN_PATH ? terminal.err.bind(terminal) : terminal.out.bind(terminal);
  say(report);
  if (out === STDIN_PATH) {
    terminal.out(encodeDesignFile(checked.topology));
    return EXIT.done;
  }
  try {
    await writeFile(out, encodeDesignFile(checked.topology));
  } catch {
    return reportProblems('workload import', out, [{ path: '--out', message: 'The design could not be written: give a path in a folder you may write to.' }], false, terminal);
  }
  say(`Wrote ${out}: ${plural(list.length, 'server')} set from measurements.\n`);
  return EXIT.done;
}
