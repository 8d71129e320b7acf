/**
 * The toolbar popup: this tab's verdict with its headline facts, show/hide sidebar, "Analyse
 * this page", the per-site switch and a link to the incidents page. Presentational: actions
 * come in as props (entrypoints/popup/main.tsx wires them to the background).
 */
import type { SiteState } from '../utils/messages';
import type { TabVerdict } from '../utils/tab-state';
import { t, type MessageKey } from '../utils/i18n';
import { formatDuration } from './format';

export interface PopupProps {
  verdict: TabVerdict | null;
  /** The tab's site and the reader's choices for it; null when the tab's address is not known or not a web page. */
  site: SiteState | null;
  /** A tab to analyse exists (its address may be unknown until the toolbar click grants it). */
  canAnalyse: boolean;
  sidebarVisible: boolean;
  autoOpen: boolean;
  busy: boolean;
  error: string | null;
  dir: 'ltr' | 'rtl';
  onToggleSidebar: () => void;
  onAnalyse: () => void;
  onSiteToggle: (on: boolean) => void;
  onAutoOpen: (on: boolean) => void;
  incidentsUrl: string;
}

export function Popup(p: PopupProps) {
  const v = p.verdict;
  const siteOn = p.site ? (p.site.builtIn || p.site.granted) && !p.site.disabled : false;
  const host = p.site ? p.site.origin.replace(/^https?:\/\//, '') : '';
  return (
    <main class="popup" dir={p.dir} aria-labelledby="popup-title">
      <h1 id="popup-title">{t('popup_title')}</h1>
      <section class="verdict" data-testid="popup-verdict" aria-live="polite">
        {!p.canAnalyse ? (
          <p>{t('popup_no_tab')}</p>
        ) : !v ? (
          <p>{t('popup_not_analysed')}</p>
        ) : v.isOutage ? (
          <>
            <p class={`badge status-${v.status}`}>
              {t('popup_outage')} · {t(`status_${v.status}` as MessageKey)}
            </p>
            <p class="headline" dir="auto" data-testid="popup-headline">
              <strong>{v.services.join(', ') || v.title}</strong>
              {v.company && v.company !== v.services[0] ? ` · ${v.company}` : ''}
            </p>
            <p class="times" dir="auto">
              {v.start ? <bdi>{v.start.text}</bdi> : null}
              {v.end ? <> → <bdi>{v.end.text}</bdi></> : null}
              {formatDuration(v.durationMinutes, t as never) ? ` (${formatDuration(v.durationMinutes, t as never)})` : ''}
            </p>
          </>
        ) : (
          <p class="badge status-none">{t('popup_not_outage')}</p>
        )}
        {v && <p class="muted">{t('confidence', Math.round(v.confidence * 100))}</p>}
      </section>
      {p.error && <p class="error" role="alert">{t('popup_error', p.error)}</p>}
      <div class="actions">
        {v?.isOutage && (
          <button type="button" data-testid="popup-toggle" onClick={p.onToggleSidebar} disabled={p.busy}>
            {p.sidebarVisible ? t('popup_hide_sidebar') : t('popup_show_sidebar')}
          </button>
        )}
        {p.canAnalyse && (
          <button type="button" data-testid="popup-analyse" onClick={p.onAnalyse} disabled={p.busy}>
            {t('popup_analyse')}
          </button>
        )}
      </div>
      {p.site && (
        <label class="switch">
          <input type="checkbox" data-testid="popup-site" checked={siteOn} disabled={p.busy} onChange={(e) => p.onSiteToggle((e.target as HTMLInputElement).checked)} />
          <span>{p.site.builtIn || p.site.granted ? t('popup_site_label', host) : t('popup_always')}</span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" checked={p.autoOpen} onChange={(e) => p.onAutoOpen((e.target as HTMLInputElement).checked)} />
        <span>{t('popup_auto_open')}</span>
      </label>
      <p>
        <a href={p.incidentsUrl} target="_blank" rel="noopener">
          {t('popup_incidents')}
        </a>
      </p>
    </main>
  );
}
