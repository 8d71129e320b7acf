/**
 * "Also in N other articles you read": the same incident in the reader's history, where the
 * outlets disagree on a time (each value with its outlets), and the timeline merged across
 * them, each event citing its outlet.
 */
import type { HistoryRelated } from '../utils/messages';
import type { MergedEvent } from '../utils/incidents';
import { t, type MessageKey } from '../utils/i18n';
import { clockPair } from './format';

export interface AlsoReadProps {
  related: HistoryRelated & { timeline?: MergedEvent[] };
  locale: string;
  readerZone?: string;
}

function when(iso: string, locale: string, readerZone?: string): string {
  const pair = clockPair({ iso, text: '', precision: 'minute', approximate: false, evidence: { start: 0, end: 0, sentence: '' } }, locale, readerZone);
  return pair ? pair.utc : iso;
}

export function AlsoRead({ related, locale, readerZone }: AlsoReadProps) {
  const { others, conflicts } = related;
  if (others.length === 0) return null;
  const merged = (related.timeline ?? []).slice(0, 12);
  return (
    <div class="also" data-testid="also-read">
      <p class="also-count">{t('alsoIn', others.length)}</p>
      <ul class="related">
        {others.slice(0, 6).map((o) => (
          <li key={o.url}>
            <a href={o.url} target="_blank" rel="noopener noreferrer" dir="auto">
              {o.title || o.outlet}
            </a>
            <div class="muted small">
              {o.outlet}
              {o.startText ? <> · <bdi>{o.startText}</bdi></> : null}
            </div>
          </li>
        ))}
      </ul>
      {conflicts.length > 0 && (
        <div class="conflicts" data-testid="conflicts">
          {conflicts.map((c) => (
            <p key={c.field}>
              <strong>{t(c.field === 'start' ? 'fact_start' : 'fact_end')}: </strong>
              {c.values.map((v, i) => (
                <span key={v.at}>
                  {i > 0 ? ' · ' : ''}
                  {when(v.at, locale, readerZone)} <span class="muted">({v.outlets.join(', ')})</span>
                </span>
              ))}
            </p>
          ))}
        </div>
      )}
      {merged.length > 0 && (
        <ol class="timeline merged" data-testid="merged-timeline">
          {merged.map((e, i) => (
            <li key={i} class={`event event-${e.kind}`}>
              <span class="event-time" dir="ltr">{e.at ? when(e.at, locale, readerZone).replace(' GMT', '') : t('undated')}</span>
              <span class="event-kind">{t(`kind_${e.kind}` as MessageKey)} · {e.outlet}</span>
              <span class="event-text" dir="auto">{e.text}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
