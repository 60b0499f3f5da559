import type { LocationLink } from './linkFragment.ts';

// The page's address read through the link codec (openFromLocation.ts), which brings fflate and the
// packer: ~8 KB gzip that a page opened without a link never needs, so it is fetched only when the
// address holds a fragment to read (docs/performance.md).

const readerModule = () => import('./openFromLocation.ts');

/**
 * The page's fragment (`location.hash`) as a link: none when it is empty (nothing is fetched),
 * else read by the codec. Never throws: a reader that cannot be fetched (a deploy replaced the
 * page's files, the network dropped) refuses the link, saying to reload, and the address keeps it.
 */
export async function readAddressLink(hash: string): Promise<LocationLink> {
  if (hash === '' || hash === '#') return { kind: 'none' };
  try {
    return (await readerModule()).readLocationLink(hash);
  } catch {
    return { kind: 'refused', problems: [READER_MISSING], view: { viewOnly: false } };
  }
}

export const READER_MISSING = 'IOV Studio could not load the part of itself that reads links (the connection dropped, or a newer version was published). Reload the page to open the link.';

/**
 * The fragment to leave in the address once its link was dealt with (openFromLocation.ts's
 * fragmentAfter), or the address as it is when the reader could not be fetched: the link stays,
 * so that a reload tries it again.
 */
export async function addressAfterLink(link: LocationLink, hash: string, previous?: string): Promise<string> {
  if (link.kind === 'refused' && link.problems[0] === READER_MISSING) return hash;
  try {
    return (await readerModule()).fragmentAfter(link, hash, previous);
  } catch {
    return hash;
  }
}
