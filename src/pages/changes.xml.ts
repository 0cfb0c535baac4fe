/** The change log as RSS, for compliance teams who follow revisions (/changes.xml). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { pagesOf } from '../lib/content/site';
import { changeLog } from '../lib/content/changelog';
import { t } from '../lib/i18n';

export async function GET(context: APIContext): Promise<Response> {
  const log = changeLog(await pagesOf('procedures', 'zh-cn'));
  const site = context.site!;
  return rss({
    title: `${t('zh-cn', 'changes.title')} · ${t('zh-cn', 'site.name')}`,
    description: t('zh-cn', 'changes.intro'),
    site,
    items: log.map((c) => ({
      title: `${c.code} v${c.version} ${c.title}`,
      link: new URL(`/changes/#${c.code}-v${c.version}`, site).href,
      pubDate: new Date(`${c.date}T00:00:00+08:00`),
      description: [c.summary, ...(['added', 'changed', 'removed'] as const).filter((k) => c[k].length)
        .map((k) => `${t('zh-cn', `changes.${k}`)}${t('zh-cn', 'punct.colon')}${c[k].join(t('zh-cn', 'punct.list'))}`)].join(' '),
    })),
    customData: '<language>zh-CN</language>',
  });
}
