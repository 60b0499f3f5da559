import { useEffect } from 'react';
import { useAppStore } from './store/hooks.ts';
import type { ThemeChoice } from './store/index.ts';

const THEME_KEY = 'iov-studio:theme';

/** The theme chosen last time in this browser, or the system's. */
export function savedTheme(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Put the chosen theme on <html> (theme.css reads data-theme) and remember it. */
export function useTheme(): ThemeChoice {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    try {
      localStorage.setItem(THEME_KEY, theme);
    } catch {
      // A browser that refuses storage forgets the choice at the next visit; nothing else changes.
    }
  }, [theme]);
  return theme;
}
