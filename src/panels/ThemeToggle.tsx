import { toggleTheme } from '../commands/designCommands.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { useAppStore } from '../store/hooks.ts';
import { Icon } from '../ui/Icon.tsx';

const NAMES = { system: 'Theme: follows the system', light: 'Theme: light', dark: 'Theme: dark' } as const;

/** Light, dark, or the system's choice; each press moves to the next. */
export function ThemeToggle() {
  const context = useCommandContext();
  const theme = useAppStore((s) => s.theme);
  return (
    <button type="button" className="tool-button" aria-label={NAMES[theme]} title={`${NAMES[theme]} (press to switch)`} onClick={() => toggleTheme.run(context)}>
      <Icon name={theme === 'system' ? 'system' : theme === 'light' ? 'sun' : 'moon'} />
    </button>
  );
}
