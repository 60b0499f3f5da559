/**
 * Line colours for many series: the Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"),
 * told apart with the common colour-vision deficiencies; past seven, dashes tell lines apart too.
 */
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#B8A200'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

export function seriesStyle(index: number): { stroke: string; strokeDasharray: string } {
  return { stroke: OKABE_ITO[index % OKABE_ITO.length]!, strokeDasharray: DASHES[Math.floor(index / OKABE_ITO.length) % DASHES.length]! };
}

/** Storage and network as the canvas colours their adapters (theme variables). */
export const CLASS_COLOURS = { storage: 'var(--kind-fc-hba)', network: 'var(--kind-eth-nic)' } as const;

/** p50, p95, p99: one hue getting darker as the percentile rises. */
export const PERCENTILE_COLOURS = { p50: '#9ecae1', p95: '#4292c6', p99: '#08519c' } as const;

/** Every chart fills the panel's width at one height (recharts' `responsive` sizing by CSS). */
export const CHART_SIZE = { width: '100%', height: 180 } as const;
export const AXIS = { stroke: 'var(--text-muted)', fontSize: 14 } as const;
/** Live charts redraw four times a second: enough to look live, a fraction of the frames' cost. */
export const REDRAW_MS = 250;
export const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' } as const;
