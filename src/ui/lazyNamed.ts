import { lazy, type ComponentType } from 'react';

/**
 * React.lazy for a module's named export: the component's code is fetched the first time it is
 * drawn, so it stays out of the first visit's JavaScript (scripts/check-bundle-size.mjs).
 */
// oxlint-disable-next-line typescript/no-explicit-any -- React.lazy's own constraint on props
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] extends ComponentType<any> ? M[K] : never {
  // oxlint-disable-next-line typescript/no-explicit-any
  return lazy(() => load().then((module) => ({ default: module[name] as ComponentType<any> }))) as never;
}
