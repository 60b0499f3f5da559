import type { ReactNode } from 'react';

/** A phrase that never breaks inside ("P(wait) 0.82 %", "0.558 ms"): in a narrow panel a figure keeps its unit. */
export function Phrase({ children }: { children: ReactNode }) {
  return <span className="sim-phrase">{children}</span>;
}
