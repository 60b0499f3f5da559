import { PASTE_OFFSET } from '../store/index.ts';
import type { Command, CommandContext } from './command.ts';

const hasSelection = ({ store }: CommandContext) => store.getState().selected.length > 0;

/** Copy keeps the fragment in the store (view state): pasting works across designs in this tab. */
function copySelection({ store }: CommandContext): boolean {
  const state = store.getState();
  const fragment = state.copy(state.selected);
  if (fragment) state.setClipboard(fragment);
  return fragment !== undefined;
}

export const copy: Command = {
  id: 'copy',
  label: 'Copy',
  group: 'Edit',
  shortcuts: [{ key: 'c', mod: true }],
  isEnabled: hasSelection,
  run: (context) => void copySelection(context),
};

export const cut: Command = {
  id: 'cut',
  label: 'Cut',
  group: 'Edit',
  shortcuts: [{ key: 'x', mod: true }],
  isEnabled: hasSelection,
  run(context) {
    if (copySelection(context)) context.store.getState().remove(context.store.getState().selected);
  },
};

export const paste: Command = {
  id: 'paste',
  label: 'Paste',
  group: 'Edit',
  shortcuts: [{ key: 'v', mod: true }],
  isEnabled: ({ store }) => store.getState().clipboard !== null,
  run({ store }) {
    const state = store.getState();
    if (!state.clipboard) return;
    const result = state.paste(state.clipboard);
    // Paste again and the next copy lands beside this one, not on top of it.
    if (result.ok) state.setClipboard(state.copy(store.getState().selected) ?? null);
  },
};

export const duplicate: Command = {
  id: 'duplicate',
  label: 'Duplicate',
  group: 'Edit',
  shortcuts: [{ key: 'd', mod: true }],
  isEnabled: hasSelection,
  run({ store }) {
    const state = store.getState();
    const fragment = state.copy(state.selected);
    if (fragment) state.paste(fragment, PASTE_OFFSET);
  },
};
