/**
 * The sidebar: verdict, key facts, the drawn timeline, the event list, related incidents and
 * the verdict's reasons. Presentational: everything comes in as props; the content script
 * owns the mount, the page highlighting and storage.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DetailedReport } from '../extraction/analyze';
import type { Evidence } from '../extraction/report';
import { t, type MessageKey } from '../utils/i18n';
import { formatDay, formatDuration } from './format';
import { KeyFacts } from './KeyFacts';
import { RelatedIncidents, type LiveStatusLink } from './RelatedIncidents';
import { Timeline } from './Timeline';
import { TimelineStrip } from './TimelineStrip';

export interface SidebarProps {
  report: DetailedReport;
  /** Collapsed to a small tab. */
  collapsed: boolean;
  /** UI language and direction. */
  locale: string;
  dir: 'ltr' | 'rtl';
  readerZone?: string;
  live: LiveStatusLink[];
  onFact: (evidence: Evidence) => void;
  onCollapse: (collapsed: boolean) => void;
  onClose: () => void;
  onNotOutage: () => void;
  /** The extension page that lists the same incident in the reader's history (an iframe the page cannot read); null when none. */
  alsoReadSrc?: string | null;
}

const HEIGHT_MESSAGE = 'outage-lens:also-height';

/** The history frame: it sizes itself by a message from its own (extension) origin. */
function AlsoReadFrame({ src }: { src: string }) {
  const [height, setHeight] = useState(60);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const origin = new URL(src).origin;
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== origin || e.source !== frame.current?.contentWindow) return;
      const h = (e.data as { type?: string; height?: number })?.type === HEIGHT_MESSAGE ? Number((e.data as { height: number }).height) : NaN;
      if (Number.isFinite(h)) setHeight(Math.min(Math.max(h, 24), 2000));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src]);
  return <iframe ref={frame} class="also-frame" src={src} title={t('section_also')} style={{ height: `${height}px` }} data-testid="also-read-frame" />;
}

export function Sidebar(props: SidebarProps) {
  const { report, collapsed, locale, dir, readerZone } = props;
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !collapsed) props.onCollapse(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [collapsed]);

  if (collapsed) {
    return (
      <button type="button" class={`tab status-${report.status}`} dir={dir} data-testid="sidebar-tab" onClick={() => props.onCollapse(false)} aria-label={t('expand')}>
        <span class="dot" aria-hidden="true" />
        <span dir="auto">{report.services[0]?.name ?? t('extName')}</span>
      </button>
    );
  }
  const main = report.services[0];
  const day = formatDay(report.start?.iso ?? report.published, locale);
  const duration = formatDuration(report.durationMinutes, t as never);
  return (
    <aside
      class="panel"
      dir={dir}
      lang={locale}
      aria-label={t('sidebarLabel')}
      data-testid="sidebar"
      ref={panel}
      onKeyDown={(e) => {
        // Keys typed inside the shadow root do not reach the page (isolateEvents), so listen here too.
        if (e.key === 'Escape') props.onCollapse(true);
      }}
    >
      <header class="head">
        <span class={`pill status-${report.status}`} data-testid="status">
          {t(`status_${report.status}` as MessageKey)}
        </span>
        <h2 class="title" dir="auto" data-testid="headline">
          {main ? main.name : report.title}
          {report.company && report.company !== main?.name ? <span class="muted"> · {report.company}</span> : null}
        </h2>
        <button type="button" class="icon" onClick={() => props.onCollapse(true)} aria-label={t('collapse')} title={t('collapse')}>
          ⟩
        </button>
        <button type="button" class="icon" onClick={props.onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </header>
      {!report.isOutage && (
        <p class="banner" role="status" data-testid="not-outage-banner">
          {t('notOutageBanner')}
        </p>
      )}
      <p class="sub">
        {day ? t('outageOn', day) : null}
        {duration ? ` · ${t('about', duration)}` : null}
      </p>
      <TimelineStrip report={report} locale={locale} readerZone={readerZone} />
      <section aria-labelledby="ol-facts">
        <h3 id="ol-facts">{t('section_facts')}</h3>
        <KeyFacts report={report} locale={locale} readerZone={readerZone} onFact={props.onFact} />
      </section>
      {report.timeline.length > 0 && (
        <section aria-labelledby="ol-timeline">
          <h3 id="ol-timeline">{t('section_timeline')}</h3>
          <Timeline report={report} locale={locale} readerZone={readerZone} onFact={props.onFact} />
        </section>
      )}
      {props.alsoReadSrc && (
        <section aria-labelledby="ol-also">
          <h3 id="ol-also">{t('section_also')}</h3>
          <AlsoReadFrame src={props.alsoReadSrc} />
        </section>
      )}
      {(report.related.length > 0 || props.live.length > 0) && (
        <section aria-labelledby="ol-related">
          <h3 id="ol-related">{t('section_related')}</h3>
          <RelatedIncidents report={report} locale={locale} live={props.live} />
        </section>
      )}
      <section aria-labelledby="ol-why" class="why">
        <h3 id="ol-why">{t('section_why')}</h3>
        <ul data-testid="why">
          {report.reasons.filter((r) => r.weight > 0).map((r, i) => (
            <li key={i} dir="auto">
              {t(`why_${r.code.replace(/-/g, '_')}` as MessageKey, r.terms.join(', '))}
            </li>
          ))}
        </ul>
        <p class="muted small">{t('confidence', Math.round(report.confidence * 100))}</p>
        <button type="button" class="secondary" data-testid="not-outage" onClick={props.onNotOutage}>
          {t('notOutage')}
        </button>
      </section>
    </aside>
  );
}
