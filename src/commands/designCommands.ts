import { EXAMPLE_NAMES, EXAMPLES, type ExampleName } from '../model/index.ts';
import type { ThemeChoice } from '../store/index.ts';
import type { Command } from './command.ts';

/** Designs are opened in a new slot: the one left stays saved, in the recent list. */
export const newDesign: Command = {
  id: 'new-design',
  label: 'New design',
  group: 'Design',
  shortcuts: [],
  isEnabled: ({ session }) => session !== undefined,
  run: ({ session }) => void session?.newDesign(),
};

function openExample(name: ExampleName): Command {
  return {
    id: `open-example-${name}`,
    label: `Open example: ${EXAMPLES[name].title}`,
    group: 'Design',
    shortcuts: [],
    isEnabled: ({ session }) => session !== undefined,
    run: ({ session }) => void session?.openExample(name),
  };
}

export const openExamples: readonly Command[] = EXAMPLE_NAMES.map(openExample);

export const recentDesigns: Command = {
  id: 'recent-designs',
  label: 'Recent designs…',
  group: 'Design',
  shortcuts: [],
  isEnabled: ({ session }) => session !== undefined,
  run: ({ store }) => store.getState().openDialog({ type: 'recent' }),
};

const NEXT_THEME: Readonly<Record<ThemeChoice, ThemeChoice>> = { system: 'light', light: 'dark', dark: 'system' };

/** Follow the system, then light, then dark, then the system again. */
export const toggleTheme: Command = {
  id: 'toggle-theme',
  label: 'Switch the theme',
  group: 'View',
  shortcuts: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().setTheme(NEXT_THEME[store.getState().theme]),
};
