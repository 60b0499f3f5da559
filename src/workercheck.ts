// The simulation worker check page (workercheck.html): drives the real worker of the production
// build through the app's client and shows what arrives, for an end-to-end test (e2e/worker.spec.ts)
// and for a person checking a browser by hand.
import { example } from './model/index.ts';
import { hashResult, type SimulationResult } from './sim/index.ts';
import { createSimulationClient } from './worker/client.ts';

const params = new URLSearchParams(location.search);
const seed = Number(params.get('seed') ?? 1);
// Long enough that a person (or a test) can pause well before the end at 100x.
const duration = Number(params.get('duration') ?? 120);

const seen = {
  status: 'starting',
  time: 0,
  frames: 0,
  arraysArrived: true,
  highestUtilization: 0,
  achievedSpeed: 0,
  faultAt: null as number | null,
  result: null as SimulationResult | null,
  error: '',
};

const report = document.getElementById('report')!;

function show(): void {
  const { result } = seen;
  const failed = result?.servers.reduce((sum, s) => sum + s.storage.failed + s.network.failed, 0);
  const hba2 = result?.adapters.find((a) => a.id === 'hba2')?.utilization;
  const rows: [string, string][] = [
    ['Status', seen.status],
    ['Simulated time', String(seen.time)],
    ['Frames received', String(seen.frames)],
    ['Arrays arrived', seen.frames === 0 ? 'none yet' : seen.arraysArrived ? 'yes' : 'no'],
    ['Highest utilization in a frame', String(seen.highestUtilization)],
    ['Achieved speed', seen.achievedSpeed.toFixed(1)],
    ['Fault time', seen.faultAt === null ? 'none' : String(seen.faultAt)],
    ['Failed I/O', failed === undefined ? 'running' : String(failed)],
    ['hba2 utilization', hba2 === undefined ? 'running' : String(hba2)],
    ['Fingerprint', result ? hashResult(result) : 'running'],
    ['Error', seen.error || 'none'],
  ];
  report.replaceChildren(...rows.flatMap(([term, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.setAttribute('aria-label', `${term}: ${value}`);
    return [dt, dd];
  }));
}

const client = createSimulationClient();
client.subscribe((event) => {
  switch (event.type) {
    case 'status': seen.status = event.message ? `${event.status}: ${event.message}` : event.status; break;
    case 'state': seen.time = event.time; break;
    case 'frame':
      seen.frames++;
      seen.time = event.time;
      seen.achievedSpeed = event.achievedSpeed;
      // Transferred arrays arrive whole here (and are left empty in the worker).
      seen.arraysArrived &&= event.adapterUtilization.byteLength > 0 && event.linkUtilization.byteLength > 0 && event.adapterQueued.byteLength > 0;
      seen.highestUtilization = Math.max(seen.highestUtilization, ...event.adapterUtilization);
      break;
    case 'faultApplied': seen.faultAt = event.at; break;
    case 'done': seen.result = event.result; break;
    case 'error': seen.error = event.message; break;
    default: break;
  }
  show();
});

const on = (id: string, action: () => void) => document.getElementById(id)!.addEventListener('click', action);
on('play', () => client.play(100));
on('pause', () => client.pause());
on('step', () => client.step(1));
on('fault', () => client.injectFault('hba1'));
on('run', () => client.runToEnd());
on('restart', () => client.restart());

show();
client.load(example('virtualized-rack'), { seed, duration });
