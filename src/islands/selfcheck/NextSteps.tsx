/**
 * What to do with the findings: the urgent numbers when they apply, the complaint to
 * the lender with its answer dates, the regulator after that, and the evidence to keep.
 * The letter opens prefilled through a hand-over in this browser, never the URL.
 */
import type { SelfcheckStrings } from '../../lib/i18n/selfcheck';
import type { Finding, Incident } from '../../lib/selfcheck/types';
import { addDays } from '../../lib/selfcheck/form';
import { today } from '../../lib/today';
import { format as fill } from '../../lib/i18n/format';
import { writeHandoff } from '../../lib/incidents/storage';

interface Props {
  s: SelfcheckStrings;
  /** The source register's address, for the complaint-handling measures behind the dates. */
  sourcesHref: string;
  findings: Finding[];
  incident: Incident;
  letterHref: string;
  /** The incident as one line, and the rules as lines, for the letter. */
  incidentLine: string;
  ruleLines: string[];
}

const bankLike = new Set(['bank-card', 'bank-loan', 'consumer-finance']);

export function NextSteps({ s, sourcesHref, findings, incident, letterHref, incidentLine, ruleLines }: Props) {
  const n = s.next;
  const wrong = findings.filter((f) => f.verdict !== 'ok');
  if (!wrong.length) return null;
  const urgent110 = wrong.some((f) => f.verdict === 'breach' && (f.rule === 'entry' || f.rule === 'violence-threats'));
  const urgentScam = (incident.posedAs ?? []).some((p) => p !== 'lawyer') || incident.payTo === 'personal-account';
  const day = today();
  const topics = [...new Set(wrong.map((f) => f.topic))];
  const openLetter = (event: Event) => {
    // Without storage the link still opens the blank letter.
    writeHandoff({ letter: letterHref.split('/').filter(Boolean).pop()!, values: { incidents: incidentLine, rules: ruleLines.join('\n') } });
    void event;
  };
  return (
    <section class="sc-next" aria-labelledby="sc-next">
      <h3 id="sc-next">{n.title}</h3>
      {urgent110 && <p class="sc-urgent" role="alert">{n.urgent110}</p>}
      {urgentScam && <p class="sc-urgent">{n.urgent96110}</p>}
      <p>
        <strong>{n.lender}</strong>
        {/* The 15/30-day answer applies to banking and insurance institutions (the complaint-handling measures). */}
        {incident.lender && bankLike.has(incident.lender) && <> {fill(n.lenderBy, { date: addDays(day, 15), date30: addDays(day, 30) })} <a href={`${sourcesHref}#complaint-handling-measures-2020`}>{n.lenderBasis}</a></>}
      </p>
      <p><a class="button" href={letterHref} onClick={openLetter}>{n.fillLetter}</a></p>
      <p class="sc-note">{n.letterNote}</p>
      <p><strong>{n.regulator}</strong> {incident.lender && !bankLike.has(incident.lender) ? n.regulatorOther : n.regulatorBank}</p>
      <p><strong>{n.evidence}</strong></p>
      <ul>{topics.map((t) => <li>{n.evidenceList[t]}</li>)}</ul>
    </section>
  );
}
