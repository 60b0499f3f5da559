/**
 * Where share links point. A laptop serving a class opens the app at `localhost`, which no phone can
 * reach: `npm run classroom` writes the network address into `classroom.json` beside the app, and
 * links use it instead; with no such address, the share dialog warns.
 */
export type PageAddress = { origin: string; pathname: string; hostname: string };

export type LinkBase = {
  /** The address links start with. */
  base: string;
  /** The page is on this computer's loopback and no network address is known: phones cannot open the links. */
  loopbackOnly: boolean;
  /** The links use the classroom server's network address instead of the page's. */
  fromClassroom: boolean;
};

/** localhost, 127.x.x.x, ::1 and *.localhost: addresses only this computer answers. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

export function chooseLinkBase(page: PageAddress, classroomUrl: string | null): LinkBase {
  const own = `${page.origin}${page.pathname}`;
  if (!isLoopbackHost(page.hostname)) return { base: own, loopbackOnly: false, fromClassroom: false };
  if (classroomUrl) return { base: classroomUrl, loopbackOnly: false, fromClassroom: true };
  return { base: own, loopbackOnly: true, fromClassroom: false };
}

/** The address in `classroom.json`, when it is one: an http(s) URL of reasonable length; anything else is none. */
export function classroomUrlOf(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('url' in json) || typeof json.url !== 'string' || json.url.length > 200) return null;
  try {
    const url = new URL(json.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
