/**
 * The search page (/search/, /en/search/): results as you type (once the text has
 * settled), filter chips, the query and filters in the URL (a run of typing adds one
 * history entry, holding the settled query; a filter adds one; Back restores the previous), arrow keys
 * through the results, and a zero-results panel that always offers a way on.
 */
import { loadPagefind, searchSite, shapeHits, type Hit } from './engine';
import { onSettledInput } from './settle';
import { el, excerptNode, moveThroughLinks, resultBadges } from './dom';
import { readScriptStrings, countText } from '../../lib/search/strings';
import { format } from '../../lib/i18n/format';
import { emptyFilters, filterNames, pagefindFilters, searchFromState, stateFromSearch, type FilterName, type SearchState } from '../../lib/search/url-state';
import type { ShownResult } from '../../lib/search/results';

const pageSize = 10;

export function startSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-page]');
  if (!found) return;
  const root: HTMLElement = found;
  const s = readScriptStrings(document.querySelector<HTMLElement>('form.site-search'));
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('[data-search-input]');
  const status = $('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const zero = $('[data-search-zero]');
  const zeroTitle = $('[data-search-zero-title]');
  const zeroFiltered = $('[data-search-zero-filtered]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-filter]')];
  const filterBox = $<HTMLDetailsElement>('[data-search-filters]');
  const filterCount = $('[data-search-filters-count]');
  /** The summary says how many chips are chosen. */
  const countFilters = () => {
    const chosen = boxes.filter((b) => b.checked).length;
    filterCount.textContent = chosen ? `(${chosen})` : '';
    return chosen;
  };

  $('[data-search-nojs]').hidden = true;
  more.textContent = s.more;
  // Pagefind (its WebAssembly and index) loads when the reader starts typing, or for a query
  // already in the URL: arriving on an empty page costs no main-thread work (Lighthouse's TBT).
  const warm = () => void loadPagefind().catch(() => undefined);
  for (const type of ['keydown', 'input', 'compositionstart'] as const) input.addEventListener(type, warm, { once: true });

  let run = 0;
  let typing = false;
  let hits: Hit[] = [];
  let codes: string[] = [];
  let shown = 0;

  const readForm = (): SearchState => {
    const filters = emptyFilters();
    for (const box of boxes) if (box.checked) filters[box.dataset.filter as FilterName].push(box.value);
    return { q: input.value, filters };
  };
  const applyToForm = (state: SearchState) => {
    input.value = state.q;
    for (const box of boxes) box.checked = state.filters[box.dataset.filter as FilterName].includes(box.value);
  };
  const writeUrl = (state: SearchState, push: boolean) => {
    const url = `${location.pathname}${searchFromState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const finish = (query: string) => {
    root.dataset.query = query;
    root.dataset.state = 'done';
    list.removeAttribute('aria-busy');
  };

  async function search(state: SearchState): Promise<void> {
    const mine = ++run;
    // Counted on the page, so a reader's tools and the tests can see how much work a query cost.
    root.dataset.runs = String(mine);
    const query = state.q.trim();
    root.dataset.state = 'busy';
    if (!query) {
      hits = [];
      list.replaceChildren();
      zero.hidden = true;
      more.parentElement!.hidden = true;
      status.textContent = s.empty;
      finish('');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const outcome = await searchSite(query, pagefindFilters(state.filters));
      if (mine !== run) return;
      hits = outcome.hits;
      codes = outcome.plan.codes;
      root.dataset.pagefindSearches = String(outcome.plan.queries.length);
      shown = 0;
      const first = await renderMore(mine, true);
      if (mine !== run || !first) return;
      const filtered = filterNames.some((name) => state.filters[name].length > 0);
      const count = countText(s, hits.length, document.documentElement.lang);
      // A mended slip is said beside the count, so the reader sees what else was searched.
      status.textContent = outcome.mended && hits.length > 0 ? `${count} · ${format(s.alsoSearched, { query: outcome.mended })}` : count;
      zero.hidden = hits.length > 0;
      if (hits.length === 0) {
        zeroTitle.textContent = format(s.zeroTitle, { query });
        zeroFiltered.hidden = !(filtered && outcome.unfiltered > 0);
      }
      finish(query);
    } catch (error) {
      if (mine !== run) return;
      console.warn('Search failed to load', error);
      list.replaceChildren();
      status.textContent = s.loadFailed;
      $('[data-search-nojs]').hidden = false;
      finish(query);
    }
  }

  /** Renders the next page of results (or the first, replacing the list). */
  async function renderMore(mine: number, replace: boolean): Promise<boolean> {
    const slice = hits.slice(shown, shown + pageSize);
    const results = await shapeHits(slice, codes);
    if (mine !== run) return false;
    const items = results.map(resultItem);
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    shown += slice.length;
    more.parentElement!.hidden = shown >= hits.length;
    return true;
  }

  function resultItem(result: ShownResult): HTMLLIElement {
    return el('li', { class: `search-result${result.codeMatch ? ' search-result--code' : ''}` },
      el('h2', { class: 'search-result__title' }, el('a', { href: result.url, 'data-result-link': '' }, result.title)),
      el('p', { class: 'search-result__meta' }, ...resultBadges(result, s)),
      result.excerpt && el('p', { class: 'search-result__excerpt' }, excerptNode(result.excerpt)),
      result.subs.length > 0 && el('ul', { class: 'search-result__subs', 'aria-label': `${s.sectionsLabel}：${result.title}` },
        ...result.subs.map((sub) => el('li', {},
          el('a', { href: sub.url, 'data-result-link': '' }, sub.code ? el('span', { class: 'code' }, sub.code) : null, sub.code ? ' ' : null, sub.title)))),
    );
  }

  // Typing searches only settled text (settle.ts): never a half-composed pinyin, and the
  // history gets one entry per run of typing, holding the settled query.
  const cancelSettle = onSettledInput(input, () => {
    const state = readForm();
    writeUrl(state, !typing);
    typing = true;
    void search(state);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cancelSettle();
    typing = false;
    const state = readForm();
    writeUrl(state, false);
    void search(state);
  });
  for (const box of boxes) {
    box.addEventListener('change', () => {
      typing = false;
      const state = readForm();
      writeUrl(state, true);
      void search(state);
    });
  }
  $('[data-search-clear]').addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    typing = false;
    const state = readForm();
    writeUrl(state, true);
    void search(state);
    input.focus();
  });
  more.addEventListener('click', async () => {
    const before = shown;
    await renderMore(run, false);
    list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')[before]?.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = stateFromSearch(location.search);
    applyToForm(state);
    void search(state);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') moveThroughLinks(event, input, list);
  });
  list.addEventListener('keydown', (event) => moveThroughLinks(event, input, list));

  const initial = stateFromSearch(location.search);
  applyToForm(initial);
  // On a phone the chips start folded unless the URL chose some.
  if (countFilters() === 0 && matchMedia('(max-width: 40rem)').matches) filterBox.open = false;
  filterBox.dataset.decided = '';
  for (const box of boxes) box.addEventListener('change', countFilters);
  void search(initial);
  if (!initial.q) input.focus();
}
