/**
 * Every string of site search (header box, search page, no-JS text), per locale.
 * Plain data with {name} placeholders and no imports, so the lazily loaded search
 * script carries these few strings and nothing else of the UI tables. The kind and
 * audience labels repeat ui.ts; a unit test keeps them equal.
 */
import type { Locale } from './locales';

export interface SearchStrings {
  title: string;
  description: string;
  label: string;
  placeholder: string;
  submit: string;
  /** Shown until the script starts, and for ever without JavaScript. */
  noscript: string;
  noscriptIndexes: string;
  /** Keyboard hint under the box. */
  hint: string;
  loading: string;
  loadFailed: string;
  empty: string;
  count: string;
  countOne: string;
  zeroTitle: string;
  zeroText: string;
  zeroFiltered: string;
  clearFilters: string;
  zeroDoorsTitle: string;
  doors: { borrower: string; agent: string; compliance: string; glossary: string };
  allResults: string;
  more: string;
  resultsLabel: string;
  sectionsLabel: string;
  filtersLegend: string;
  filterGroups: { kind: string; audience: string; tier: string };
  kinds: Record<string, string>;
  audiences: Record<string, string>;
  tiers: Record<string, string>;
  /** On English pages while the corpus is Chinese only. */
  chineseOnly: string;
}

const zh: SearchStrings = {
  title: '搜索',
  description: '搜索本站的流程、权利、话术、案例、术语和法规依据。',
  label: '搜索',
  placeholder: '搜索：上门可以进家吗、HV-01.3…',
  submit: '搜索',
  noscript: '搜索需要在浏览器中启用 JavaScript。没有 JavaScript 时，可以从下面的目录查找：',
  noscriptIndexes: '按类别浏览',
  hint: '按 / 或 Ctrl+K 随时回到搜索框；用 ↑ ↓ 在结果之间移动。',
  loading: '正在搜索…',
  loadFailed: '搜索暂时无法加载，请刷新页面再试，或从下面的目录查找。',
  empty: '输入你想找的内容，例如「晚上十点后还打电话」「停息挂账」或流程编号「HV-01.3」。',
  count: '找到 {count} 条结果',
  countOne: '找到 1 条结果',
  zeroTitle: '没有找到与「{query}」相关的内容',
  zeroText: '换一个说法试试，或者少写几个字。也可以从这里开始：',
  zeroFiltered: '所选筛选条件下没有结果。',
  clearFilters: '清除筛选条件',
  zeroDoorsTitle: '从这里开始',
  doors: {
    borrower: '我是借款人：逾期第一周怎么办',
    agent: '我是新员工：操作流程',
    compliance: '合规与管理：法规依据',
    glossary: '术语表',
  },
  allResults: '查看全部结果',
  more: '显示更多结果',
  resultsLabel: '搜索结果',
  sectionsLabel: '页内相关段落',
  filtersLegend: '筛选',
  filterGroups: { kind: '类型', audience: '读者', tier: '逾期阶段' },
  kinds: {
    tiers: '逾期阶段', procedures: '操作流程', rights: '借款人权利', scripts: '沟通话术', cases: '案例',
    letters: '信函模板', guides: '指南', sources: '法规依据', glossary: '术语表',
  },
  audiences: { borrower: '借款人', agent: '催收与外访人员', compliance: '合规与管理' },
  tiers: { M0: 'M0', M1: 'M1', M2: 'M2', M3: 'M3', 'M3+': 'M3+', LEGAL: '诉讼与核销' },
  chineseOnly: '',
};

const en: SearchStrings = {
  title: 'Search',
  description: 'Search the procedures, rights, scripts, cases, glossary and sources.',
  label: 'Search',
  placeholder: 'Search: home visit, HV-01.3…',
  submit: 'Search',
  noscript: 'Search needs JavaScript in your browser. Without it, browse the indexes below:',
  noscriptIndexes: 'Browse by kind',
  hint: 'Press / or Ctrl+K to come back to the search box; use ↑ ↓ to move between results.',
  loading: 'Searching…',
  loadFailed: 'Search could not load. Reload the page to try again, or browse the indexes below.',
  empty: 'Type what you are looking for, for example 上门 (home visit) or a procedure code such as HV-01.3.',
  count: '{count} results',
  countOne: '1 result',
  zeroTitle: 'Nothing found for “{query}”',
  zeroText: 'Try other words, or fewer of them. Or start from here:',
  zeroFiltered: 'No result with the chosen filters.',
  clearFilters: 'Clear filters',
  zeroDoorsTitle: 'Start here',
  doors: {
    borrower: 'I am a borrower: the first week overdue',
    agent: 'I am a new agent: procedures',
    compliance: 'Compliance: sources',
    glossary: 'Glossary',
  },
  allResults: 'See all results',
  more: 'Show more results',
  resultsLabel: 'Search results',
  sectionsLabel: 'Matching sections',
  filtersLegend: 'Filter',
  filterGroups: { kind: 'Kind', audience: 'Reader', tier: 'Stage' },
  kinds: {
    tiers: 'Overdue stages', procedures: 'Procedures', rights: 'Borrower rights', scripts: 'Scripts', cases: 'Cases',
    letters: 'Letter templates', guides: 'Guides', sources: 'Sources', glossary: 'Glossary',
  },
  audiences: { borrower: 'Borrowers', agent: 'Agents', compliance: 'Compliance' },
  tiers: { M0: 'M0', M1: 'M1', M2: 'M2', M3: 'M3', 'M3+': 'M3+', LEGAL: 'Legal stage' },
  chineseOnly: 'The pages are in Chinese for now, so search them in Chinese: results link to the Chinese pages.',
};

export const searchStrings: Record<Locale, SearchStrings> = { 'zh-cn': zh, en };

/** A search string with {name} placeholders filled in. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
