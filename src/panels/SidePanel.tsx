import { Suspense } from 'react';
import { selectFindings } from '../store/index.ts';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { Tabs } from '../ui/Tabs.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { InspectorPanel } from './InspectorPanel.tsx';
import { lazyNamed } from '../ui/lazyNamed.ts';

// The run's figures and charts are fetched when the tab is first shown.
const SimulationPanel = lazyNamed(() => import('./simulation/SimulationPanel.tsx'), 'SimulationPanel');
const SweepPanel = lazyNamed(() => import('./sweep/SweepPanel.tsx'), 'SweepPanel');

/** The right-hand panel: the inspector of the selection, the findings of the design, and the simulation's figures. */
export function SidePanel({ onClose }: { onClose?: () => void }) {
  const store = useAppStoreApi();
  const tab = useAppStore((s) => s.panelTab);
  const viewOnly = useAppStore((s) => s.viewOnly);
  const findings = useAppStore(selectFindings);
  return (
    <aside id="side-panel" className={`side-panel${onClose ? ' is-drawer' : ''}`} aria-label="Inspector and findings">
      {onClose && <button type="button" className="icon-button drawer-close" aria-label="Close the panel" onClick={onClose}>×</button>}
      <Tabs
        label="Panels" current={tab} onChange={(id) => store.getState().setPanelTab(id)}
        tabs={[
          // A view-only design shows its properties with every field disabled.
          { id: 'inspector', label: 'Inspector', panel: <fieldset className="inspector-lock" disabled={viewOnly}><InspectorPanel /></fieldset> },
          { id: 'findings', label: <>Findings <span className="tab-count">{findings.length}</span></>, panel: <FindingsPanel /> },
          { id: 'simulation', label: 'Simulation', panel: <Suspense fallback={<p className="inspector-hint">Loading the simulation panel…</p>}><SimulationPanel /></Suspense> },
          { id: 'sweep', label: 'Sweep', panel: <Suspense fallback={<p className="inspector-hint">Loading the sweep panel…</p>}><SweepPanel /></Suspense> },
        ]}
      />
    </aside>
  );
}
