/**
 * /training/: the trainee's progress read from this browser, the completion record
 * (printable), and a refresher wherever a covered procedure has moved on since the
 * module was completed: which step codes changed, and only the questions on them.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TrainingStrings } from '../lib/i18n/training';
import type { Locale } from '../lib/i18n/locales';
import { emptyProgress, passed, today, withRefresher, type Progress } from '../lib/training/progress';
import { currentVersions, refreshersDue, type CoveredProcedure, type StepsChanged } from '../lib/training/refresher';
import { format as fill } from '../lib/i18n/format';
import { clearProgress, loadProgress, saveProgress, type StoreState } from './training/storage';
import { StorageNotice } from './training/StorageNotice';
import Quiz from './Quiz';

export interface DashboardModule {
  slug: string;
  title: string;
  href: string;
  questions: string;
  /** Step codes each question tests, so a refresher's size is known before loading. */
  questionCodes: string[][];
  covers: (CoveredProcedure & { href: string })[];
}

interface Props {
  strings: TrainingStrings;
  locale: Locale;
  modules: DashboardModule[];
  drills: { slug: string; title: string; href: string }[];
}

export default function TrainingDashboard({ strings: t, locale, modules, drills }: Props) {
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<Progress>(emptyProgress());
  const [state, setState] = useState<StoreState>('empty');
  const [refreshing, setRefreshing] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const d = t.dashboard;

  const reload = () => {
    const read = loadProgress();
    setProgress(read.progress);
    setState(read.state);
  };
  useEffect(() => { reload(); setLoaded(true); }, []);

  if (!loaded) return <p class="training-storage">{d.needsScript}</p>;

  const done = modules.filter((m) => progress.modules[m.slug]?.completed).length;
  const refresh = (m: DashboardModule) => {
    const result = saveProgress((p) => withRefresher(p, m.slug, currentVersions(m.covers), today()));
    reload();
    if (result !== 'ok') setState(result);
  };
  const clear = () => {
    if (!window.confirm(d.clearConfirm)) return;
    setState(clearProgress());
    setProgress(emptyProgress());
    setMessage(d.cleared);
  };
  const list = (codes: string[]) => new Intl.ListFormat(locale === 'en' ? 'en' : 'zh-CN', { type: 'conjunction' }).format(codes);

  return (
    <div class="training-dashboard">
      <StorageNotice state={state} strings={t.storage} />
      {modules.map((m) => {
        const c = progress.modules[m.slug]?.completed;
        const due: StepsChanged[] = c ? refreshersDue(c.versions, m.covers) : [];
        if (!due.length && refreshing !== m.slug) return null;
        const codes = due.flatMap((x) => x.steps);
        const count = m.questionCodes.filter((qc) => qc.some((code) => codes.includes(code))).length;
        return (
          <section class="training-refresher" data-refresher={m.slug} aria-labelledby={`refresh-${m.slug}`}>
            <h2 id={`refresh-${m.slug}`}>{t.quiz.refresherTitle}{t.quiz.colon}{m.title}</h2>
            {due.map((x) => {
              const page = m.covers.find((p) => p.code === x.code)!;
              return (
                <p>
                  {fill(d.refresherDue, { code: x.code, from: x.from, to: x.to })}
                  {x.steps.length > 0 && ` ${fill(d.refresherSteps, { codes: list(x.steps) })}`}
                  {x.removed.length > 0 && ` ${fill(d.refresherRemoved, { codes: list(x.removed) })}`}
                  {' '}<a href={`${page.href}v/${x.to}/diff/`}>{d.seeChanges}</a>
                </p>
              );
            })}
            {refreshing === m.slug
              ? <Quiz strings={t.quiz} storage={t.storage} sources={[m.questions]} count={count} only={codes} autoStart onFinish={() => refresh(m)} />
              : count > 0
                ? <button type="button" class="button" onClick={() => setRefreshing(m.slug)}>{fill(d.takeRefresher, { count })}</button>
                : <><p>{d.noQuestions}</p><button type="button" class="button" onClick={() => refresh(m)}>{d.acknowledge}</button></>}
          </section>
        );
      })}
      <div class="training-record">
        <div class="print-only">
          <h2>{d.recordTitle}</h2>
          <p>{fill(d.printedOn, { date: today() })}</p>
          <p>{d.recordNote}</p>
        </div>
        <p class="training-summary">{fill(d.summary, { done, total: modules.length })}</p>
        <div class="table-scroll">
          <table class="training-table">
            <thead><tr><th scope="col">{d.module}</th><th scope="col">{d.status}</th><th scope="col">{d.versions}</th></tr></thead>
            <tbody>
              {modules.map((m) => {
                const record = progress.modules[m.slug];
                const c = record?.completed;
                const status = c ? fill(d.completed, { date: c.date, score: c.score, total: c.total }) + (c.refreshed ? ` · ${fill(d.refreshed, { date: c.refreshed })}` : '')
                  : record && !passed(record.last) ? fill(d.attempted, { date: record.last.date, score: record.last.score, total: record.last.total }) : d.notStarted;
                return (
                  <tr data-module={m.slug}>
                    <th scope="row"><a href={m.href}>{m.title}</a></th>
                    <td>{status}</td>
                    <td>{c ? m.covers.map((p) => `${p.code} ${c.versions[p.code] ?? '—'}`).join(' · ') || '—' : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {drills.length > 0 && (
          <>
            <h2>{d.drills}</h2>
            <ul class="training-drills">
              {drills.map((drill) => {
                const r = progress.drills[drill.slug];
                return <li><a href={drill.href}>{drill.title}</a>{t.quiz.colon}{r ? fill(d.drillDone, { date: r.date, count: r.mistakes }) : d.drillNotDone}</li>;
              })}
            </ul>
          </>
        )}
        <div class="print-only training-sign">
          <p>{d.signTrainee}{t.quiz.colon}<span class="training-sign__line"></span></p>
          <p>{d.signSupervisor}{t.quiz.colon}<span class="training-sign__line"></span></p>
        </div>
      </div>
      <p class="training-actions">
        <button type="button" class="button" onClick={() => window.print()}>{d.print}</button>
        <button type="button" class="button button--secondary" onClick={clear}>{d.clear}</button>
        <span role="status">{message}</span>
      </p>
    </div>
  );
}
