import type { FindingMark } from './flowTypes.ts';

/** The part of an accessible name that tells of findings: "1 error finding", "3 findings, worst: warning". */
export function findingDetail(mark: FindingMark | undefined): string[] {
  if (!mark) return [];
  return [mark.count === 1 ? `1 ${mark.severity} finding` : `${mark.count} findings, worst: ${mark.severity}`];
}
