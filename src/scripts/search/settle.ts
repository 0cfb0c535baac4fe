/**
 * When a search box's text has settled: not while an input method is still
 * composing (the pinyin "s", "sh", "shang" before 上 is chosen), and only after a
 * short pause in typing. The header box and the search page search, and the page
 * writes its history, on settled text only.
 */

/** A pause this long after the last keystroke settles the text: shorter than a reader notices. */
export const settleDelay = 120;

/** Returns `cancel`, for a caller that settles the text itself (Enter submits at once). */
export function onSettledInput(input: HTMLInputElement, settled: (value: string) => void, delay = settleDelay): () => void {
  let composing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => settled(input.value), delay);
  };
  input.addEventListener('compositionstart', () => { composing = true; clearTimeout(timer); });
  input.addEventListener('compositionend', () => { composing = false; schedule(); });
  input.addEventListener('input', (event) => {
    // Chromium fires input during composition with isComposing; some engines fire it after compositionend too.
    if (composing || (event as InputEvent).isComposing) return;
    schedule();
  });
  return () => clearTimeout(timer);
}
