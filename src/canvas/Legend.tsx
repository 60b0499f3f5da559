import { Panel } from '@xyflow/react';
import { LINK_KINDS, type LinkKind } from '../model/index.ts';

const LINK_NAMES: Readonly<Record<LinkKind, string>> = {
  pcie: 'PCIe',
  fc: 'Fibre Channel (FC)',
  ethernet: 'Ethernet',
};

/** The three kinds of cable as the canvas draws them (the same classes as the edges). */
export function Legend() {
  return (
    <Panel position="top-left" className="legend-panel">
      <section className="legend" aria-label="Legend">
        <ul>
          {LINK_KINDS.map((kind) => (
            <li key={kind} className={`link link-${kind}`}>
              <svg width="36" height="10" aria-hidden="true" focusable="false">
                <path className="react-flow__edge-path" d="M2 5H34" />
              </svg>
              {LINK_NAMES[kind]}
            </li>
          ))}
        </ul>
        <p className="rates-note">Labels: rate per direction</p>
      </section>
    </Panel>
  );
}
