/**
 * A knowledge check as the browser gets it (one JSON file per module, built from
 * content/quizzes/) and its scoring. Pure; the island renders it.
 */
export interface Basis {
  /** HV-04.5, or the title of a right or script. */
  label: string;
  /** The step's or page's title. */
  title: string;
  /** Where it is on the site, with the step's anchor. */
  href: string;
  /** Step code when the basis is a step; refreshers pick questions by it. */
  code?: string;
}

export interface QuizOption { text: string; correct: boolean; why: string }

export interface QuizQuestion {
  /** "<module>/<id>": unique across modules, so a refresher can mix banks. */
  id: string;
  type: 'single' | 'multiple' | 'say-next';
  situation?: string;
  prompt: string;
  options: QuizOption[];
  basis: Basis[];
}

/** Right when the chosen options are exactly the correct ones. */
export function isRight(question: QuizQuestion, chosen: readonly number[]): boolean {
  const want = question.options.flatMap((o, i) => (o.correct ? [i] : []));
  return want.length === chosen.length && want.every((i) => chosen.includes(i));
}

/** The steps and pages behind the missed questions, each once, in the order missed. */
export function reviewList(questions: readonly QuizQuestion[], missed: ReadonlySet<string>): Basis[] {
  const seen = new Map<string, Basis>();
  for (const q of questions) if (missed.has(q.id)) for (const b of q.basis) if (!seen.has(b.href)) seen.set(b.href, b);
  return [...seen.values()];
}

/** Questions that test any of the given step codes (a refresher asks only these). */
export const questionsOn = (questions: readonly QuizQuestion[], codes: readonly string[]): QuizQuestion[] =>
  questions.filter((q) => q.basis.some((b) => b.code !== undefined && codes.includes(b.code)));
