import { Panel } from '@xyflow/react';
import { hasFrame } from '../store/simulationSelectors.ts';
import { useAppStore } from '../store/hooks.ts';
import { usePrefersReducedMotion } from '../ui/usePrefersReducedMotion.ts';
import { UTILIZATION_GRADIENT } from './utilizationScale.ts';
import './simulationOverlay.css';

/** The key to the live diagram, shown while there is a run: the colour scale and what moves. */
export function SimulationLegend() {
  const shown = useAppStore(hasFrame);
  const reduced = usePrefersReducedMotion();
  if (!shown) return null;
  return (
    <Panel position="top-right" className="legend-panel sim-legend-panel">
      <section className="legend sim-legend" aria-label="Utilization legend">
        <p className="sim-legend-title">Utilization</p>
        <div className="scale-bar" style={{ background: UTILIZATION_GRADIENT }} aria-hidden="true" />
        <div className="scale-ticks" aria-hidden="true"><span>0 %</span><span>50 %</span><span>100 %</span></div>
        <p className="sim-legend-note">Of the busiest port-direction, over the last frame.</p>
        {reduced
          ? <p className="sim-legend-note">Reduced motion: numbers and colours only.</p>
          : <p className="sim-legend-note"><span className="marker-key marker-storage" aria-hidden="true" /> storage, <span className="marker-key marker-network" aria-hidden="true" /> network: more marks a second, more MB/s</p>}
      </section>
    </Panel>
  );
}
