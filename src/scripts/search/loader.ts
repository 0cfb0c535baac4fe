/**
 * On every page, a few hundred bytes: `/` and Ctrl/⌘+K put the cursor in the search
 * box, and the first focus of the header box loads the search code (header.ts,
 * which loads Pagefind). Until then a page runs nothing else.
 */
const header = document.querySelector<HTMLInputElement>('#site-search-input');
// On the search page the page's own box is the one to focus, and the header box stays a plain form.
const primary = document.querySelector<HTMLInputElement>('[data-search-input]') ?? header;

if (header && !document.querySelector('[data-search-page]')) {
  header.addEventListener('focus', () => void import('./header').then((m) => m.enhanceHeaderSearch(header)), { once: true });
}

document.addEventListener('keydown', (event) => {
  if (!primary || event.defaultPrevented || event.isComposing || event.altKey) return;
  const target = event.target as HTMLElement;
  const inField = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
  if (shortcut || (event.key === '/' && !inField && !event.ctrlKey && !event.metaKey)) {
    event.preventDefault();
    primary.focus();
    primary.select();
  }
});
