/**
 * The training path as Astro loaded it (the content store): enough questions, bound
 * to every procedure, a mix of kinds, drills for the situations the path promises,
 * and modules in an order with no gaps.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './helpers/corpus';

const corpus = loadCorpus();
type Question = { id: string; type: string; basis: string[]; options: { correct: boolean }[] };
const modules = corpus.modules!.filter((m) => m.id.startsWith('zh-cn/'));
const banks = corpus.quizzes!.filter((q) => q.id.startsWith('zh-cn/'));
const questions = banks.flatMap((b) => b.data.questions as Question[]);
const procedures = corpus.procedures!.filter((p) => p.id.startsWith('zh-cn/'));

describe('the training path', () => {
  it('has at least 120 questions, each with a basis', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(questions.filter((q) => q.basis.length === 0)).toEqual([]);
  });

  it.each(procedures.map((p) => [p.data.code as string]))('asks at least six questions on the steps of %s', (code) => {
    const on = questions.filter((q) => q.basis.some((b) => b.startsWith(`${code}.`)));
    expect(on.length).toBeGreaterThanOrEqual(6);
  });

  it('mixes single, multiple and "what do you say next" questions in every module', () => {
    for (const bank of banks) {
      const types = new Set((bank.data.questions as Question[]).map((q) => q.type));
      expect([...types].sort(), bank.id).toEqual(['multiple', 'say-next', 'single']);
    }
  });

  it('does not put the right answer in one place: always picking the same option fails', () => {
    const places = questions.filter((q) => q.type !== 'multiple').map((q) => q.options.findIndex((o) => o.correct));
    for (const place of new Set(places)) {
      expect(places.filter((p) => p === place).length / places.length, `option ${place + 1}`).toBeLessThan(0.45);
    }
  });

  it('orders the modules 1 … n with no gap', () => {
    expect(modules.map((m) => m.data.order as number).sort((a, b) => a - b)).toEqual(modules.map((_, i) => i + 1));
  });

  it('has at least six drills, each in a module and ending somewhere', () => {
    const drills = corpus.drills!.filter((d) => d.id.startsWith('zh-cn/'));
    expect(drills.length).toBeGreaterThanOrEqual(6);
    for (const d of drills) {
      expect(modules.map((m) => m.id), d.id).toContain((d.data.module as { id: string }).id);
    }
  });
});
