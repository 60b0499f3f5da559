import { useAppStore } from '../../store/hooks.ts';
import { FaultControls } from './FaultControls.tsx';

/** In the inspector, while a run is on show: fail or recover the one element selected. */
export function InspectorFaults({ id }: { id: string | undefined }) {
  const hasRun = useAppStore((s) => s.simulation.runDocument !== null);
  return hasRun && id ? <FaultControls id={id} /> : null;
}
