import { z } from '../zod.ts';

/**
 * A property of a node kind, described once: the schema, the inspector and `setProperties`
 * all read its bounds from here, so a value the UI accepts is a value the file format accepts.
 */
export type NumberProperty = {
  readonly type: 'number';
  readonly label: string;
  readonly unit?: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** When present, only these values are allowed (for example FC speeds). */
  readonly options?: readonly number[];
};

export type ChoiceProperty<T extends string = string> = {
  readonly type: 'choice';
  readonly label: string;
  readonly default: T;
  readonly options: readonly T[];
};

export type PropertySpec = NumberProperty | ChoiceProperty;
export type PropertySpecs = Readonly<Record<string, PropertySpec>>;

export type PropsOf<S extends PropertySpecs> = {
  -readonly [K in keyof S]: S[K] extends ChoiceProperty<infer T> ? T : number;
};

export function numberProperty(spec: Omit<NumberProperty, 'type'>): NumberProperty {
  return { type: 'number', ...spec };
}

export function choiceProperty<const T extends string>(spec: Omit<ChoiceProperty<T>, 'type'>): ChoiceProperty<T> {
  return { type: 'choice', ...spec };
}

/** Why `value` is not allowed for `spec`, in words a user can act on; undefined when it is allowed. */
export function propertyProblem(spec: PropertySpec, value: unknown): string | undefined {
  if (spec.type === 'choice') {
    return typeof value === 'string' && (spec.options as readonly string[]).includes(value)
      ? undefined
      : `${spec.label} must be one of ${spec.options.join(', ')}.`;
  }
  const unit = spec.unit ? ` ${spec.unit}` : '';
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${spec.label} must be a number.`;
  if (spec.options && !spec.options.includes(value)) {
    return `${spec.label} must be one of ${spec.options.join(', ')}${unit}.`;
  }
  if (value < spec.min || value > spec.max) {
    return `${spec.label} must be between ${spec.min} and ${spec.max}${unit}.`;
  }
  if (spec.integer && !Number.isInteger(value)) return `${spec.label} must be a whole number.`;
  return undefined;
}

function propertySchema(spec: PropertySpec): z.ZodMiniType {
  if (spec.type === 'choice') return z.enum(spec.options as [string, ...string[]]);
  // A list of allowed values becomes an enum in the published JSON Schema too.
  if (spec.options) return z.literal(spec.options as [number, ...number[]]);
  const bounds = [z.minimum(spec.min), z.maximum(spec.max)];
  return spec.integer ? z.number().check(z.int(), ...bounds) : z.number().check(...bounds);
}

/** The zod schema of a kind's `props` object, built from its specs (every key required). */
export function propsSchema<S extends PropertySpecs>(specs: S): z.ZodMiniType<PropsOf<S>> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, spec] of Object.entries(specs)) shape[key] = propertySchema(spec);
  return z.strictObject(shape) as unknown as z.ZodMiniType<PropsOf<S>>;
}

export function defaultProps<S extends PropertySpecs>(specs: S): PropsOf<S> {
  const props: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) props[key] = spec.default;
  return props as PropsOf<S>;
}
