/**
 * Copy text to the clipboard: the Clipboard API, or, where it is missing or refused (plain http,
 * an old browser), the selection of `field` and the old copy command. False when both fail; the
 * text is then left selected for Ctrl+C.
 */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** What to do when the browser refused to copy: the link is left selected for the person to copy. */
export function copyRefusedText(touch: boolean): string {
  return touch
    ? 'The browser did not let IOV Studio copy: the link is selected, copy it from the browser’s menu (touch and hold it).'
    : 'The browser did not let IOV Studio copy: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
}
