/** The findings, grouped by how strong the broken rule is, each with its sources linked. */
import type { SelfcheckStrings } from '../../lib/i18n/selfcheck';
import type { Finding } from '../../lib/selfcheck/types';

export type SourceTitles = Record<string, string>;

const groupOf = (f: Finding): keyof SelfcheckStrings['results']['groups'] => {
  if (f.verdict === 'ok') return 'ok';
  if (f.verdict === 'unclear') return 'unclear';
  if (f.strength === 'law' || f.strength === 'judicial') return 'law';
  if (f.strength === 'regulation') return 'regulation';
  if (f.strength === 'site') return 'site';
  return 'standard';
};
const order = ['law', 'regulation', 'standard', 'site', 'unclear', 'ok'] as const;

interface Props { findings: Finding[]; s: SelfcheckStrings; lang: 'zh' | 'en'; sourcesHref: string; titles: SourceTitles }

export function Findings({ findings, s, lang, sourcesHref, titles }: Props) {
  const r = s.results;
  const one = (f: Finding) => (
    <li class={`sc-finding sc-finding--${f.verdict}`} data-rule={f.rule}>
      <p>{f[lang]}</p>
      <p class="sc-basis">
        <span class="badge">{r.strength[f.strength]}</span>
        {f.sources.length > 0 && <> {r.sources}{s.colon}{f.sources.map((src, i) => <>{i > 0 && ' · '}<a href={`${sourcesHref}#${src.id}`}>{titles[src.id] ?? src.id}{src.article ? ` ${src.article}` : ''}</a></>)}</>}
      </p>
      {f.decide && <p class="sc-decide"><strong>{r.decide}{s.colon}</strong>{f.decide[lang]}</p>}
    </li>
  );
  const groups = order.map((g) => [g, findings.filter((f) => groupOf(f) === g)] as const).filter(([, list]) => list.length);
  return (
    <>
      {!findings.some((f) => f.verdict !== 'ok') && <p class="sc-none">{r.none}</p>}
      {groups.map(([g, list]) => g === 'ok'
        ? <details class="sc-group sc-group--ok"><summary>{r.groups.ok} · {list.length}</summary><ul>{list.map(one)}</ul></details>
        : <section class={`sc-group sc-group--${g}`} data-group={g}><h3>{r.groups[g]}</h3><ul>{list.map(one)}</ul></section>)}
    </>
  );
}
