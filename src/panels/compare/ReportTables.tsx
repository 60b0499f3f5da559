import { useMemo } from 'react';
import type { Prices, Topology } from '../../model/index.ts';
import type { SimulationResult } from '../../sim/index.ts';
import type { ComparedSide } from '../../store/comparisonSlice.ts';
import type { ComparisonWords } from './comparisonWords.ts';
import { intervalRows, priceRows, serverRows } from './reportTables.ts';

type Props = { source: Topology; topologies: Record<ComparedSide, Topology>; results: Record<ComparedSide, SimulationResult>; prices: Prices; words: ComparisonWords };

/** What the printed report must state to stand on its own: the servers and their workloads, the prices used, each figure's interval. */
export function ReportTables({ source, topologies, results, prices, words }: Props) {
  const servers = useMemo(() => serverRows(source), [source]);
  const priced = useMemo(() => priceRows(topologies, prices), [topologies, prices]);
  const intervals = useMemo(() => intervalRows(results), [results]);
  return (
    <div className="report-tables">
      <section aria-label="Response with intervals">
        <div className="table-scroll">
          <table className="compare-table">
            <caption>Response times with their intervals (99 %, batch means within each run)</caption>
            <thead><tr><th scope="col">Figure</th><th scope="col">{words.sides.base}</th><th scope="col">{words.sides.variant}</th></tr></thead>
            <tbody>{intervals.map((row) => <tr key={row.id}><th scope="row">{row.label}</th><td>{row.base}</td><td>{row.variant}</td></tr>)}</tbody>
          </table>
        </div>
      </section>
      <section aria-label="Servers and workloads">
        <div className="table-scroll">
          <table className="compare-table report-servers">
            <caption>The servers and their workloads (the same on both sides)</caption>
            <thead><tr><th scope="col">Server</th><th scope="col">Preset</th><th scope="col">Storage</th><th scope="col">Network</th><th scope="col">Arrivals</th></tr></thead>
            <tbody>{servers.map((row) => <tr key={row.id}><th scope="row">{row.label}</th><td>{row.preset}</td><td>{row.storage}</td><td>{row.network}</td><td>{row.arrivals}</td></tr>)}</tbody>
          </table>
        </div>
      </section>
      <section aria-label="Prices used">
        <div className="table-scroll">
          <table className="compare-table">
            <caption>Prices and power used, per item (estimates unless the design sets its own)</caption>
            <thead><tr><th scope="col">Item</th><th scope="col">Most used</th><th scope="col">Price</th><th scope="col">Power</th><th scope="col">Source</th></tr></thead>
            <tbody>{priced.map((row) => <tr key={row.item}><th scope="row">{row.item}</th><td>{row.count}</td><td>{row.price}</td><td>{row.power}</td><td>{row.source}</td></tr>)}</tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
