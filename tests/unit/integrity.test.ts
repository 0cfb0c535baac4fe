import { describe, expect, it } from 'vitest';
import { findIntegrityProblems, type Corpus } from '../../src/lib/content/integrity';

const src = (id: string) => ({ collection: 'sources', id });
function corpus(): Corpus {
  return {
    sources: [{ id: 'civil-code', data: {} }],
    glossary: [{ id: 'wai-fang', data: { related: [], sources: [src('civil-code')] } }],
    procedures: [{
      id: 'zh-cn/a', filePath: 'content/procedures/zh-cn/a.mdx',
      data: { code: 'HV-01', steps: [{ code: 'HV-01.1', sources: [src('civil-code')] }, { code: 'HV-01.2', sources: [] }] },
      body: 'Text <Cite id="civil-code" article="第1条" /> and <Term id="wai-fang">外访</Term>.',
    }],
  };
}

describe('findIntegrityProblems', () => {
  it('finds nothing wrong in a consistent corpus', () => {
    expect(findIntegrityProblems(corpus())).toEqual([]);
  });

  it('names file and field of a dangling reference, however deep', () => {
    const c = corpus();
    (c.procedures![0]!.data.steps as { sources: unknown[] }[])[1]!.sources.push(src('nope'));
    expect(findIntegrityProblems(c)).toEqual([
      'content/procedures/zh-cn/a.mdx: field "steps[1].sources[0]" refers to sources "nope", which does not exist',
    ]);
  });

  it('lets an English twin carry its Chinese page\'s codes (codes are unique within a language)', () => {
    const c = corpus();
    const zh = c.procedures![0]!;
    c.procedures!.push({ ...zh, id: zh.id.replace('zh-cn/', 'en/'), filePath: zh.filePath!.replace('/zh-cn/', '/en/') });
    expect(findIntegrityProblems(c)).toEqual([]);
  });

  it('reports a code used twice, across entries', () => {
    const c = corpus();
    c.procedures!.push({ id: 'zh-cn/b', filePath: 'content/procedures/zh-cn/b.mdx', data: { code: 'HV-02', steps: [{ code: 'HV-01.2', sources: [] }] } });
    expect(findIntegrityProblems(c)).toEqual([
      'content/procedures/zh-cn/b.mdx: field "steps[0].code" repeats code HV-01.2, already used by content/procedures/zh-cn/a.mdx',
    ]);
  });

  it('checks <Cite> and <Term> ids in the body', () => {
    const c = corpus();
    c.procedures![0]!.body = '<Cite id="gone" /> <Term id=\'missing\' />';
    expect(findIntegrityProblems(c)).toEqual([
      'content/procedures/zh-cn/a.mdx: <Cite id="gone"> names a source that is not in sources.yaml',
      'content/procedures/zh-cn/a.mdx: <Term id="missing"> names a term that is not in glossary.yaml',
    ]);
  });

  it('falls back to collection/id when an entry has no file path', () => {
    const c = corpus();
    c.glossary![0]!.data.related = [{ collection: 'glossary', id: 'x' }];
    expect(findIntegrityProblems(c)[0]).toMatch(/^glossary\/wai-fang: field "related\[0\]"/);
  });
});

describe('links in the text', () => {
  it('reports a Markdown link to an entry that does not exist, and ignores other pages', () => {
    const c = corpus();
    c.procedures![0]!.body = '见 [HV-01](/procedures/a/#HV-01.1)、[计算器](/calculator/) 和 [不存在](/procedures/gone/)。';
    expect(findIntegrityProblems(c)).toEqual([
      'content/procedures/zh-cn/a.mdx: a link in the text points to procedures "zh-cn/gone", which does not exist',
    ]);
  });
});
