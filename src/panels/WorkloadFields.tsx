import { Suspense, useState } from 'react';
import { ARRIVALS, PRESET_NAMES, presetOf, SIZE_DISTRIBUTIONS, type PresetName, type ServerNode, type Workload } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { SelectField, TextField } from '../ui/Field.tsx';
import { lazyNamed } from '../ui/lazyNamed.ts';
import { fieldProblem, parseNumber, toDocumentValue, toShownValue, WORKLOAD_FIELDS } from './fieldValue.ts';
import { QosFields, QueueDepthField } from './QosFields.tsx';

// Fetched when first opened: it holds the iostat and fio parsers, which the first page does not need.
const ImportWorkloadDialog = lazyNamed(() => import('./ImportWorkloadDialog.tsx'), 'ImportWorkloadDialog');

const PRESET_LABELS: Readonly<Record<PresetName, string>> = {
  idle: 'Idle', web: 'Web server', database: 'Database', backup: 'Backup', vdi: 'Virtual desktops (VDI)',
};
const ARRIVAL_LABELS = { poisson: 'Steady (Poisson)', bursty: 'Bursty (on/off)' } as const;
const SIZE_LABELS = { exponential: 'Varying (exponential)', fixed: 'Fixed' } as const;

/** The value the selected servers share, or undefined when they differ. */
function shared<K extends keyof Workload>(servers: readonly ServerNode[], key: K): Workload[K] | undefined {
  const first = servers[0]?.workload[key];
  return servers.every((s) => s.workload[key] === first) ? first : undefined;
}

/**
 * What the selected servers ask of their I/O: a preset of SIMULATION.md, or values of one's own.
 * The presets are stored as values; the list shows the preset those values are, or "Custom".
 */
export function WorkloadFields({ servers }: { servers: readonly ServerNode[] }) {
  const store = useAppStoreApi();
  const [importing, setImporting] = useState(false);
  const ids = servers.map((s) => s.id);
  const apply = (workload: PresetName | Partial<Workload>) => {
    const result = store.getState().setWorkload(ids, workload, { quiet: true });
    return result.ok ? undefined : result.reason;
  };
  const presets = new Set(servers.map((s) => presetOf(s.workload) ?? 'custom'));
  const preset = presets.size === 1 ? [...presets][0]! : undefined;
  const arrivals = shared(servers, 'arrivals');
  const fields = WORKLOAD_FIELDS.filter((f) => (f.key !== 'onMs' && f.key !== 'offMs') || arrivals === 'bursty');
  const key = ids.join();
  return (
    <fieldset className="field-group">
      <legend>Workload</legend>
      <SelectField
        key={`${key}:preset`} label="Preset" value={preset ?? ''} mixed={preset === undefined}
        options={[...PRESET_NAMES.map((name) => ({ value: name, label: PRESET_LABELS[name] })), ...(preset === 'custom' ? [{ value: 'custom', label: 'Custom' }] : [])]}
        commit={(value) => (value === 'custom' ? undefined : apply(value as PresetName))}
      />
      {fields.map((field) => {
        const value = shared(servers, field.key);
        return (
          <TextField
            key={`${key}:${field.key}`} label={field.spec.label} unit={field.spec.type === 'number' ? field.spec.unit : undefined} numeric
            value={value === undefined ? '' : String(toShownValue(field, value))} placeholder={value === undefined ? 'Mixed' : undefined}
            commit={(text) => fieldProblem(field.spec, text) ?? apply({ [field.key]: toDocumentValue(field, parseNumber(text)!) })}
          />
        );
      })}
      <SelectField
        key={`${key}:arrivals`} label="Arrivals" value={arrivals ?? ''} mixed={arrivals === undefined}
        options={ARRIVALS.map((a) => ({ value: a, label: ARRIVAL_LABELS[a] }))} commit={(value) => apply({ arrivals: value as Workload['arrivals'] })}
      />
      <SelectField
        key={`${key}:sizes`} label="Sizes" value={shared(servers, 'sizes') ?? ''} mixed={shared(servers, 'sizes') === undefined}
        options={SIZE_DISTRIBUTIONS.map((d) => ({ value: d, label: SIZE_LABELS[d] }))} commit={(value) => apply({ sizes: value as Workload['sizes'] })}
      />
      <QueueDepthField servers={servers} />
      <QosFields key={`${key}:qos`} servers={servers} />
      <button type="button" className="button" onClick={() => setImporting(true)}>Import measured workload…</button>
      {importing && <Suspense fallback={null}><ImportWorkloadDialog servers={servers} onClose={() => setImporting(false)} /></Suspense>}
    </fieldset>
  );
}
