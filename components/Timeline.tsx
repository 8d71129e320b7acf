/** The timeline as a list: time (as written and in the reader's zone), what happened. */
import type { DetailedReport } from '../extraction/analyze';
import type { Evidence } from '../extraction/report';
import { t, type MessageKey } from '../utils/i18n';
import { clockPair } from './format';

export interface TimelineProps {
  report: DetailedReport;
  locale: string;
  readerZone?: string;
  onFact: (evidence: Evidence) => void;
}

export function Timeline({ report, locale, readerZone, onFact }: TimelineProps) {
  if (report.timeline.length === 0) return null;
  return (
    <ol class="timeline" data-testid="timeline">
      {report.timeline.map((e, i) => {
        const pair = clockPair(e.at, locale, readerZone);
        return (
          <li key={i} class={`event event-${e.kind}`}>
            <button type="button" class="event-btn" onClick={() => onFact(e.evidence)}>
              <span class="event-time" dir="ltr">
                {pair ? pair.utc.replace(' GMT', '') : e.at ? <bdi>{e.at.text}</bdi> : t('undated')}
                {pair && <span class="muted"> ({pair.reader})</span>}
              </span>
              <span class="event-kind">{t(`kind_${e.kind}` as MessageKey)}</span>
              <span class="event-text" dir="auto">{e.text}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
