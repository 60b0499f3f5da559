import type { PropertySpec } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { SelectField, TextField } from '../ui/Field.tsx';
import { fieldProblem, parseNumber, type SharedProperty } from './fieldValue.ts';

/** What each dispatch policy does (SIMULATION.md, "Dispatch in a pool"), under the policy's list. */
const POLICY_HELP: Readonly<Record<string, string>> = {
  'shared-queue': 'One queue at the switch feeds the first idle port of the pool (M/M/c).',
  'least-loaded': 'Each I/O joins the port with the fewest I/Os queued or in service.',
  static: 'Each server is bound to one port, round robin, and rebound when that port fails.',
};

const formatNumber = (value: number | string | undefined) => (value === undefined ? '' : String(value));

/**
 * The catalog's properties of the selected nodes (the ones they share when there are several):
 * a list when only some values are allowed, a field otherwise. A value outside the bounds is not
 * applied, and the field says why.
 */
export function PropertyFields({ ids, properties }: { ids: readonly string[]; properties: readonly SharedProperty[] }) {
  const store = useAppStoreApi();
  const apply = (key: string, value: unknown) => {
    const result = store.getState().setProperties(ids, { [key]: value }, { quiet: true });
    return result.ok ? undefined : result.reason;
  };
  return properties.map(({ key, spec, value, mixed }) => <PropertyField key={`${ids.join()}:${key}`} spec={spec} value={value} mixed={mixed} apply={(v) => apply(key, v)} />);
}

function PropertyField({ spec, value, mixed, apply }: { spec: PropertySpec; value: string | number | undefined; mixed: boolean; apply(value: unknown): string | undefined }) {
  if (spec.type === 'choice') {
    return (
      <SelectField
        label={spec.label} value={String(value ?? '')} mixed={mixed} options={spec.options.map((o) => ({ value: o, label: o }))}
        help={value === undefined ? undefined : POLICY_HELP[String(value)]} commit={apply}
      />
    );
  }
  if (spec.options) {
    const unit = spec.unit ? ` ${spec.unit}` : '';
    return (
      <SelectField
        label={spec.label} value={formatNumber(value)} mixed={mixed}
        options={spec.options.map((o) => ({ value: String(o), label: `${o}${unit}` }))} commit={(text) => apply(Number(text))}
      />
    );
  }
  return (
    <TextField
      label={spec.label} unit={spec.unit} value={formatNumber(value)} placeholder={mixed ? 'Mixed' : undefined} numeric
      commit={(text) => fieldProblem(spec, text) ?? apply(parseNumber(text))}
    />
  );
}
