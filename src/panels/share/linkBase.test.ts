import { describe, expect, it } from 'vitest';
import { chooseLinkBase, classroomUrlOf, isLoopbackHost } from './linkBase.ts';

const page = (origin: string, pathname = '/') => ({ origin, pathname, hostname: new URL(origin).hostname });

describe('where share links point', () => {
  it('knows the addresses only this computer answers', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost'].map(isLoopbackHost)).toEqual([true, true, true, true, true]);
    expect(['192.168.1.20', 'iov.example.org', '10.0.0.1', '128.0.0.1'].map(isLoopbackHost)).toEqual([false, false, false, false]);
  });

  it("uses the page's own address on the network, the classroom's on loopback, and warns when it knows none", () => {
    expect(chooseLinkBase(page('https://iov.example.org', '/iov/'), 'http://192.168.1.20:4173/')).toEqual({ base: 'https://iov.example.org/iov/', loopbackOnly: false, fromClassroom: false });
    expect(chooseLinkBase(page('http://localhost:4173'), 'http://192.168.1.20:4173/')).toEqual({ base: 'http://192.168.1.20:4173/', loopbackOnly: false, fromClassroom: true });
    expect(chooseLinkBase(page('http://127.0.0.1:4173'), null)).toEqual({ base: 'http://127.0.0.1:4173/', loopbackOnly: true, fromClassroom: false });
  });

  it('reads only an http(s) address from classroom.json', () => {
    expect(classroomUrlOf({ url: 'http://192.168.1.20:4173/' })).toBe('http://192.168.1.20:4173/');
    expect(classroomUrlOf({ url: null })).toBeNull();
    expect(classroomUrlOf({ url: 'javascript:alert(1)' })).toBeNull();
    expect(classroomUrlOf('http://x/')).toBeNull();
    expect(classroomUrlOf({ url: `http://x/${'a'.repeat(300)}` })).toBeNull();
  });
});
