/** A fault's start or end: the ids it takes down (+1) or brings back (-1) at a time, seconds. */
export type FaultChange = { time: number; ids: string[]; delta: 1 | -1; target: string };

/**
 * The faults of the settings as a timeline of changes, and what is down now. Overlapping faults
 * on one element count: it comes back when the last of them ends.
 */
export class FaultSchedule {
  readonly changes: FaultChange[];
  private readonly downCount = new Map<string, number>();
  readonly failed = new Set<string>();

  constructor(faults: readonly { at: number; until?: number; target: string }[], expansion: ReadonlyMap<string, string[]>) {
    const changes: FaultChange[] = [];
    for (const fault of faults) {
      const ids = [fault.target, ...(expansion.get(fault.target) ?? [])];
      changes.push({ time: fault.at, ids, delta: 1, target: fault.target });
      if (fault.until !== undefined) changes.push({ time: fault.until, ids, delta: -1, target: fault.target });
    }
    // Stable: changes at the same time keep the order of the settings.
    this.changes = changes.map((change, order) => ({ change, order }))
      .toSorted((a, b) => a.change.time - b.change.time || a.order - b.order)
      .map(({ change }) => change);
  }

  apply(change: FaultChange): void {
    for (const id of change.ids) {
      const count = (this.downCount.get(id) ?? 0) + change.delta;
      this.downCount.set(id, count);
      if (count > 0) this.failed.add(id);
      else this.failed.delete(id);
    }
  }

  isDown(ids: readonly string[]): boolean {
    for (const id of ids) if (this.failed.has(id)) return true;
    return false;
  }
}
