/**
 * A module's knowledge check, or a refresher on the steps that changed. One
 * question at a time; after each answer the feedback (right or not, why for every
 * option, the step behind it) takes the focus and is announced; at the end a
 * score, the steps to review, and a retry of only the missed questions. The
 * questions are fetched when the trainee starts (one JSON file per module), so the
 * page carries none of them and search never sees them.
 */
import { useRef, useState, useEffect } from 'preact/hooks';
import type { QuizStrings, StorageStrings } from '../lib/i18n/training';
import { isRight, questionsOn, reviewList, type QuizQuestion } from '../lib/training/quiz';
import { passed, today, withCheck } from '../lib/training/progress';
import { format as fill } from '../lib/i18n/format';
import { saveProgress, type StoreState } from './training/storage';
import { StorageNotice } from './training/StorageNotice';

export interface QuizProps {
  strings: QuizStrings;
  storage: StorageStrings;
  /** The question files to ask from. */
  sources: string[];
  /** How many questions the check has (known at build, shown before loading). */
  count: number;
  /** Ask only questions on these step codes (a refresher). */
  only?: string[];
  /** Record full checks under this module slug, with these procedure versions. */
  module?: string;
  versions?: Record<string, string>;
  /** Called when a full round ends (the dashboard records a refresher). */
  onFinish?: (score: number, total: number) => void;
  /** Skip the start button (a refresher the trainee has just asked for). */
  autoStart?: boolean;
}

type Phase = 'intro' | 'loading' | 'failed' | 'asking' | 'done';

export default function Quiz(props: QuizProps) {
  const s = props.strings;
  const [phase, setPhase] = useState<Phase>('intro');
  const [round, setRound] = useState<QuizQuestion[]>([]);
  const [retry, setRetry] = useState(false);
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<number[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [missed, setMissed] = useState<Set<string>>(new Set());
  const [stored, setStored] = useState<StoreState | undefined>();
  const [announce, setAnnounce] = useState('');
  // The server-rendered button stays disabled until the island runs, so no click is lost before hydration.
  const [ready, setReady] = useState(false);
  const feedback = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  const question = useRef<HTMLFieldSetElement>(null);

  async function start() {
    setPhase('loading');
    try {
      const banks = await Promise.all(props.sources.map(async (url) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return (await response.json()) as QuizQuestion[];
      }));
      const all = banks.flat();
      begin(props.only ? questionsOn(all, props.only) : all, false);
    } catch {
      setPhase('failed');
    }
  }

  function begin(questions: QuizQuestion[], isRetry: boolean) {
    setRound(questions);
    setRetry(isRetry);
    setIndex(0);
    setChosen([]);
    setSubmitted(false);
    setMissed(new Set());
    setPhase('asking');
  }

  useEffect(() => { setReady(true); if (props.autoStart) void start(); }, []);
  useEffect(() => {
    if (phase !== 'asking') return;
    (submitted ? feedback.current : question.current)?.focus();
  }, [phase, index, submitted]);
  useEffect(() => { if (phase === 'done') result.current?.focus(); }, [phase]);

  const current = round[index];

  function submit(event: Event) {
    event.preventDefault();
    if (!current || chosen.length === 0) return;
    const right = isRight(current, chosen);
    if (!right) setMissed(new Set([...missed, current.id]));
    setSubmitted(true);
    setAnnounce(right ? s.right : s.wrong);
  }

  function next() {
    if (index + 1 < round.length) {
      setIndex(index + 1);
      setChosen([]);
      setSubmitted(false);
      return;
    }
    const score = round.length - missed.size;
    if (!retry) {
      if (props.module) {
        const attempt = { date: today(), score, total: round.length };
        setStored(saveProgress((p) => withCheck(p, props.module!, attempt, props.versions ?? {})));
      }
      props.onFinish?.(score, round.length);
    }
    setAnnounce(fill(retry ? s.retryTitle : s.score, { score, total: round.length, percent: Math.round((score / round.length) * 100) }));
    setPhase('done');
  }

  const toggle = (i: number, multiple: boolean) => setChosen(multiple ? (chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i]) : [i]);

  return (
    <div class="quiz">
      <p class="visually-hidden" aria-live="polite">{announce}</p>
      {phase === 'intro' && (
        <div class="quiz__intro">
          <p>{fill(s.intro, { count: props.count })}</p>
          <button type="button" class="button" onClick={start} disabled={!ready}>{s.start}</button>
        </div>
      )}
      {phase === 'loading' && <p role="status">{s.loading}</p>}
      {phase === 'failed' && (
        <div class="quiz__intro">
          <p role="alert">{s.loadFailed}</p>
          <button type="button" class="button" onClick={start}>{s.start}</button>
        </div>
      )}
      {phase === 'asking' && current && (
        <form onSubmit={submit} class="quiz__question">
          <p class="quiz__progress">{fill(s.progress, { n: index + 1, count: round.length })}</p>
          {current.situation && <p class="quiz__situation"><strong>{s.situation}{s.colon}</strong>{current.situation}</p>}
          <fieldset ref={question} tabIndex={-1} key={current.id}>
            <legend>{current.prompt}<span class="quiz__hint">{current.type === 'multiple' ? s.chooseAll : s.chooseOne}</span></legend>
            <ul class="quiz__options">
              {current.options.map((option, i) => {
                const multiple = current.type === 'multiple';
                const mark = submitted ? (option.correct ? 'right' : chosen.includes(i) ? 'wrong' : 'plain') : 'plain';
                return (
                  <li class={`quiz__option quiz__option--${mark}`}>
                    <label>
                      <input type={multiple ? 'checkbox' : 'radio'} name={current.id} checked={chosen.includes(i)} disabled={submitted}
                        onChange={() => toggle(i, multiple)} />
                      <span>{option.text}</span>
                    </label>
                    {submitted && (
                      <p class="quiz__why">
                        {(option.correct || chosen.includes(i)) && <strong>{[option.correct ? s.correctOption : '', chosen.includes(i) ? s.yourChoice : ''].filter(Boolean).join(' · ')}{s.colon}</strong>}
                        {option.why}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {!submitted && <button type="submit" class="button" disabled={chosen.length === 0}>{s.submit}</button>}
          {submitted && (
            <div ref={feedback} tabIndex={-1} class={`quiz__feedback quiz__feedback--${missed.has(current.id) ? 'wrong' : 'right'}`}>
              <p class="quiz__verdict">{missed.has(current.id) ? s.wrong : s.right}</p>
              <p>{s.basis}{s.colon}{current.basis.map((b, i) => <>{i > 0 && ' · '}<a href={b.href}>{b.code ? `${b.label} ${b.title}` : b.title}</a></>)}</p>
              <button type="button" class="button" onClick={next}>{index + 1 < round.length ? s.next : s.finish}</button>
            </div>
          )}
        </form>
      )}
      {phase === 'done' && (
        <Result {...{ s, round, missed, retry, stored, storage: props.storage, result, recorded: Boolean(props.module) }}
          onRetry={() => begin(round.filter((q) => missed.has(q.id)), true)} onRestart={start} />
      )}
    </div>
  );
}

interface ResultProps {
  s: QuizStrings;
  storage: StorageStrings;
  round: QuizQuestion[];
  missed: Set<string>;
  retry: boolean;
  recorded: boolean;
  stored: StoreState | undefined;
  result: { current: HTMLHeadingElement | null };
  onRetry: () => void;
  onRestart: () => void;
}

function Result({ s, storage, round, missed, retry, recorded, stored, result, onRetry, onRestart }: ResultProps) {
  const score = round.length - missed.size;
  const review = reviewList(round, missed);
  return (
    <div class="quiz__result">
      <h3 ref={result} tabIndex={-1}>{s.resultTitle}</h3>
      <p class="quiz__score">{fill(retry ? s.retryTitle : s.score, { score, total: round.length, percent: Math.round((score / round.length) * 100) })}</p>
      {!retry && recorded && <p>{passed({ date: '', score, total: round.length }) ? s.passed : s.notPassed}</p>}
      {!retry && recorded && stored && <StorageNotice state={stored} strings={storage} />}
      {missed.size === 0 && <p>{s.allRight}</p>}
      {review.length > 0 && (
        <>
          <h4>{s.review}</h4>
          <ul>{review.map((b) => <li><a href={b.href}>{b.code ? `${b.label} ${b.title}` : b.title}</a></li>)}</ul>
        </>
      )}
      <p class="quiz__actions">
        {missed.size > 0 && <button type="button" class="button" onClick={onRetry}>{fill(s.retryMissed, { count: missed.size })}</button>}
        <button type="button" class="button button--secondary" onClick={onRestart}>{s.restart}</button>
      </p>
    </div>
  );
}
