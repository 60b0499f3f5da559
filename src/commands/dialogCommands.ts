import { goToStep } from './lessonCommands.ts';
import { browserStorage } from '../store/lessonSlice.ts';
import { rememberWelcomeDismissed } from '../store/welcome.ts';
import type { Command, CommandContext } from './command.ts';

/** The one node (or adapter) the keyboard's "Connect to…" and "Place in…" act on. */
function singleNode({ store }: CommandContext): string | undefined {
  const { selected, document } = store.getState();
  return selected.length === 1 && document.nodes.some((n) => n.id === selected[0]) ? selected[0] : undefined;
}

export const showShortcuts: Command = {
  id: 'shortcuts',
  label: 'Keyboard shortcuts',
  group: 'Help',
  shortcuts: [{ key: '?' }],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'shortcuts' }),
};

export const showWelcome: Command = {
  id: 'welcome',
  label: 'Welcome…',
  group: 'Help',
  shortcuts: [],
  isEnabled: () => true,
  run: ({ store }) => store.getState().openDialog({ type: 'welcome' }),
};

export type WelcomeChoice = 'lessons' | 'example' | 'blank' | 'close';

/** The welcome closed by one of its choices: remembered, so that it does not come back. */
export function leaveWelcome(context: CommandContext, choice: WelcomeChoice): void {
  rememberWelcomeDismissed(browserStorage());
  context.store.getState().closeDialog();
  if (choice === 'lessons') void goToStep(context, 'where-io-goes', 0);
  else if (choice === 'example') void context.session?.openExample('virtualized-rack');
  else if (choice === 'blank') void context.session?.newDesign();
}

export const connectTo: Command = {
  id: 'connect-to',
  label: 'Connect to…',
  group: 'Cabling and placing',
  shortcuts: [{ key: 'c' }],
  isEnabled: (context) => singleNode(context) !== undefined,
  run(context) {
    const id = singleNode(context);
    if (id) context.store.getState().openDialog({ type: 'connect', fromId: id });
  },
};

export const placeIn: Command = {
  id: 'place-in',
  label: 'Place in…',
  group: 'Cabling and placing',
  shortcuts: [{ key: 'p' }],
  isEnabled(context) {
    const id = singleNode(context);
    const kind = context.store.getState().document.nodes.find((n) => n.id === id)?.kind;
    return kind !== undefined && kind !== 'san' && kind !== 'lan';
  },
  run(context) {
    const id = singleNode(context);
    if (id) context.store.getState().openDialog({ type: 'place', id });
  },
};
