/** Small DOM helpers for the search UI: elements from data, one result, arrow-key movement. */
import type { ShownResult } from '../../lib/search/results';
import type { SearchScriptStrings } from '../../lib/search/strings';

type Child = Node | string | null | undefined | false;

/** An element with attributes (class, href …; `null` leaves one out) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | null | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value != null) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * Pagefind's excerpt: the page text HTML-escaped, matches wrapped in <mark>. Parsed
 * into a fragment that keeps only text and <mark>, so nothing else can get in.
 */
export function excerptNode(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of [...template.content.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') out.append(el('mark', {}, node.textContent ?? ''));
    else out.append(node.textContent ?? '');
  }
  return out;
}

/** The kind badge and the code of a result. */
export function resultBadges(result: ShownResult, strings: SearchScriptStrings): Child[] {
  return [
    result.kind && el('span', { class: `badge search-badge search-badge--${result.kind}` }, strings.kinds[result.kind] ?? result.kind),
    result.code && el('span', { class: 'code search-code' }, result.code),
  ];
}

/**
 * Up and down arrows move through the links of a list; up from the first goes back
 * to the box, Escape too. Returns true when it handled the key.
 */
export function moveThroughLinks(event: KeyboardEvent, input: HTMLInputElement, container: HTMLElement): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')].filter((a) => a.offsetParent !== null);
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next: HTMLElement | undefined;
  if (event.key === 'ArrowDown') next = at < 0 ? links[0] : links[Math.min(at + 1, links.length - 1)];
  else if (event.key === 'ArrowUp') next = at <= 0 ? (at === 0 ? input : undefined) : links[at - 1];
  else if (event.key === 'Home' && at >= 0) next = links[0];
  else if (event.key === 'End' && at >= 0) next = links[links.length - 1];
  else if (event.key === 'Escape' && at >= 0) next = input;
  if (!next) return false;
  event.preventDefault();
  next.focus();
  return true;
}
