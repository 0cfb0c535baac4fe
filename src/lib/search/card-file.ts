/**
 * The card file's shape on the wire. Cards are stored by column (every title, then
 * every summary …) rather than card by card: like text then sits beside like, and
 * gzip finds more of it. For the Chinese cards of 2026-11-30 that was 38.1 → 33.3 KB
 * gzip, the bytes a first query fetches. Written by src/integrations/search-cards.ts,
 * read by the search script before it builds the card index.
 */
import type { Card, CardFile } from './cards';

type Columns = { [K in keyof Card]-?: (Card[K] | null)[] };
export interface PackedCards { lang: CardFile['lang']; count: number; columns: Columns }

const keys: (keyof Card)[] = ['id', 'url', 'title', 'kind', 'code', 'short', 'aka', 'summary', 'asked', 'steps', 'filters'];

export function packCards(file: CardFile): PackedCards {
  const columns = Object.fromEntries(keys.map((key) => [key, file.cards.map((card) => card[key] ?? null)])) as Columns;
  return { lang: file.lang, count: file.cards.length, columns };
}

/** The cards again; a column the file lacks (an older build) reads as empty, never as a broken card. */
export function unpackCards(packed: PackedCards): CardFile {
  const cell = <K extends keyof Card>(key: K, i: number): Card[K] | undefined =>
    (packed.columns[key] as (Card[K] | null)[] | undefined)?.[i] ?? undefined;
  const cards: Card[] = [];
  for (let i = 0; i < packed.count; i++) {
    cards.push({
      id: cell('id', i) ?? '',
      url: cell('url', i) ?? '',
      title: cell('title', i) ?? '',
      kind: cell('kind', i),
      code: cell('code', i),
      short: cell('short', i),
      aka: cell('aka', i),
      summary: cell('summary', i) ?? '',
      asked: cell('asked', i) ?? '',
      steps: cell('steps', i) ?? [],
      filters: cell('filters', i) ?? {},
    });
  }
  return { lang: packed.lang, cards };
}
