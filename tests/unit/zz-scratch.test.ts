import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { buildCardIndex, rankCards, readCardQuery } from '../../src/lib/search/cards';
import { kindsAskedFor } from '../../src/lib/search/kinds';
import { mendTypos, planSearch } from '../../src/lib/search/query';
it('scratch', () => {
  const index = buildCardIndex(JSON.parse(gunzipSync(readFileSync('dist/pagefind/cards-zh-cn.pf_cards')).toString()));
  for (const q of (process.env.Q ?? '').split('|')) {
    const cq = readCardQuery(q, 'zh');
    console.log(q, 'mended', mendTypos(q), [...cq.terms].map(([t, w]) => `${t}:${w}`).join(' '), 'cues', [...cq.cueTerms].join(','), 'kinds', kindsAskedFor(q, 'zh'));
    console.log('  plan', planSearch(q).queries.join(' | '));
    for (const h of rankCards(index, cq, kindsAskedFor(q, 'zh')).slice(0, 6)) console.log('  ', h.card.url, h.score.toFixed(2), h.held.toFixed(2));
  }
});
