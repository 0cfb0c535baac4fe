/**
 * The site's change log: every version of every procedure, newest first, with
 * the codes it touched. One list feeds /changes/ and the RSS feed.
 */
import type { CollectionEntry } from 'astro:content';
import { entryUrl } from './kinds';

export interface ChangeEntry {
  procedureId: string;
  code: string;
  title: string;
  url: string;
  version: string;
  date: string;
  effective: string;
  summary: string;
  added: string[];
  changed: string[];
  removed: string[];
}

export function changeLog(procedures: readonly CollectionEntry<'procedures'>[]): ChangeEntry[] {
  return procedures.flatMap((p) => p.data.changes.map((c) => ({
    procedureId: p.id, code: p.data.code, title: p.data.title, url: entryUrl('procedures', p.id),
    version: c.version, date: c.date, effective: c.effective, summary: c.summary,
    added: c.added, changed: c.changed, removed: c.removed,
  }))).sort((a, b) => b.date.localeCompare(a.date) || a.code.localeCompare(b.code) || b.version.localeCompare(a.version));
}
