import type { StateCreator } from 'zustand/vanilla';
import {
  addNode, moveNodes, placeAdapter, removeElements, rename, setProperties, setQos, setWorkload, unplaceAdapter,
  emptyTopology, type NodeKind, type OpResult, type Position, type PresetName, type QosPatch, type Topology, type Workload,
} from '../model/index.ts';
import type { AppState } from './appState.ts';
import { copyFragment, pasteFragment, PASTE_OFFSET, type Fragment } from './clipboard.ts';
import { renameDesign } from './designName.ts';
import { addAdapterInto, applyToEach, cable, type EditResult } from './edits.ts';

/** What an action answers: done (maybe with the id it made), or refused with the model's reason. */
export type ActionResult = { ok: true; id?: string } | { ok: false; reason: string };
/** `quiet`: the caller shows a refusal itself (an inspector field, beside the value), so no notice. */
export type EditOptions = { quiet?: boolean };

/**
 * The document and every edit of it. Each action is one user intention and so one undo step: it
 * sets `document` once, or not at all when the model refuses (the reason becomes a notice).
 */
export type DocumentSlice = {
  document: Topology;
  addNode(kind: NodeKind, position: Position): ActionResult;
  addAdapterInto(kind: NodeKind, parentId: string, position: Position): ActionResult;
  moveNodes(positions: Readonly<Record<string, Position>>): ActionResult;
  /** Nudge nodes standing on the canvas (placed adapters move with their parent); a run of nudges is one step. */
  moveBy(ids: readonly string[], delta: Position): ActionResult;
  /** The end of a drag: a lone adapter released over a server or a switch goes in; anything else moves. */
  dropNodes(positions: Readonly<Record<string, Position>>, targetId?: string): ActionResult;
  placeAdapter(adapterId: string, parentId: string): ActionResult;
  unplaceAdapter(adapterId: string, position: Position): ActionResult;
  connect(a: string, b: string): ActionResult;
  remove(ids: readonly string[]): ActionResult;
  rename(id: string, label: string, options?: EditOptions): ActionResult;
  renameDesign(name: string, options?: EditOptions): ActionResult;
  setProperties(ids: readonly string[], patch: Readonly<Record<string, unknown>>, options?: EditOptions): ActionResult;
  setWorkload(ids: readonly string[], workload: PresetName | Partial<Workload>, options?: EditOptions): ActionResult;
  /** One class's QoS of each server given, one undo step for all of them. */
  setQos(ids: readonly string[], patch: QosPatch, options?: EditOptions): ActionResult;
  copy(ids: readonly string[]): Fragment | undefined;
  paste(fragment: Fragment, offset?: Position): ActionResult;
  /** Any model operation as one edit (virtualize, dedicate, a pool size, a price): one undo step, or a refusal said. */
  applyOperation(operation: (topology: Topology) => OpResult, options?: EditOptions): ActionResult;
  /** Replace the document (open, new, restore): the history starts again. */
  load(topology: Topology): void;
};

/** Every edit path (keys, drags, fields) ends in commit, so a view-only design is guarded in one place. */
export const VIEW_ONLY_REASON = 'This design is open view-only. Choose "Edit this design" above the canvas to change it.';

const withSelection = (result: ReturnType<typeof addNode>): EditResult =>
  result.ok ? { ok: true, topology: result.topology, select: [result.id] } : result;

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => {
  /** Commit an edit or report its refusal; `quiet` edits (a drag that moved nothing) report nothing. */
  const commit = (result: EditResult, quiet = false): ActionResult => {
    if (result.ok && get().viewOnly) result = { ok: false, reason: VIEW_ONLY_REASON };
    if (!result.ok) {
      if (!quiet) get().notify('refusal', result.reason);
      return result;
    }
    set({ document: result.topology });
    if (result.select) get().select(result.select);
    return { ok: true, id: result.select?.[0] };
  };
  const doc = () => get().document;

  return {
    document: emptyTopology(),
    addNode: (kind, position) => commit(withSelection(addNode(doc(), kind, position))),
    addAdapterInto: (kind, parentId, position) => commit(addAdapterInto(doc(), kind, parentId, position)),
    moveNodes: (positions) => commit(moveNodes(doc(), positions)),
    moveBy(ids, delta) {
      const positions: Record<string, Position> = {};
      for (const node of doc().nodes) {
        if (!ids.includes(node.id) || ('parentId' in node && node.parentId)) continue;
        positions[node.id] = { x: node.position.x + delta.x, y: node.position.y + delta.y };
      }
      if (Object.keys(positions).length === 0) return { ok: false, reason: 'Select a node on the canvas to nudge it.' };
      return get().mergeSteps(`nudge ${Object.keys(positions).join(' ')}`, () => commit(moveNodes(doc(), positions)));
    },
    dropNodes(positions, targetId) {
      const ids = Object.keys(positions);
      const lone = ids.length === 1 ? doc().nodes.find((n) => n.id === ids[0]) : undefined;
      const isAdapter = lone?.kind === 'fc-hba' || lone?.kind === 'eth-nic';
      if (isAdapter && targetId !== undefined && targetId !== lone.id) {
        // Released over a node means "put it in": a refusal (slots full, not a server or a switch)
        // leaves the adapter where it was and says why.
        return commit(placeAdapter(doc(), lone.id, targetId));
      }
      return commit(moveNodes(doc(), positions));
    },
    placeAdapter: (adapterId, parentId) => commit(placeAdapter(doc(), adapterId, parentId)),
    unplaceAdapter: (adapterId, position) => commit(unplaceAdapter(doc(), adapterId, position)),
    connect: (a, b) => commit(cable(doc(), a, b)),
    remove(ids) {
      const result = commit(removeElements(doc(), ids));
      if (result.ok) get().select(get().selected.filter((id) => !ids.includes(id)));
      return result;
    },
    rename: (id, label, options) => commit(rename(doc(), id, label), options?.quiet),
    renameDesign: (name, options) => commit(renameDesign(doc(), name), options?.quiet),
    setProperties: (ids, patch, options) => commit(applyToEach(doc(), ids, (t, id) => setProperties(t, id, patch)), options?.quiet),
    setWorkload: (ids, workload, options) => commit(applyToEach(doc(), ids, (t, id) => setWorkload(t, id, workload)), options?.quiet),
    setQos: (ids, patch, options) => commit(applyToEach(doc(), ids, (t, id) => setQos(t, id, patch)), options?.quiet),
    copy: (ids) => copyFragment(doc(), ids),
    paste(fragment, offset = PASTE_OFFSET) {
      const result = pasteFragment(doc(), fragment, offset);
      return commit(result.ok ? { ok: true, topology: result.topology, select: result.ids } : result);
    },
    applyOperation: (operation, options) => commit(operation(doc()), options?.quiet),
    load(topology) {
      set({ document: topology, selected: [], dialog: null, loads: get().loads + 1, viewOnly: false });
      get().clearHistory();
    },
  };
};
