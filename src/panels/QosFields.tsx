import { useId, useState } from 'react';
import type { ServerNode } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { TextField } from '../ui/Field.tsx';
import { NETWORK_QOS_FIELDS, QUEUE_DEPTH_FIELD, readQosField, STORAGE_QOS_FIELDS, type QosField } from './qosFields.ts';

/** The value the selected servers share ('' when none has one), or undefined when they differ. */
function shared(servers: readonly ServerNode[], field: QosField): string | undefined {
  const values = servers.map((server) => field.read(server));
  return values.every((v) => v === values[0]) ? (values[0] === undefined ? '' : String(values[0])) : undefined;
}

/** One optional QoS field of the selected servers: empty removes it; a refusal stays under it. */
function QosTextField({ servers, field }: { servers: readonly ServerNode[]; field: QosField }) {
  const store = useAppStoreApi();
  const ids = servers.map((s) => s.id);
  const value = shared(servers, field);
  const commit = (text: string) => {
    let read: ReturnType<typeof readQosField> = { value: undefined };
    for (const server of servers) {
      read = readQosField(field, text, server);
      if ('problem' in read) return read.problem;
    }
    if (!('value' in read)) return undefined;
    const patch = field.patch(read.value);
    const result = 'workload' in patch
      ? store.getState().setWorkload(ids, patch.workload, { quiet: true })
      : store.getState().setQos(ids, patch.qos, { quiet: true });
    return result.ok ? undefined : result.reason;
  };
  return (
    <TextField
      key={`${ids.join()}:${field.id}`} label={field.label} unit={field.unit} numeric help={field.help}
      value={value ?? ''} placeholder={value === undefined ? 'Mixed' : 'none'} commit={commit}
    />
  );
}

/** The queue depth of the selected servers' workload. */
export function QueueDepthField({ servers }: { servers: readonly ServerNode[] }) {
  return <QosTextField servers={servers} field={QUEUE_DEPTH_FIELD} />;
}

/**
 * How the selected servers share the pools they use: weights, guarantees and caps per class.
 * Folded away until a server has any, so that a design without QoS shows what it always showed.
 */
export function QosFields({ servers }: { servers: readonly ServerNode[] }) {
  const id = useId();
  const [open, setOpen] = useState(() => servers.some((s) => s.qos !== undefined));
  return (
    <div className="qos-section">
      <button type="button" className="qos-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="qos-chevron">{open ? '▾' : '▸'}</span> QoS in shared pools
      </button>
      {open && (
        <div id={id} className="qos-fields" role="group" aria-label="QoS in shared pools">
          <p className="field-help">
            When servers share an IOV switch’s adapters: each class’s share of a busy pool, a rate it is guaranteed and a cap it never exceeds.
          </p>
          <fieldset className="field-group">
            <legend>Storage QoS</legend>
            {STORAGE_QOS_FIELDS.map((field) => <QosTextField key={field.id} servers={servers} field={field} />)}
          </fieldset>
          <fieldset className="field-group">
            <legend>Network QoS</legend>
            {NETWORK_QOS_FIELDS.map((field) => <QosTextField key={field.id} servers={servers} field={field} />)}
          </fieldset>
        </div>
      )}
    </div>
  );
}
