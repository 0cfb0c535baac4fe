/**
 * Who is asking. A reader who writes in the first person (我家人, 打我电话; my, I) is a
 * borrower; one who speaks of 客户 or 借款人 (the customer, the borrower) is an agent.
 * Pages written for the other reader only (a procedure for agents, a letter for
 * borrowers) then count less (cards.ts, rankCards). Most queries say neither.
 */
export type Voice = 'borrower' | 'agent';

const voices: Record<'zh' | 'en', [Voice, RegExp][]> = {
  zh: [
    // An agent in the first person says what they are: 我是新来的催收员, 我们公司, 我司.
    ['agent', /客户|借款人|债务人|外访|新人|上岗|我是.{0,4}(催收|外访|专员|员工|业务员)|我们(公司|团队|机构)|我司/],
    ['borrower', /我(?!们|司|行)|俺/],
  ],
  en: [
    ['agent', /\b(customers?|borrowers?|debtors?|clients?)\b/i],
    ['borrower', /\b(i|me|my|mine|i'm|im)\b/i],
  ],
};

/** The query's voice, if it has one; an agent's word wins over 我 (我该怎么跟客户说). */
export function voiceOf(query: string, lang: 'zh' | 'en'): Voice | undefined {
  return voices[lang].find(([, pattern]) => pattern.test(query))?.[0];
}

/** Kinds written for one reader when the page names no audience. */
const agentKinds = new Set(['modules', 'drills']);

/** Whether a page with these audiences (or of this kind) is written for the voice; a page for everyone is. */
export function speaksTo(voice: Voice, audience: string[] | undefined, kind: string | undefined): boolean {
  if (audience && audience.length > 0) return audience.includes(voice);
  if (agentKinds.has(kind ?? '')) return voice === 'agent';
  return true;
}
