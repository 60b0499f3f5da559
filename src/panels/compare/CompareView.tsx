import { useMemo } from 'react';
import { serversWithQos } from '../../model/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { COMPARED_SIDES, type ComparisonRun } from '../../store/comparisonSlice.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { compareFigures } from './compareFigures.ts';
import { CompareProgress } from './CompareProgress.tsx';
import { CompareTable } from './CompareTable.tsx';
import { describesDesign } from './comparisonState.ts';
import { COMPARISON_WORDS } from './comparisonWords.ts';
import { DesignSketch } from './DesignSketch.tsx';
import { reportHeading } from './printReport.ts';
import { BreakEvenSection } from './BreakEvenSection.tsx';
import { ReportTables } from './ReportTables.tsx';
import './compare.css';

/**
 * The design beside its counterpart (dedicated against virtualized), or beside itself without QoS,
 * both simulated with the same workloads and seed: drawings, the figures side by side, the
 * differences in words. Prints as a one-page report (compare.css).
 */
export function CompareView({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const run = useAppStore((s) => s.comparison);
  const document = useAppStore((s) => s.document);
  const figures = useMemo(() => compareFigures(run, document.settings.prices), [run, document.settings.prices]);
  const current = useMemo(() => describesDesign(run.source, document), [run.source, document]);
  const words = COMPARISON_WORDS[run.kind];
  const heading = useMemo(() => reportHeading({
    title: COMPARISON_WORDS[run.kind].reportTitle, designName: run.source?.name ?? document.name, date: new Date(run.startedAt), seed: run.seed, duration: run.duration,
    warmup: run.source?.settings.warmup ?? document.settings.warmup, prices: document.settings.prices,
  }), [run, document]);
  const again = () => store.getState().compareDesigns(run.kind);
  const counterpartSide = run.sourceSide === 'base' ? 'virtualized' : 'dedicated';
  const { topologies, results } = run;
  // The other comparison of the same design, one click away: with and without QoS once a server has some.
  const hasQos = useMemo(() => serversWithQos(document).length > 0, [document]);
  const otherKind = run.kind === 'qos' ? 'counterpart' : hasQos ? 'qos' : null;
  return (
    <Dialog title={words.title} onClose={onClose} className="compare-view">
      <header className="report-heading">
        <p className="report-title">{heading.title}</p>
        <p className="report-subtitle">{heading.subtitle}</p>
        <ul className="report-assumptions">{heading.assumptions.map((line) => <li key={line}>{line}</li>)}</ul>
      </header>
      <Status run={run} current={current} onAgain={again} onCancel={() => store.getState().cancelComparison()} />
      {topologies && (
        <div className="compare-sides">
          {COMPARED_SIDES.map((side) => (
            <section key={side} className="compare-side" aria-label={`${words.sides[side]} design`}>
              <h3>{words.sides[side]} <span className="compare-tag">{side === run.sourceSide ? 'this design' : words.otherTag}</span></h3>
              <DesignSketch topology={topologies[side]} title={`${words.sides[side]} design`} />
            </section>
          ))}
        </div>
      )}
      {figures && (
        <>
          <p className="compare-headline" aria-label="In short">{figures.headline}</p>
          <CompareTable rows={figures.rows} words={words} />
          <section className="compare-differences" aria-label="Differences">
            <h3>{words.differences}</h3>
            <ul>{figures.differences.map((line) => <li key={line}>{line}</li>)}</ul>
          </section>
          {run.source && topologies && results.base && results.variant && (
            <ReportTables source={run.source} topologies={topologies} results={{ base: results.base, variant: results.variant }} prices={document.settings.prices} words={words} />
          )}
        </>
      )}
      {run.kind === 'counterpart' && <BreakEvenSection />}
      <div className="dialog-actions no-print">
        <button type="button" className="button" onClick={() => store.getState().openDialog({ type: 'prices', back: 'compare' })}>Edit prices…</button>
        {run.kind === 'counterpart' && run.status === 'done' && current && (
          <button type="button" className="button" onClick={() => store.getState().openCounterpart()}>Open the {counterpartSide} counterpart</button>
        )}
        {otherKind && (
          <button type="button" className="button" onClick={() => store.getState().compareDesigns(otherKind)}>{COMPARISON_WORDS[otherKind].command}</button>
        )}
        <button type="button" className="button button-primary" disabled={!figures} onClick={() => window.print()}>Print</button>
      </div>
    </Dialog>
  );
}

function Status({ run, current, onAgain, onCancel }: { run: ComparisonRun; current: boolean; onAgain(): void; onCancel(): void }) {
  if (run.status === 'running') return <CompareProgress run={run} onCancel={onCancel} />;
  if (run.status === 'failed') {
    return (
      <div className="compare-status is-problem no-print" role="alert">
        <p>{run.error ?? 'The comparison failed.'}</p>
        <button type="button" className="button" onClick={onAgain}>Try again</button>
      </div>
    );
  }
  if (run.status === 'cancelled' || run.status === 'idle') {
    return (
      <div className="compare-status no-print">
        <p>{run.status === 'cancelled' ? 'The comparison was cancelled.' : 'Nothing compared yet.'}</p>
        <button type="button" className="button button-primary" onClick={onAgain}>Compare</button>
      </div>
    );
  }
  if (!current) {
    return (
      <div className="compare-status is-stale no-print" role="status">
        <p>The design changed since this comparison: these figures are of the design as it was.</p>
        <button type="button" className="button button-primary" onClick={onAgain}>Compare again</button>
      </div>
    );
  }
  return null;
}
