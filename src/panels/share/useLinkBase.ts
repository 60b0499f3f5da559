import { useMemo } from 'react';
import { useAppStore } from '../../store/hooks.ts';
import { chooseLinkBase, type LinkBase } from './linkBase.ts';

/** Where this page's share links point (the classroom server's network address on a laptop's loopback). */
export function useLinkBase(): LinkBase {
  const classroom = useAppStore((s) => s.classroomAddress);
  return useMemo(() => chooseLinkBase({ origin: location.origin, pathname: location.pathname, hostname: location.hostname }, classroom), [classroom]);
}
