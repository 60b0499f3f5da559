// The Content-Security-Policy of the built app, and the Vite plugin that writes it into each built
// HTML page. A design arrives from any link a student pastes: should a label ever reach the page as
// markup, the policy stops any script or style it carries. The dev server gets no policy (its
// hot reload runs inline scripts).
import type { Plugin } from 'vite';

/** The policy's directives. docs/deploy.md shows it as a header, which also covers the worker. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // No 'unsafe-inline', no 'unsafe-eval': zod runs jitless (src/model/zod.ts) and runtime
  // styles are constructed stylesheets (src/ui/adoptedStyleSheet.ts) or set through the CSSOM.
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Kind icons and QR codes are data: SVG images; PNG export draws through data: and blob: images.
  'img-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export function contentSecurityPolicy(directives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Adds the policy as the first element of <head> of every built page (before any script or style). */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'iov-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
      ],
    },
  };
}
