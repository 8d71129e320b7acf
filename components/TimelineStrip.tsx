/**
 * The outage drawn: a strip from start to restoration with the timeline's events as ticks, in
 * GMT and in the reader's zone, so the length of the outage is seen at a glance.
 */
import type { DetailedReport } from '../extraction/analyze';
import { t } from '../utils/i18n';
import { clockPair, stripPosition } from './format';

export interface TimelineStripProps {
  report: DetailedReport;
  locale: string;
  readerZone?: string;
}

export function TimelineStrip({ report, locale, readerZone }: TimelineStripProps) {
  const start = clockPair(report.start, locale, readerZone);
  const end = clockPair(report.end, locale, readerZone);
  if (!start) return null;
  const startMs = Date.parse(report.start!.iso!);
  const endMs = end ? Date.parse(report.end!.iso!) : startMs;
  const ticks = end
    ? report.timeline
        .map((e) => ({ e, p: stripPosition(e.at?.iso, startMs, endMs) }))
        .filter((x): x is { e: (typeof report.timeline)[number]; p: number } => x.p !== null)
    : [];
  return (
    <figure class="strip" data-testid="timeline-strip" aria-label={t('section_timeline')}>
      <div class="strip-row" dir="ltr">
        <span class="strip-label">{start.utc.replace(' GMT', '')}</span>
        <div class={`strip-bar ${end ? '' : 'open'}`}>
          {ticks.map(({ e, p }, i) => (
            <span key={i} class={`tick tick-${e.kind}`} style={{ left: `${p * 100}%` }} title={e.text} />
          ))}
        </div>
        <span class="strip-label">{end ? end.utc : '…'}</span>
      </div>
      <div class="strip-row reader" dir="ltr">
        <span class="strip-label">{start.reader}</span>
        <div class="strip-bar thin" />
        <span class="strip-label">{end ? `${end.reader} ${t('yourTime')}` : t('yourTime')}</span>
      </div>
    </figure>
  );
}
