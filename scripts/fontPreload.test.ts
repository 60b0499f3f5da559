import { describe, expect, it } from 'vitest';
import { welcomeFontPreloads } from './fontPreload.ts';

describe('the welcome font preloads', () => {
  const built = [
    'assets/inter-latin-700-normal-Yt3aPRUw.woff2', 'assets/inter-latin-400-normal-C38fXH4l.woff2',
    'assets/inter-latin-400-normal-CyCys3Eg.woff', 'assets/inter-latin-600-normal-LgqL8muc.woff2',
    'assets/inter-latin-ext-400-normal-abc.woff2', 'assets/start-ClEVkHuq.js',
  ];

  it('preloads the three woff2 weights the welcome draws in, in weight order, under the base', () => {
    expect(welcomeFontPreloads(built, '/iov/').map((tag) => tag.attrs.href)).toEqual([
      '/iov/assets/inter-latin-400-normal-C38fXH4l.woff2',
      '/iov/assets/inter-latin-600-normal-LgqL8muc.woff2',
      '/iov/assets/inter-latin-700-normal-Yt3aPRUw.woff2',
    ]);
  });

  it('asks for them as fonts, anonymously (a font is always fetched with CORS, else the preload is wasted)', () => {
    expect(welcomeFontPreloads(built, '/')[0]).toEqual({
      tag: 'link', injectTo: 'head',
      attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: '/assets/inter-latin-400-normal-C38fXH4l.woff2' },
    });
  });

  it('preloads nothing where there is no such font', () => {
    expect(welcomeFontPreloads(['assets/start.js', 'assets/start.css'], '/')).toEqual([]);
  });
});
