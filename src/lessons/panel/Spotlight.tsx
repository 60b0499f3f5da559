import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { adoptStyleSheet } from '../../ui/adoptedStyleSheet.ts';
import { placeOf } from '../../curriculum/stepNavigation.ts';

const SAFE_ID = /^[a-z][a-z0-9-]{0,40}$/;

/**
 * The nodes the open lesson step names, ringed on the canvas; in presenter mode the rest dims.
 * A stylesheet keyed by the nodes' ids (React Flow's `data-id`, a slot's `data-slot-id`) reaches
 * adapters drawn inside a server or a switch too, which are not React Flow nodes. It is adopted by
 * the document rather than written as a <style> element, which the Content-Security-Policy refuses.
 */
export function Spotlight() {
  const lesson = useAppStore((s) => s.lesson);
  const css = useMemo(() => {
    const place = lesson ? placeOf(lesson.id, lesson.step) : undefined;
    const ids = (place?.lesson.steps[place.step]?.highlight ?? []).filter((id) => SAFE_ID.test(id));
    return ids.length === 0 ? '' : spotlightStyles(ids);
  }, [lesson]);
  useEffect(() => {
    if (css === '') return undefined;
    const sheet = adoptStyleSheet(css);
    return () => sheet.remove();
  }, [css]);
  return null;
}

function spotlightStyles(ids: readonly string[]): string {
  const nodes = ids.map((id) => `.react-flow__node[data-id="${id}"] > .iov-node`).join(',\n');
  const slots = ids.map((id) => `.slot[data-slot-id="${id}"]`).join(',\n');
  const holders = ids.map((id) => `:not([data-id="${id}"]):not(:has([data-slot-id="${id}"]))`).join('');
  return `
${nodes},
${slots} { outline: 4px solid var(--spotlight); outline-offset: 4px; box-shadow: 0 0 0 10px var(--spotlight-glow); }
:root[data-presenting] .react-flow__node${holders} { opacity: 0.38; }
`;
}
