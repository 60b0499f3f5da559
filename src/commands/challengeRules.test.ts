import { describe, expect, it } from 'vitest';
import { example, type Challenge } from '../model/index.ts';
import { buildFragment, challengeFingerprint, encodeChallenge } from '../share/index.ts';
import { readLocationLink } from '../share/openFromLocation.ts';
import { createAppStore } from '../store/index.ts';
import { createFakeSimulationClient } from '../store/fakeSimulationClient.ts';
import type { CanvasView } from './canvasView.ts';
import { dedicateAdapters, sizePools, virtualizeDesign } from './comparisonCommands.ts';
import { autoLayout } from './viewCommands.ts';

const view: CanvasView = { centre: () => ({ x: 0, y: 0 }), fit: () => {}, frame: () => {}, focus: () => {}, nodeRects: () => [] };
const BY_HAND: Challenge = { version: 1, title: 'By hand', goals: [{ kind: 'no-error-finding' }], forbid: ['virtualize', 'tidy'] };

/** The challenge as a link brings it: its rules are decoded when the link is read. */
function setup(challenge: Challenge, viewOnly = false) {
  const store = createAppStore(example('classic-rack'), { createSimulationClient: createFakeSimulationClient });
  const link = readLocationLink(buildFragment(example('classic-rack'), { challenge: encodeChallenge(challenge) }));
  if (link.kind !== 'design') throw new Error(`the challenge's link was not read: ${link.kind}`);
  const { challenge: encoded, forbid } = link.view;
  store.getState().setLinkView({ challenge: encoded, ...(forbid && { forbid }) });
  store.getState().setViewOnly(viewOnly);
  return { store, context: { store, view } };
}

describe('a challenge solved by hand', () => {
  it('refuses the commands it forbids, saying why, and leaves the others', () => {
    const { store, context } = setup(BY_HAND);
    virtualizeDesign.run(context);
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().notice?.tone).toBe('refusal');
    expect(store.getState().notice?.text).toMatch(/solved by hand: Virtualize is turned off/);
    const before = store.getState().document;
    autoLayout.run(context);
    expect(store.getState().notice?.text).toMatch(/Tidy up is turned off/);
    expect(store.getState().document).toBe(before);
    sizePools.run(context);
    expect(store.getState().dialog).toEqual({ type: 'size-pool' });
  });

  it('refuses the counterpart of the compare view too (Virtualize by another door)', () => {
    const { store } = setup(BY_HAND);
    expect(store.getState().openCounterpart().ok).toBe(false);
    expect(store.getState().document.nodes.some((n) => n.kind === 'iov-switch')).toBe(false);
  });

  it('forbids nothing in a challenge without rules, whose fingerprint is as before rules existed', () => {
    const plain: Challenge = { version: 1, title: 'By hand', goals: [{ kind: 'no-error-finding' }] };
    const { store, context } = setup(plain);
    virtualizeDesign.run(context);
    expect(store.getState().dialog).toEqual({ type: 'virtualize' });
    expect(challengeFingerprint(plain)).not.toBe(challengeFingerprint(BY_HAND));
    expect(encodeChallenge(plain)).not.toContain('forbid');
  });

  it('applies again once an answer read view-only is made editable', () => {
    const { store, context } = setup({ ...BY_HAND, forbid: ['dedicate'] }, true);
    store.getState().setViewOnly(false);
    dedicateAdapters.run(context);
    expect(store.getState().notice?.text).toMatch(/Dedicate is turned off/);
  });
});
