import type { Command } from './command.ts';

export const undo: Command = {
  id: 'undo',
  label: 'Undo',
  group: 'Edit',
  shortcuts: [{ key: 'z', mod: true }],
  isEnabled: ({ store }) => store.temporal.getState().pastStates.length > 0,
  run: ({ store }) => void store.getState().undo(),
};

export const redo: Command = {
  id: 'redo',
  label: 'Redo',
  group: 'Edit',
  shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }],
  isEnabled: ({ store }) => store.temporal.getState().futureStates.length > 0,
  run: ({ store }) => void store.getState().redo(),
};
