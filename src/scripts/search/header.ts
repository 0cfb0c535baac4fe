/**
 * The header search box, once a reader first focuses it (loader.ts imports this
 * module then): results under the box as they type, arrow keys into them, Escape
 * back, Enter for the full search page. Without this script the box is a plain
 * GET form to /search/.
 */
import { loadPagefind, searchSite, shapeHits } from './engine';
import { onSettledInput } from './settle';
import { el, excerptNode, moveThroughLinks, resultBadges } from './dom';
import { readScriptStrings, countText } from '../../lib/search/strings';
import { format } from '../../lib/i18n/format';

const shownInPanel = 5;

export function enhanceHeaderSearch(input: HTMLInputElement): void {
  const form = input.form;
  if (!form || form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const s = readScriptStrings(form);

  const status = el('p', { class: 'site-search__status', id: 'site-search-status', role: 'status' });
  const list = el('ul', { class: 'site-search__results', 'aria-label': s.resultsLabel });
  const all = el('a', { class: 'site-search__all', href: form.action, 'data-result-link': '' }, s.allResults);
  const panel = el('div', { class: 'site-search__panel', id: 'site-search-panel', 'data-state': 'idle' }, status, list, all);
  panel.hidden = true;
  form.append(panel);
  input.setAttribute('aria-describedby', 'site-search-status');
  void loadPagefind().catch(() => undefined);

  let run = 0;
  const open = () => { panel.hidden = false; };
  const close = () => { panel.hidden = true; };

  async function search(): Promise<void> {
    const mine = ++run;
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      close();
      return;
    }
    panel.dataset.state = 'busy';
    open();
    try {
      const outcome = await searchSite(query);
      const results = await shapeHits(outcome.hits.slice(0, shownInPanel), outcome.plan.codes, 0, true);
      if (mine !== run) return;
      list.replaceChildren(...results.map((r) => el('li', { class: 'site-search__result' },
        el('a', { href: r.url, 'data-result-link': '' },
          el('span', { class: 'site-search__title' }, r.title),
          el('span', { class: 'site-search__meta' }, ...resultBadges(r, s)),
          r.excerpt && el('span', { class: 'site-search__excerpt' }, excerptNode(r.excerpt))))));
      status.textContent = outcome.hits.length === 0
        ? format(s.zeroTitle, { query })
        : countText(s, outcome.hits.length, document.documentElement.lang);
      all.href = `${form!.action}?q=${encodeURIComponent(query)}`;
      all.textContent = outcome.hits.length === 0 ? s.zeroDoorsTitle : s.allResults;
      panel.dataset.query = query;
      panel.dataset.state = 'done';
    } catch (error) {
      if (mine !== run) return;
      console.warn('Search failed to load', error);
      status.textContent = s.loadFailed;
      panel.dataset.state = 'done';
    }
  }

  onSettledInput(input, () => void search());
  input.addEventListener('focus', () => { if (input.value.trim() && list.childElementCount) open(); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) { event.preventDefault(); close(); }
    else if (event.key === 'ArrowDown' && !panel.hidden) moveThroughLinks(event, input, panel);
  });
  panel.addEventListener('keydown', (event) => {
    if (moveThroughLinks(event, input, panel) && event.key === 'Escape') close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim()) void search();
}
