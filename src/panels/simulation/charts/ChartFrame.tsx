import type { ReactNode } from 'react';
import { TransportIcon } from '../TransportIcon.tsx';

/** A chart's heading, its CSV download and its body. */
export function ChartFrame({ title, onDownload, children }: { title: string; onDownload?: () => void; children: ReactNode }) {
  return (
    <section className="chart" aria-label={title}>
      <header className="chart-header">
        <h3>{title}</h3>
        {onDownload && (
          <button type="button" className="tool-button" aria-label={`Download ${title.toLowerCase()} as CSV`} title="Download as CSV" onClick={onDownload}>
            <TransportIcon name="download" />
          </button>
        )}
      </header>
      {children}
    </section>
  );
}
