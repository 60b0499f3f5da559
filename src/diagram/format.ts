import type { AdapterNode, Workload } from '../model/index.ts';
import { lazyNumberFormat } from '../model/lazyIntl.ts';

const NUMBER = lazyNumberFormat('en-US', { maximumSignificantDigits: 3 });
const COUNT = lazyNumberFormat('en-US');
const COMPACT = lazyNumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });

/** A rate in bytes per second, to three significant digits: "800 MB/s", "3.36 GB/s". */
export function formatRate(bytesPerSecond: number): string {
  return bytesPerSecond >= 1e9
    ? `${NUMBER.format(bytesPerSecond / 1e9)} GB/s`
    : `${NUMBER.format(bytesPerSecond / 1e6)} MB/s`;
}

/** An adapter's line speed as the trade writes it: "8GFC", "10 GbE". */
export function formatSpeed(adapter: AdapterNode): string {
  return adapter.kind === 'fc-hba' ? `${adapter.props.speedGfc}GFC` : `${adapter.props.speedGbe} GbE`;
}

export function formatPorts(ports: number): string {
  return ports === 1 ? '1 port' : `${ports} ports`;
}

export function formatIops(workload: Workload): string {
  const iops = workload.storageIops;
  return `${iops >= 100_000 ? COMPACT.format(iops) : COUNT.format(iops)} IOPS`;
}

export function formatMbps(workload: Workload): string {
  const mbps = workload.networkMbps;
  return mbps >= 1000 ? `${NUMBER.format(mbps / 1000)} Gb/s` : `${NUMBER.format(mbps)} Mb/s`;
}
