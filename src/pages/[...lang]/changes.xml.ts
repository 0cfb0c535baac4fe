/** The change log as RSS, for compliance teams who follow revisions: /changes.xml and /en/changes.xml. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { pagesOf } from '../../lib/content/site';
import { changeLog } from '../../lib/content/changelog';
import { htmlLang, localePath, locales, t } from '../../lib/i18n';
import { langParam } from '../../lib/routes';
import type { Locale } from '../../lib/i18n/locales';

export const getStaticPaths = () => locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

export async function GET(context: APIContext): Promise<Response> {
  const { locale } = context.props as { locale: Locale };
  const log = changeLog(await pagesOf('procedures', locale));
  const site = context.site!;
  return rss({
    title: `${t(locale, 'changes.title')} · ${t(locale, 'site.name')}`,
    description: t(locale, 'changes.intro'),
    site,
    items: log.map((c) => ({
      title: `${c.code} v${c.version} ${c.title}`,
      link: new URL(localePath(locale, `/changes/#${c.code}-v${c.version}`), site).href,
      pubDate: new Date(`${c.date}T00:00:00+08:00`),
      description: [c.summary, ...(['added', 'changed', 'removed'] as const).filter((k) => c[k].length)
        .map((k) => `${t(locale, `changes.${k}`)}${t(locale, 'punct.colon')}${c[k].join(t(locale, 'punct.list'))}`)].join(' '),
    })),
    customData: `<language>${htmlLang[locale]}</language>`,
  });
}
