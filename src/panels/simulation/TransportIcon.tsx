/** Playback icons (24 × 24, currentColor), by name, in the style of ui/Icon.tsx. Decorative: the button is named. */
const PATHS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M7 5h3.5v14H7zM13.5 5H17v14h-3.5z',
  step: 'M6 5v14l9-7zM17 5v14',
  restart: 'M4 12a8 8 0 1 0 2.4-5.7M4 4v5h5',
  end: 'M4 5v14l7.5-7zM12 5v14l7.5-7zM20 5v14',
  download: 'M12 4v11M7 10l5 5 5-5M5 19h14',
} as const;

export type TransportIconName = keyof typeof PATHS;

const FILLED: ReadonlySet<TransportIconName> = new Set(['play', 'pause', 'step', 'end']);

export function TransportIcon({ name, size = 20 }: { name: TransportIconName; size?: number }) {
  const filled = FILLED.has(name);
  return (
    <svg
      width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon"
      fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={filled ? 1.5 : 2} strokeLinecap="round" strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
