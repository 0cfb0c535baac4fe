/** What the letter's buttons do in the browser: copy, and select the letter by hand. */

/** Selects the text of an element, so the reader can copy it when the clipboard is refused. */
export function selectText(element: HTMLElement | null): void {
  if (!element) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies text; false when the browser refuses (then the caller selects it for the reader). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
