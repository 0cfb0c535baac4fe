/**
 * A scenario drill: the other person speaks, the trainee picks the next line. A
 * good line moves the conversation on; a wrong one shows what it would cause and
 * the step it breaks, and the trainee chooses again. The finished drill and the
 * number of wrong choices are kept with the training progress (this browser only).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DrillStrings, StorageStrings } from '../lib/i18n/training';
import type { Basis } from '../lib/training/quiz';
import { today, withDrill } from '../lib/training/progress';
import { format as fill } from '../lib/i18n/format';
import { saveProgress, type StoreState } from './training/storage';
import { StorageNotice } from './training/StorageNotice';

export interface DrillChoice { say: string; next?: string; why?: string; consequence?: string; breaks?: Basis }
export interface DrillNode { id: string; they: string; end?: string; choices: DrillChoice[] }

interface Props {
  strings: DrillStrings;
  storage: StorageStrings;
  colon: string;
  slug: string;
  start: string;
  nodes: DrillNode[];
}

interface Turn { they: string; you?: string }

export default function Drill({ strings: s, storage, colon, slug, start, nodes }: Props) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const [at, setAt] = useState(start);
  const [turns, setTurns] = useState<Turn[]>([]);
  const [wrong, setWrong] = useState<DrillChoice | undefined>();
  const [good, setGood] = useState<string | undefined>();
  const [mistakes, setMistakes] = useState(0);
  const [stored, setStored] = useState<StoreState | undefined>();
  const feedback = useRef<HTMLDivElement>(null);
  const line = useRef<HTMLParagraphElement>(null);
  const node = byId.get(at)!;
  // Server-rendered lines stay disabled until the island runs, so no choice is lost before hydration.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  useEffect(() => { (wrong ? feedback.current : null)?.focus(); }, [wrong]);

  function choose(choice: DrillChoice) {
    if (!choice.next) {
      setWrong(choice);
      setMistakes(mistakes + 1);
      return;
    }
    setTurns([...turns, { they: node.they, you: choice.say }]);
    setGood(choice.why);
    setWrong(undefined);
    setAt(choice.next);
    const after = byId.get(choice.next);
    if (after?.end) setStored(saveProgress((p) => withDrill(p, slug, { date: today(), mistakes })));
    requestAnimationFrame(() => line.current?.focus());
  }

  function again() {
    setAt(start);
    setTurns([]);
    setWrong(undefined);
    setGood(undefined);
    setMistakes(0);
    setStored(undefined);
  }

  return (
    <div class="drill">
      <ol class="drill__transcript">
        {turns.map((turn) => (
          <>
            <li class="drill__line drill__line--they"><span class="drill__who">{s.they}</span>{turn.they}</li>
            <li class="drill__line drill__line--you"><span class="drill__who">{s.you}</span>{turn.you}</li>
          </>
        ))}
      </ol>
      <p class="drill__line drill__line--they drill__now" ref={line} tabIndex={-1} aria-live="polite">
        <span class="drill__who">{s.they}</span>{node.they}
      </p>
      {good && !node.end && <p class="drill__good">{s.goodLine} {good}</p>}
      {node.end ? (
        <div class="drill__end">
          <h3>{s.ended}</h3>
          <p>{node.end}</p>
          <p>{fill(s.mistakes, { count: mistakes })}</p>
          {stored && <StorageNotice state={stored} strings={storage} />}
          <button type="button" class="button" onClick={again}>{s.again}</button>
        </div>
      ) : (
        <>
          {wrong && (
            <div class="drill__feedback" ref={feedback} tabIndex={-1} role="alert">
              <p><strong>{s.consequence}{colon}</strong>{wrong.consequence}</p>
              {wrong.breaks && <p><strong>{s.breaks}{colon}</strong><a href={wrong.breaks.href}>{wrong.breaks.code ? `${wrong.breaks.label} ${wrong.breaks.title}` : wrong.breaks.title}</a></p>}
              <p>{s.tryAgain}</p>
            </div>
          )}
          <p class="drill__prompt" id={`drill-${slug}-choose`}>{s.choose}</p>
          <ul class="drill__choices" aria-labelledby={`drill-${slug}-choose`}>
            {node.choices.map((choice) => (
              <li><button type="button" class="drill__choice" disabled={!ready || wrong === choice} onClick={() => choose(choice)}>{choice.say}</button></li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
