import { useAppStore } from '../../../store/hooks.ts';
import { labelsOf } from '../labels.ts';
import { QueueChart } from './QueueChart.tsx';
import { ResponseChart } from './ResponseChart.tsx';
import { ThroughputChart } from './ThroughputChart.tsx';
import { UtilizationChart } from './UtilizationChart.tsx';
import './charts.css';

/** The run's charts: loaded (with recharts) only when first shown, by SimulationPanel's import(). */
export default function SimulationCharts() {
  const result = useAppStore((s) => s.simulation.result);
  const document = useAppStore((s) => s.simulation.runDocument ?? s.document);
  return (
    <div className="charts">
      <UtilizationChart />
      <ThroughputChart />
      <QueueChart />
      <ResponseChart result={result} labels={labelsOf(document)} designName={document.name} />
    </div>
  );
}
