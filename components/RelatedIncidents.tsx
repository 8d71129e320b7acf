/** Related incidents (catalogue and the reader's history) and live-status links. */
import type { DetailedReport } from '../extraction/analyze';
import { t } from '../utils/i18n';
import { formatDay } from './format';

export interface LiveStatusLink {
  service: string;
  statusPage?: string;
  downdetector?: string;
}

export interface RelatedIncidentsProps {
  report: DetailedReport;
  locale: string;
  live: LiveStatusLink[];
}

export function RelatedIncidents({ report, locale, live }: RelatedIncidentsProps) {
  if (report.related.length === 0 && live.length === 0) return null;
  return (
    <ul class="related" data-testid="related">
      {report.related.map((r) => (
        <li key={r.id}>
          <span class="related-date">{formatDay(r.date, locale) ?? r.date}</span>{' '}
          {r.url ? (
            <a href={r.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {r.title} ↗
            </a>
          ) : (
            <span dir="auto">{r.title}</span>
          )}
          <div class="muted small" dir="auto">{r.why}</div>
        </li>
      ))}
      {live.map((l) => (
        <li key={l.service} class="live">
          {l.statusPage && (
            <a href={l.statusPage} target="_blank" rel="noopener noreferrer">
              {t('liveStatus', l.service)} ↗
            </a>
          )}
          {l.statusPage && l.downdetector ? ' · ' : null}
          {l.downdetector && (
            <a href={l.downdetector} target="_blank" rel="noopener noreferrer">
              {t('onDowndetector', l.service)} ↗
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
