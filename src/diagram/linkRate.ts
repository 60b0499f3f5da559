import {
  pcieRateBytesPerSecond, portRateBytesPerSecond, type TopologyIndex, type TopologyLink,
} from '../model/index.ts';

/**
 * What one cable carries per direction: a PCIe cable its rate, a fabric cable its adapter's port
 * rate times its ports (one cable carries all of an adapter's ports, SIMULATION.md "Cabling").
 * Undefined when an end is missing or of the wrong kind. A candidate for src/model.
 */
export function linkRate(index: TopologyIndex, link: TopologyLink): { perPort: number; ports: number } | undefined {
  const source = index.node(link.source);
  const target = index.node(link.target);
  if (link.kind === 'pcie') {
    if (source?.kind !== 'server' || target?.kind !== 'iov-switch') return undefined;
    return { perPort: pcieRateBytesPerSecond(source, target), ports: 1 };
  }
  if (source?.kind !== 'fc-hba' && source?.kind !== 'eth-nic') return undefined;
  return { perPort: portRateBytesPerSecond(source), ports: source.props.ports };
}
