import type { SimulationResult } from '../../sim/index.ts';

export type PortRow = { key: string; portId: string; adapterLabel: string; up: number; down: number; meanQueueLength: number };

/** Every port of the adapters with more than one (a single port's figures are its adapter's). */
export function portRows(result: SimulationResult, labels: ReadonlyMap<string, string> = new Map()): PortRow[] {
  return result.adapters.filter((adapter) => adapter.ports.length > 1).flatMap((adapter) => adapter.ports.map((port) => ({
    key: port.id, portId: port.id, adapterLabel: labels.get(adapter.id) ?? adapter.id,
    up: port.utilizationUp, down: port.utilizationDown, meanQueueLength: port.meanQueueLength,
  })));
}

export type FaultWindowRow = {
  key: string;
  start: number;
  end: number;
  /** The failed elements by label, or an empty list when nothing is failed. */
  failed: string[];
  storageP99: number | null;
  networkP99: number | null;
  /** I/Os that had nowhere to go during the window, both classes. */
  failedIos: number;
  retriedIos: number;
};

/** One row per fault window: p99 per class (null when none completed), failed and retried I/Os. */
export function faultWindowRows(result: SimulationResult, labels: ReadonlyMap<string, string> = new Map()): FaultWindowRow[] {
  return result.faultWindows.map((window) => ({
    key: `${window.start}`,
    start: window.start,
    end: window.end,
    failed: window.failed.map((id) => labels.get(id) ?? id),
    storageP99: window.storage.completed > 0 ? window.storage.responseMs.p99 : null,
    networkP99: window.network.completed > 0 ? window.network.responseMs.p99 : null,
    failedIos: window.storage.failed + window.network.failed,
    retriedIos: window.storage.retried + window.network.retried,
  }));
}
