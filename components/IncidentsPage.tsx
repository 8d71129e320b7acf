/** The incidents page: articles the reader saw, and the catalogue of past major incidents. */
import type { CatalogueIncident } from '../extraction/data/types';
import type { HistoryEntry } from '../utils/history';
import { t } from '../utils/i18n';
import { formatDay } from './format';

export interface IncidentsPageProps {
  history: HistoryEntry[];
  catalogue: CatalogueIncident[];
  locale: string;
  dir: 'ltr' | 'rtl';
}

export function IncidentsPage({ history, catalogue, locale, dir }: IncidentsPageProps) {
  const recent = [...history].reverse();
  const past = [...catalogue].sort((a, b) => b.start.localeCompare(a.start));
  return (
    <main class="incidents" dir={dir}>
      <h1>{t('incidents_title')}</h1>
      <section aria-labelledby="h-history">
        <h2 id="h-history">
          {t('incidents_history')} ({history.length})
        </h2>
        {recent.length === 0 ? (
          <p>{t('incidents_empty')}</p>
        ) : (
          <ul data-testid="history-list">
            {recent.map((h) => (
              <li key={h.url}>
                <a href={h.url} target="_blank" rel="noopener noreferrer" dir="auto">
                  {h.title}
                </a>{' '}
                <span class="muted">
                  {h.outlet} · {h.services.join(', ')} · {formatDay(h.start ?? h.published, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-catalogue">
        <h2 id="h-catalogue">
          {t('incidents_catalogue')} ({catalogue.length})
        </h2>
        <ul>
          {past.map((c) => (
            <li key={c.id}>
              <span class="muted">{formatDay(c.start, locale) ?? c.start}</span>{' '}
              {c.references[0] ? (
                <a href={c.references[0].url} target="_blank" rel="noopener noreferrer">
                  {c.title}
                </a>
              ) : (
                c.title
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
