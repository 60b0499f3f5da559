import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type Tab<T extends string> = { id: T; label: ReactNode; panel: ReactNode };

/** Tabs with the ARIA pattern: one tab stop, arrows (and Home, End) move between the tabs. */
export function Tabs<T extends string>({ label, tabs, current, onChange }: { label: string; tabs: readonly Tab<T>[]; current: T; onChange(id: T): void }) {
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === current);
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    onChange(next.id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(`${base}-${next.id}-tab`)}`)?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown} className="tab-list">
        {tabs.map((tab) => (
          <button
            key={tab.id} id={`${base}-${tab.id}-tab`} type="button" role="tab" aria-selected={tab.id === current}
            aria-controls={`${base}-${tab.id}-panel`} tabIndex={tab.id === current ? 0 : -1} onClick={() => onChange(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} id={`${base}-${tab.id}-panel`} role="tabpanel" aria-labelledby={`${base}-${tab.id}-tab`} hidden={tab.id !== current} className="tab-panel">
          {tab.id === current && tab.panel}
        </div>
      ))}
    </div>
  );
}
