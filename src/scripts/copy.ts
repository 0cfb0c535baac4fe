/**
 * Copy buttons (citations, short links): under 1 KB. Buttons stay hidden until this
 * runs, so without JavaScript the text is simply there to select. The reader's date
 * fills "accessed"; the result is announced in the button's status region.
 */
const today = new Date().toLocaleDateString('en-CA');
for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) slot.textContent = today;
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy], [data-copy-text]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
    const text = (source?.textContent ?? button.dataset.copyText ?? '').replace(/\s+/g, ' ').trim();
    const status = button.nextElementSibling;
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = button.dataset.done ?? '';
    } catch {
      if (status) status.textContent = button.dataset.failed ?? '';
    }
  });
}
