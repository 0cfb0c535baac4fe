/**
 * The facts a compliance reader quotes from a page (code, version, status, dates,
 * audience, and what is particular to each kind), as rows of label and value.
 * Each kind is narrowed by its own type; no field is read off an untyped record.
 */
import type { CollectionEntry } from 'astro:content';
import type { Translator, UiKey } from '../i18n/ui';
import type { PageKind } from '../routes';
import { bucketLabel, daysLabel } from './labels';
import { procedureStatus } from './status';

export interface FactRow {
  key: UiKey;
  text?: string;
  /** The value is a permanent code (shown monospaced, given to search as meta). */
  code?: boolean;
  /** A procedure's status, for styling: in-force or upcoming. */
  status?: 'in-force' | 'upcoming';
  links?: { title: string; href: string }[];
}

/** A page entry together with its kind, so TypeScript narrows `entry.data` by `kind`. */
export type KindedEntry = { [K in PageKind]: { kind: K; entry: CollectionEntry<K> } }[PageKind];

/** Title and URL of a referenced tier, if it exists. */
export type TierLookup = (id: string) => { title: string; href: string } | undefined;

export function entryFacts(page: KindedEntry, t: Translator, today: string, tierOf: TierLookup): FactRow[] {
  const rows: FactRow[] = [];
  const tierLinks = (ids: string[]) => ids.map(tierOf).filter((x) => x !== undefined);
  const { data } = page.entry;
  if (page.kind === 'procedures') {
    const p = page.entry.data;
    const status = procedureStatus(p.effective, today);
    rows.push(
      { key: 'meta.code', text: p.code, code: true },
      { key: 'meta.version', text: p.version },
      { key: 'meta.effective', text: p.effective },
      {
        key: 'status.label', status: status.state,
        text: status.state === 'upcoming' ? t('status.upcoming', { date: status.from }) : t('status.inForce', { date: status.since }),
      },
    );
  }
  rows.push({ key: 'meta.lastReviewed', text: data.lastReviewed });
  rows.push({ key: 'meta.audience', text: t.list(data.audience.map((a) => t(`audience.${a}`))) });
  switch (page.kind) {
    case 'tiers': {
      const tier = page.entry.data;
      rows.push({ key: 'meta.bucket', text: bucketLabel(tier.bucket, t.locale) }, { key: 'meta.days', text: daysLabel(t.locale, tier.daysFrom, tier.daysTo) });
      break;
    }
    case 'procedures': {
      const p = page.entry.data;
      rows.push({ key: 'meta.performer', text: p.performer }, { key: 'meta.tiers', links: tierLinks(p.tiers.map((r) => r.id)) });
      if (p.retention) rows.push({ key: 'meta.retention', text: p.retention });
      break;
    }
    case 'rights':
      rows.push({ key: 'meta.strength', text: t(`strength.${page.entry.data.strength}`) });
      break;
    case 'scripts':
      rows.push({ key: 'meta.channel', text: t(`channel.${page.entry.data.channel}`) }, { key: 'meta.tier', links: tierLinks([page.entry.data.tier.id]) });
      break;
    case 'cases': {
      const c = page.entry.data;
      if (c.tier) rows.push({ key: 'meta.tier', links: tierLinks([c.tier.id]) });
      rows.push({ key: 'meta.outcome', text: t(`outcome.${c.outcome}`) });
      break;
    }
    case 'letters':
      rows.push({ key: 'meta.sendTo', text: page.entry.data.sendTo });
      break;
    case 'guides':
      break;
  }
  return rows;
}

/** Badges on an entry's card in lists: bucket, version, channel, strength, outcome. */
export function entryBadges(page: KindedEntry, t: Translator): string[] {
  switch (page.kind) {
    case 'tiers': return [bucketLabel(page.entry.data.bucket, t.locale)];
    case 'procedures': return [`v${page.entry.data.version}`];
    case 'scripts': return [t(`channel.${page.entry.data.channel}`)];
    case 'rights': return [t(`strength.${page.entry.data.strength}`)];
    case 'cases': return [t(`outcome.${page.entry.data.outcome}`)];
    default: return [];
  }
}

/** The tier buckets a page belongs to, for the search filter "tier". */
export function tierBucketsOf(page: KindedEntry, bucketOf: (tierId: string) => string | undefined): string[] {
  const ids = page.kind === 'procedures' ? page.entry.data.tiers.map((r) => r.id)
    : (page.kind === 'scripts' || page.kind === 'cases') && page.entry.data.tier ? [page.entry.data.tier.id] : [];
  if (page.kind === 'tiers') return [page.entry.data.bucket];
  return [...new Set(ids.map(bucketOf).filter((b) => b !== undefined))];
}
