/** The key facts: one row per fact; a row with evidence is a button that shows its sentence in the page. */
import type { ComponentChildren } from 'preact';
import type { Evidence } from '../extraction/report';
import type { DetailedReport } from '../extraction/analyze';
import { t, type MessageKey } from '../utils/i18n';
import { clockPair, formatDuration, formatScale } from './format';

export interface KeyFactsProps {
  report: DetailedReport;
  locale: string;
  readerZone?: string;
  onFact: (evidence: Evidence) => void;
}

function Row(props: { label: string; evidence?: Evidence | null; onFact: (e: Evidence) => void; children: ComponentChildren; testId: string }) {
  const { evidence } = props;
  return (
    <div class="row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>
        {evidence ? (
          <button type="button" class="fact" dir="auto" onClick={() => props.onFact(evidence)} title={evidence.sentence.slice(0, 200)}>
            {props.children}
          </button>
        ) : (
          <span dir="auto">{props.children}</span>
        )}
      </dd>
    </div>
  );
}

function TimeValue({ tp, locale, readerZone }: { tp: DetailedReport['start']; locale: string; readerZone?: string }) {
  if (!tp) return null;
  const pair = clockPair(tp, locale, readerZone);
  return (
    <span>
      <bdi>{tp.approximate ? '≈ ' : ''}{tp.text}</bdi>
      {pair && (
        <span class="muted">
          {/* The GMT time only when the article wrote another zone. */}
          {tp.text.includes(pair.utc.slice(0, 5)) && /gmt|utc|غرينتش|ت غ/i.test(tp.text) ? '' : ` · ${pair.utc}`} · {pair.reader} {t('yourTime')}
        </span>
      )}
    </span>
  );
}

export function KeyFacts({ report, locale, readerZone, onFact }: KeyFactsProps) {
  const main = report.services[0];
  const duration = formatDuration(report.durationMinutes, t as never);
  const causeKey = `cause_${report.cause.category.replace(/-/g, '_')}` as MessageKey;
  return (
    <dl class="facts">
      {main && (
        <Row label={t('fact_service')} evidence={main.evidence[0]} onFact={onFact} testId="fact-service">
          {report.services.map((s) => s.name).join(', ')}
        </Row>
      )}
      {report.company && (
        <Row label={t('fact_company')} onFact={onFact} testId="fact-company">
          {report.company}
        </Row>
      )}
      {report.start && (
        <Row label={t('fact_start')} evidence={report.start.evidence} onFact={onFact} testId="fact-start">
          <TimeValue tp={report.start} locale={locale} readerZone={readerZone} />
        </Row>
      )}
      {report.end && (
        <Row label={t('fact_end')} evidence={report.end.evidence} onFact={onFact} testId="fact-end">
          <TimeValue tp={report.end} locale={locale} readerZone={readerZone} />
        </Row>
      )}
      {duration && (
        <Row label={t('fact_duration')} onFact={onFact} testId="fact-duration">
          {report.start && report.end ? t('about', duration) : duration}
        </Row>
      )}
      {report.regions.length > 0 && (
        <Row label={t('fact_regions')} onFact={onFact} testId="fact-regions">
          {report.regions.map((r) => (r === 'global' ? t('worldwide') : regionName(r, locale))).join(', ')}
        </Row>
      )}
      {report.scale.length > 0 && (
        <Row label={t('fact_scale')} evidence={report.scale[0].evidence} onFact={onFact} testId="fact-scale">
          {report.scale.slice(0, 2).map((s) => formatScale(s, t as never, locale)).join(' · ')}
        </Row>
      )}
      <Row label={t('fact_cause')} evidence={report.cause.evidence} onFact={onFact} testId="fact-cause">
        {t(causeKey)}
        {report.cause.text && report.cause.category !== 'unknown' ? <span class="muted"> · “{report.cause.text}”</span> : null}
      </Row>
      {report.statements.slice(0, 3).map((s, i) => (
        <Row key={i} label={i === 0 ? t('fact_said') : ''} evidence={s.evidence} onFact={onFact} testId="fact-statement">
          {s.speaker ? <strong>{s.speaker}: </strong> : null}
          {s.quoted === false ? (
            <span dir="auto">{s.text.length > 220 ? `${s.text.slice(0, 217)}…` : s.text}</span>
          ) : (
            <q dir="auto">{s.text.length > 220 ? `${s.text.slice(0, 217)}…` : s.text}</q>
          )}
        </Row>
      ))}
      {report.reportSources.length > 0 && (
        <Row label={t('fact_sources')} onFact={onFact} testId="fact-sources">
          {report.reportSources.join(' · ')}
        </Row>
      )}
    </dl>
  );
}

function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
