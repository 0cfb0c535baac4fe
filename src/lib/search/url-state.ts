/**
 * The search page's state in its URL: /search/?q=上门&kind=procedures&kind=rights&audience=agent.
 * The same names are the form fields, so the page's GET form and the script agree.
 */

/** Pagefind filter names, in the order the chips are shown. */
export const filterNames = ['kind', 'audience', 'tier'] as const;
export type FilterName = (typeof filterNames)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
}

export const emptyFilters = (): Record<FilterName, string[]> => ({ kind: [], audience: [], tier: [] });

export function stateFromSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const name of filterNames) filters[name] = [...new Set(params.getAll(name).filter(Boolean))];
  return { q: params.get('q') ?? '', filters };
}

/** '?q=…&kind=…' in a stable order, or '' for an empty state. */
export function searchFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of filterNames) for (const value of [...state.filters[name]].sort()) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object: any of the chosen values within a group, all groups at once. */
export function pagefindFilters(filters: Record<FilterName, string[]>): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of filterNames) if (filters[name].length) out[name] = { any: filters[name] };
  return out;
}

export const sameState = (a: SearchState, b: SearchState): boolean => searchFromState(a) === searchFromState(b);
