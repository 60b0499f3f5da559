import { catalog, type NodeKind } from './catalog/index.ts';

/**
 * Short, sequential ids per kind (`s1`, `sw1`, `hba1`, `l1`): they keep shared links short.
 * A port is `<adapterId>:<index>`, from 1.
 */
export const LINK_ID_PREFIX = 'l';
export const MAX_ID_NUMBER = 999_999;

const ID_PATTERN = /^([a-z]+)([1-9][0-9]{0,5})$/;

export function idPrefixOf(kind: NodeKind): string {
  return catalog[kind].idPrefix;
}

/** The number of an id of the given prefix (`hba12` -> 12), or undefined. */
export function idNumber(id: string, prefix: string): number | undefined {
  const match = ID_PATTERN.exec(id);
  return match && match[1] === prefix ? Number(match[2]) : undefined;
}

/** The next free id of a prefix: one past the highest in use. */
export function nextId(prefix: string, usedIds: Iterable<string>): string {
  let highest = 0;
  for (const id of usedIds) {
    const n = idNumber(id, prefix);
    if (n !== undefined && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

export function portId(adapterId: string, index: number): string {
  return `${adapterId}:${index}`;
}

/** `hba3:2` -> { adapterId: 'hba3', index: 2 }, or undefined when it is not a port id. */
export function parsePortId(id: string): { adapterId: string; index: number } | undefined {
  const match = /^([a-z]+[1-9][0-9]{0,5}):([1-9][0-9]?)$/.exec(id);
  return match ? { adapterId: match[1]!, index: Number(match[2]) } : undefined;
}

/**
 * Natural order of ids: `s2` before `s10`, `hba1:2` before `hba1:10`. Runs of digits compare as
 * numbers, everything else by character code (ids are lower-case ASCII). Hand-written because
 * `localeCompare` with `numeric` costs a microsecond a call, and index building sorts thousands.
 */
export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      let endA = i;
      let endB = j;
      while (endA < a.length && isDigit(a.charCodeAt(endA))) endA++;
      while (endB < b.length && isDigit(b.charCodeAt(endB))) endB++;
      const difference = Number(a.slice(i, endA)) - Number(b.slice(j, endB));
      if (difference !== 0) return difference;
      i = endA;
      j = endB;
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  return (a.length - i) - (b.length - j);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
