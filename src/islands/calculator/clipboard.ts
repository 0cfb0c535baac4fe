/** Copies text; falls back to selecting a field so the reader can copy it by hand. */
export async function copyText(text: string, fallbackField?: HTMLTextAreaElement | HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (fallbackField) {
      fallbackField.focus();
      fallbackField.select();
    }
    return false;
  }
}
