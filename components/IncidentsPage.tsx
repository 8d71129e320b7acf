/**
 * The incidents page: the outages of the articles the reader saw (grouped into incidents) and
 * the bundled catalogue, searchable and filterable, with a detail view (merged timeline, where
 * the outlets disagree, sources, references), a chart over time, exports, import and deletion.
 * Presentational: writes go out through the `on…` props (entrypoints/options/main.tsx sends
 * them to the background, whose queue serializes every history write).
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CatalogueIncident } from '../extraction/data/types';
import { entriesOf, EXPORT_MIME, exportCsv, exportFileName, exportIcs, exportJson, exportMarkdown, MAX_IMPORT_BYTES, type ExportKind } from '../utils/export';
import type { HistoryEntry } from '../utils/history';
import { t, type MessageKey } from '../utils/i18n';
import { groupIncidents, incidentFromCatalogue, matchCatalogue, searchIncidents, type FactValue, type Incident, type IncidentQuery } from '../utils/incidents';
import type { Replies } from '../utils/messages';
import { formatDay, formatDuration } from './format';

export interface IncidentsPageProps {
  history: HistoryEntry[];
  catalogue: CatalogueIncident[];
  locale: string;
  dir: 'ltr' | 'rtl';
  /** The stored history needed repair (some of it is not shown). */
  damaged?: boolean;
  onImport?: (text: string) => Promise<Replies['ui:history-import']>;
  onRemove?: (url: string) => Promise<Replies['ui:history-remove']>;
  onClear?: () => Promise<Replies['ui:history-clear']>;
  /** Saves a file; by default a Blob behind a temporary <a download> (no network). */
  download?: (fileName: string, mime: string, text: string) => void;
  now?: () => Date;
}

/** Items rendered at first; long histories grow on request so typing stays quick. */
const PAGE_SIZE = 100;

// ───────────────────────────── small helpers ─────────────────────────────

/** A translated label, or the raw value when there is none (an imported or future category). */
function label(key: string, raw: string): string {
  const s = t(key as MessageKey);
  return s && s !== key ? s : raw;
}
const causeLabel = (c: string) => label(`cause_${c.replace(/-/g, '_')}`, c);
const kindLabel = (k: string) => label(`kind_${k}`, k);
const statusLabel = (s: string) => label(`status_${s}`, s);

/** Only web links become links: an imported entry could carry any scheme. */
const safeHref = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

function formatNumber(n: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(n);
  } catch {
    return String(n);
  }
}

/** "25 Oct 2022, 07:17 GMT"; a bare day or month as such (a catalogue date may be "2008-07"). */
function formatWhen(value: string | null, locale: string): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return value;
  const fmt = (opts: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(ms);
    } catch {
      return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
    }
  };
  if (/^\d{4}$/.test(value)) return fmt({ year: 'numeric' });
  if (/^\d{4}-\d{2}$/.test(value)) return fmt({ month: 'long', year: 'numeric' });
  if (!value.includes('T')) return formatDay(value, locale);
  return t('time_gmt', fmt({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
}

/** A list in the reader's script: Arabic uses its own comma. */
function joinList(items: string[], locale: string): string {
  return items.join(locale.toLowerCase().startsWith('ar') ? '، ' : ', ');
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function saveFile(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const byDateDesc = (a: Incident, b: Incident) => Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id);

function importErrorText(r: { error: string; detail?: string }): string {
  const codes: Record<string, MessageKey> = {
    'not-json': 'import_error_not_json',
    'wrong-format': 'import_error_wrong_format',
    'newer-version': 'import_error_newer_version',
    'too-large': 'import_error_too_large',
    'no-entries': 'import_error_no_entries',
  };
  const key = codes[r.error];
  return key ? t(key) : t('import_error_other', r.detail ?? r.error);
}

// ───────────────────────────── the page ─────────────────────────────

export function IncidentsPage(props: IncidentsPageProps) {
  const { history, catalogue, locale, dir } = props;
  const now = props.now ?? (() => new Date());
  const download = props.download ?? saveFile;

  const fromHistory = useMemo(() => groupIncidents(history), [history]);
  const fromCatalogue = useMemo(() => catalogue.map(incidentFromCatalogue), [catalogue]);
  const all = useMemo(() => [...fromHistory, ...fromCatalogue].sort(byDateDesc), [fromHistory, fromCatalogue]);
  const [query, setQuery] = useState<IncidentQuery>({});
  const shown = useMemo(() => searchIncidents(all, query), [all, query]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId ? (all.find((i) => i.id === selectedId) ?? null) : null;
  const listRef = useRef<HTMLUListElement>(null);

  const update = (patch: Partial<IncidentQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setLimit(PAGE_SIZE);
  };

  const exportIncidents = (kind: ExportKind, incidents: Incident[], scope: string) => {
    const at = now();
    const text =
      kind === 'json' ? exportJson(entriesOf(incidents), at)
      : kind === 'csv' ? `\uFEFF${exportCsv(incidents)}` // the BOM makes spreadsheet apps read UTF-8 (Arabic titles)
      : kind === 'md' ? exportMarkdown(incidents, at)
      : exportIcs(incidents, at);
    download(exportFileName(kind, scope, at), EXPORT_MIME[kind], text);
  };

  const close = () => {
    const id = selectedId;
    setSelectedId(null);
    // Back to the item that opened the detail, for keyboard users.
    requestAnimationFrame(() => {
      const btn = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-incident-id]') ?? [])].find((b) => b.dataset.incidentId === id);
      btn?.focus();
    });
  };

  return (
    <main class="incidents" dir={dir} lang={locale}>
      <header class="page-head">
        <h1>{t('incidents_title')}</h1>
        <p class="count" data-testid="history-count">
          {t('incidents_count', formatNumber(history.length, locale))}
        </p>
        {props.damaged && (
          <p class="error" role="alert">
            {t('incidents_damaged')}
          </p>
        )}
      </header>

      <Filters all={all} fromHistory={fromHistory} query={query} locale={locale} onChange={update} onReset={() => update({ text: '', service: '', company: '', cause: '', language: '', from: '', to: '', origin: undefined })} />

      <Chart incidents={shown} locale={locale} />

      <div class="layout">
        <section class="list-pane" aria-labelledby="h-list">
          <h2 id="h-list">{t('incidents_list')}</h2>
          <p class="muted" aria-live="polite">
            {t('incidents_shown', formatNumber(shown.length, locale), formatNumber(all.length, locale))}
          </p>
          <ExportButtons
            label={t('export_all')}
            ids={{ json: 'export-json', csv: 'export-csv', md: 'export-md', ics: 'export-ics' }}
            noJson={entriesOf(shown).length === 0}
            disabled={shown.length === 0}
            onExport={(kind) => exportIncidents(kind, shown, 'incidents')}
          />
          {shown.length === 0 ? <p>{history.length === 0 && !query.text ? t('incidents_empty') : t('incidents_none_match')}</p> : null}
          <ul class="incident-list" data-testid="incident-list" ref={listRef}>
            {shown.slice(0, limit).map((i) => (
              <IncidentItem key={i.id} incident={i} locale={locale} selected={i.id === selectedId} onSelect={() => setSelectedId(i.id)} />
            ))}
          </ul>
          {shown.length > limit && (
            <button type="button" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              {t('incidents_show_more')}
            </button>
          )}
        </section>

        {selected && (
          <IncidentDetail
            key={selected.id}
            incident={selected}
            catalogue={catalogue}
            locale={locale}
            onClose={close}
            onSelect={setSelectedId}
            onRemove={props.onRemove}
            onExport={(kind) => exportIncidents(kind, [selected], selected.id)}
          />
        )}
      </div>

      <HistoryTools count={history.length} locale={locale} onImport={props.onImport} onClear={props.onClear} />
    </main>
  );
}

// ───────────────────────────── filters ─────────────────────────────

function Filters(p: { all: Incident[]; fromHistory: Incident[]; query: IncidentQuery; locale: string; onChange: (patch: Partial<IncidentQuery>) => void; onReset: () => void }) {
  const { all, query, locale } = p;
  const options = useMemo(() => {
    const sorted = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, locale));
    return {
      services: sorted(all.flatMap((i) => i.services)),
      companies: sorted(all.flatMap((i) => (i.company ? [i.company] : []))),
      causes: sorted(all.map((i) => i.cause)),
      languages: sorted(p.fromHistory.flatMap((i) => i.languages.map((l) => l.split('-')[0]))),
    };
  }, [all, p.fromHistory, locale]);
  const select = (id: string, text: string, value: string | undefined, values: string[], show: (v: string) => string, key: keyof IncidentQuery) => (
    <div class="field">
      <label for={id}>{text}</label>
      <select id={id} value={value ?? ''} onChange={(e) => p.onChange({ [key]: (e.currentTarget as HTMLSelectElement).value })}>
        <option value="">{t('filter_any')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {show(v)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section class="filters" aria-labelledby="h-filters">
      <h2 id="h-filters" class="visually-hidden">
        {t('incidents_filters')}
      </h2>
      <div class="field search">
        <label for="incidents-search">{t('incidents_search_label')}</label>
        <input
          id="incidents-search"
          type="search"
          dir="auto"
          data-testid="incidents-search"
          placeholder={t('incidents_search_hint')}
          value={query.text ?? ''}
          onInput={(e) => p.onChange({ text: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="filter-origin">{t('filter_origin')}</label>
        <select id="filter-origin" value={query.origin ?? ''} onChange={(e) => p.onChange({ origin: ((e.currentTarget as HTMLSelectElement).value || undefined) as IncidentQuery['origin'] })}>
          <option value="">{t('origin_all')}</option>
          <option value="history">{t('origin_history')}</option>
          <option value="catalogue">{t('origin_catalogue')}</option>
        </select>
      </div>
      {select('filter-service', t('filter_service'), query.service, options.services, (v) => v, 'service')}
      {select('filter-company', t('filter_company'), query.company, options.companies, (v) => v, 'company')}
      {select('filter-cause', t('filter_cause'), query.cause, options.causes, causeLabel, 'cause')}
      {select('filter-language', t('filter_language'), query.language, options.languages, (v) => languageName(v, locale), 'language')}
      <div class="field">
        <label for="filter-from">{t('filter_from')}</label>
        <input id="filter-from" type="date" value={query.from ?? ''} onChange={(e) => p.onChange({ from: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="filter-to">{t('filter_to')}</label>
        <input id="filter-to" type="date" value={query.to ?? ''} onChange={(e) => p.onChange({ to: (e.currentTarget as HTMLInputElement).value })} />
      </div>
      <button type="button" class="reset" onClick={p.onReset}>
        {t('filter_reset')}
      </button>
    </section>
  );
}

// ───────────────────────────── chart ─────────────────────────────

/** Bars per year, or per month when the incidents shown span two years or less. */
function Chart({ incidents, locale }: { incidents: Incident[]; locale: string }) {
  const bars = useMemo(() => {
    const times = incidents.map((i) => Date.parse(i.date)).filter(Number.isFinite);
    if (times.length === 0) return null;
    const first = new Date(Math.min(...times));
    const last = new Date(Math.max(...times));
    const byMonth = last.getUTCFullYear() - first.getUTCFullYear() < 2;
    const keyOf = (d: Date) => (byMonth ? d.getUTCFullYear() * 12 + d.getUTCMonth() : d.getUTCFullYear());
    const counts = new Map<number, number>();
    for (const ms of times) {
      const k = keyOf(new Date(ms));
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const list: { key: number; label: string; count: number }[] = [];
    for (let k = keyOf(first); k <= keyOf(last); k++) {
      const d = byMonth ? new Date(Date.UTC(Math.floor(k / 12), k % 12, 1)) : new Date(Date.UTC(k, 0, 1));
      const text = new Intl.DateTimeFormat(locale, byMonth ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' }).format(d);
      list.push({ key: k, label: text, count: counts.get(k) ?? 0 });
    }
    return { byMonth, list };
  }, [incidents, locale]);
  if (!bars) {
    return (
      <section class="chart" aria-labelledby="h-chart">
        <h2 id="h-chart">{t('chart_title')}</h2>
        <p class="muted">{t('chart_empty')}</p>
      </section>
    );
  }
  const max = Math.max(...bars.list.map((b) => b.count), 1);
  const w = 24;
  const h = 80;
  const top = 12; // room for the count above the tallest bar
  const width = bars.list.length * w;
  const summary = bars.list.filter((b) => b.count > 0).map((b) => `${b.label}: ${formatNumber(b.count, locale)}`).join(', ');
  const labelEvery = Math.ceil(bars.list.length / 12);
  return (
    <section class="chart" aria-labelledby="h-chart">
      <h2 id="h-chart">{t('chart_title')}</h2>
      {/* Time runs left to right in every language, like the timeline strip. */}
      <svg role="img" aria-label={t(bars.byMonth ? 'chart_summary_month' : 'chart_summary_year', summary)} viewBox={`0 -${top} ${width} ${h + 18 + top}`} preserveAspectRatio="xMinYMid meet" dir="ltr" data-testid="incident-chart">
        {bars.list.map((b, i) => {
          const bh = Math.round((b.count / max) * h);
          return (
            <g key={b.key}>
              <rect class="bar" x={i * w + 3} y={h - bh} width={w - 6} height={bh} rx={2} />
              {b.count > 0 && (
                <text class="bar-count" x={i * w + w / 2} y={h - bh - 3} text-anchor="middle">
                  {formatNumber(b.count, locale)}
                </text>
              )}
              {i % labelEvery === 0 && (
                <text class="bar-label" x={i * w + w / 2} y={h + 14} text-anchor="middle">
                  {b.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </section>
  );
}

// ───────────────────────────── list ─────────────────────────────

function IncidentItem({ incident: i, locale, selected, onSelect }: { incident: Incident; locale: string; selected: boolean; onSelect: () => void }) {
  return (
    <li data-testid="incident-item" class={selected ? 'selected' : undefined}>
      <button type="button" class="item-btn" data-incident-id={i.id} aria-expanded={selected} aria-controls={selected ? 'incident-detail' : undefined} onClick={onSelect}>
        <span class="item-date">{(i.date.includes('T') ? formatDay(i.date, locale) : formatWhen(i.date, locale)) ?? t('date_unknown')}</span>
        <span class="item-title" dir="auto">
          {i.title || i.services.join(', ')}
        </span>
        <span class="item-meta">
          <bdi>{i.services.slice(0, 4).join(', ')}</bdi>
          {i.company && i.company !== i.services[0] ? <> · <bdi>{i.company}</bdi></> : null}
          {' · '}
          {i.origin === 'catalogue' ? (
            <span class="tag">{t('incident_catalogue_badge')}</span>
          ) : (
            <>
              <span class={`status-${i.status}`}>{statusLabel(i.status)}</span> · {t('incident_articles', formatNumber(i.articles.length, locale))}
            </>
          )}
          {i.conflicts.length > 0 && (
            <>
              {' '}
              <span class="tag warn">{t('incident_conflict_badge')}</span>
            </>
          )}
        </span>
      </button>
    </li>
  );
}

function ExportButtons(p: { label: string; ids: Record<ExportKind, string>; disabled: boolean; noJson: boolean; onExport: (kind: ExportKind) => void }) {
  const kinds: [ExportKind, MessageKey][] = [['json', 'export_json'], ['csv', 'export_csv'], ['md', 'export_md'], ['ics', 'export_ics']];
  return (
    <div class="exports" role="group" aria-label={p.label}>
      <span class="muted">{p.label}:</span>
      {kinds.map(([kind, key]) => (
        <button key={kind} type="button" data-testid={p.ids[kind]} disabled={p.disabled || (kind === 'json' && p.noJson)} onClick={() => p.onExport(kind)}>
          {t(key)}
        </button>
      ))}
    </div>
  );
}

// ───────────────────────────── detail ─────────────────────────────

function Fact({ name, children }: { name: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </>
  );
}

function ValueCard({ v, locale }: { v: FactValue; locale: string }) {
  return (
    <li class="value-card">
      <strong>
        <bdi dir="auto">{formatWhen(v.at, locale)}</bdi>
      </strong>
      {v.texts.map((text) => (
        <span key={text} class="as-written">
          “<bdi dir="auto">{text}</bdi>”
        </span>
      ))}
      <span class="muted">{t('detail_cited', joinList(v.outlets, locale))}</span>
    </li>
  );
}

interface DetailProps {
  incident: Incident;
  catalogue: CatalogueIncident[];
  locale: string;
  onClose: () => void;
  onSelect: (id: string) => void;
  onRemove?: (url: string) => Promise<Replies['ui:history-remove']>;
  onExport: (kind: ExportKind) => void;
}

function IncidentDetail({ incident: i, catalogue, locale, onClose, onSelect, onRemove, onExport }: DetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Layout effects: focus moves before the next paint, so it never falls back to the page.
  useLayoutEffect(() => heading.current?.focus(), []);
  const matches = useMemo(() => matchCatalogue(i, catalogue), [i, catalogue]);
  const mentioned = useMemo(() => catalogue.filter((c) => i.related.includes(c.id)), [i, catalogue]);
  const references = [...i.references, ...matches.flatMap((m) => m.references)];
  const duration = formatDuration(i.durationMinutes, t as never);
  const [notice, setNotice] = useState('');

  return (
    <section
      class="detail"
      id="incident-detail"
      data-testid="incident-detail"
      aria-labelledby="detail-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="detail-head">
        <h2 id="detail-title" dir="auto" tabIndex={-1} ref={heading}>
          {i.title || i.services.join(', ')}
        </h2>
        <button type="button" onClick={onClose} aria-label={t('detail_close')}>
          ×
        </button>
      </div>
      <dl class="facts">
        <Fact name={t('fact_service')}>
          <bdi>{joinList(i.services, locale) || t('notStated')}</bdi>
        </Fact>
        {i.company && <Fact name={t('fact_company')}>{i.company}</Fact>}
        <Fact name={t('fact_status')}>
          <span class={`status-${i.status}`}>{statusLabel(i.status)}</span>
        </Fact>
        <Fact name={t('fact_start')}>
          <bdi dir="auto">{formatWhen(i.start, locale) ?? t('notStated')}</bdi>
        </Fact>
        <Fact name={t('fact_end')}>
          <bdi dir="auto">{formatWhen(i.end, locale) ?? t('notStated')}</bdi>
        </Fact>
        {duration && <Fact name={t('fact_duration')}>{duration}</Fact>}
        <Fact name={t('fact_cause')}>
          {causeLabel(i.cause)}
          {i.causeDetail && (
            <span class="cause-detail" dir="auto">
              {' — '}
              {i.causeDetail}
            </span>
          )}
        </Fact>
        {i.regions.length > 0 && <Fact name={t('fact_regions')}>{joinList(i.regions.map((r) => (r === 'global' ? t('worldwide') : r)), locale)}</Fact>}
        {i.outlets.length > 0 && <Fact name={t('detail_outlets')}>{joinList(i.outlets, locale)}</Fact>}
        {i.languages.length > 0 && <Fact name={t('detail_languages')}>{joinList(i.languages.map((l) => languageName(l, locale)), locale)}</Fact>}
      </dl>

      {i.conflicts.length > 0 && (
        <section class="conflicts" data-testid="incident-conflicts" aria-labelledby="h-conflicts">
          <h3 id="h-conflicts">{t('detail_conflicts')}</h3>
          {i.conflicts.map((c) => (
            <div key={c.field} class="conflict" data-testid={`conflict-${c.field}`}>
              <h4>{t(c.field === 'start' ? 'fact_start' : 'fact_end')}</h4>
              <ul class="side-by-side">
                {c.values.map((v) => (
                  <ValueCard key={v.at} v={v} locale={locale} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {i.origin === 'history' && (
        <section aria-labelledby="h-merged">
          <h3 id="h-merged">{t('detail_timeline')}</h3>
          {i.mergedTimeline.length === 0 ? (
            <p class="muted">{t('detail_no_timeline')}</p>
          ) : (
            <ol class="merged-timeline" data-testid="merged-timeline">
              {i.mergedTimeline.map((e, n) => (
                <li key={n} class={`event event-${e.kind}`}>
                  <bdi class="event-time" dir="auto">
                    {e.at ? formatWhen(e.at, locale) : t('undated')}
                  </bdi>{' '}
                  <span class="event-kind">{kindLabel(e.kind)}</span>{' '}
                  <span class="event-text" dir="auto">
                    {e.text}
                  </span>{' '}
                  <cite class="muted">{t('detail_cited', e.outlet)}</cite>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {i.articles.length > 0 && (
        <section aria-labelledby="h-sources">
          <h3 id="h-sources">{t('detail_sources')}</h3>
          <ul class="sources" data-testid="incident-sources">
            {i.articles.map((a) => (
              <SourceItem key={a.url} article={a} locale={locale} onRemove={onRemove} onRemoved={() => setNotice(t('deleted_one'))} />
            ))}
          </ul>
          <p class="muted" role="status">
            {notice}
          </p>
        </section>
      )}

      {(references.length > 0 || matches.length > 0 || mentioned.length > 0) && (
        <section aria-labelledby="h-refs">
          <h3 id="h-refs">{t('detail_references')}</h3>
          {matches.map((m) => (
            <p key={m.id}>
              <button type="button" class="link" onClick={() => onSelect(`c-${m.id}`)}>
                {t('detail_in_catalogue', m.title)}
              </button>
            </p>
          ))}
          {references.length > 0 && (
            <ul class="references" data-testid="incident-references">
              {references.map((r) => (
                <li key={r.url}>
                  <a href={safeHref(r.url)} target="_blank" rel="noopener noreferrer">
                    {r.url.replace(/^https?:\/\//, '')}
                  </a>{' '}
                  <span class="muted">({label(`ref_${r.kind}`, r.kind)})</span>
                </li>
              ))}
            </ul>
          )}
          {mentioned.length > 0 && (
            <>
              <h4>{t('detail_mentioned')}</h4>
              <ul>
                {mentioned.map((m) => (
                  <li key={m.id}>
                    <button type="button" class="link" onClick={() => onSelect(`c-${m.id}`)}>
                      {formatWhen(m.start.slice(0, 10), locale)} — {m.title}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <ExportButtons label={t('export_one')} ids={{ json: 'incident-export-json', csv: 'incident-export-csv', md: 'incident-export-md', ics: 'incident-export-ics' }} disabled={false} noJson={i.articles.length === 0} onExport={onExport} />
    </section>
  );
}

function SourceItem({ article: a, locale, onRemove, onRemoved }: { article: HistoryEntry; locale: string; onRemove?: DetailProps['onRemove']; onRemoved: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);
  const remove = async () => {
    const r = await onRemove!(a.url).catch((err: unknown) => ({ ok: false as const, error: String(err) }));
    setConfirming(false);
    if (r.ok) onRemoved();
    else setError(t('popup_error', r.error));
  };
  return (
    <li class="source" data-testid="incident-source">
      <a href={safeHref(a.url)} target="_blank" rel="noopener noreferrer" dir="auto">
        {a.title || a.url}
      </a>
      <span class="muted">
        {' '}
        {a.outlet} · {languageName(a.language, locale)} · {formatWhen(a.published, locale) ?? t('date_unknown')}
        {a.startText ? (
          <>
            {' · '}
            {t('fact_start')}: <bdi dir="auto">{a.startText}</bdi>
          </>
        ) : null}
      </span>
      {onRemove &&
        (confirming ? (
          <span class="confirm" role="group" aria-label={t('delete_article_confirm')}>
            <span>{t('delete_article_confirm')}</span>
            <button type="button" class="danger" onClick={() => void remove()}>
              {t('confirm_delete')}
            </button>
            <button type="button" ref={cancel} onClick={() => setConfirming(false)}>
              {t('confirm_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="small" aria-label={t('delete_article_label', a.title || a.url)} onClick={() => setConfirming(true)}>
            {t('delete_article')}
          </button>
        ))}
      {error && <span class="error">{error}</span>}
    </li>
  );
}

// ───────────────────────────── import and delete all ─────────────────────────────

function HistoryTools(p: { count: number; locale: string; onImport?: IncidentsPageProps['onImport']; onClear?: IncidentsPageProps['onClear'] }) {
  const [message, setMessage] = useState('');
  const [isError, setIsError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmAll, setConfirmAll] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (confirmAll) cancel.current?.focus();
  }, [confirmAll]);

  const say = (text: string, error: boolean) => {
    setMessage(text);
    setIsError(error);
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || !p.onImport) return;
    // Too large: refused here, before reading it into memory and sending it.
    if (file.size > MAX_IMPORT_BYTES) {
      say(t('import_error_too_large'), true);
      input.value = '';
      return;
    }
    setBusy(true);
    say(t('import_busy'), false);
    try {
      const r = await p.onImport(await file.text());
      if (r.ok) {
        const done = t('import_done', formatNumber(r.value.added, p.locale), formatNumber(r.value.updated, p.locale));
        say(r.value.skipped > 0 ? `${done} ${t('import_skipped', formatNumber(r.value.skipped, p.locale))}` : done, false);
      } else say(importErrorText(r), true);
    } catch (err) {
      say(t('import_error_other', (err as Error)?.message ?? String(err)), true);
    } finally {
      setBusy(false);
      input.value = ''; // the same file may be chosen again
    }
  };

  const clearAll = async () => {
    if (!p.onClear) return;
    const r = await p.onClear().catch((err: unknown) => ({ ok: false as const, error: String(err) }));
    setConfirmAll(false);
    if (r.ok) say(t('deleted_all'), false);
    else say(t('popup_error', r.error), true);
  };

  return (
    <section class="history-tools" aria-labelledby="h-manage">
      <h2 id="h-manage">{t('history_manage')}</h2>
      <div class="field">
        <label for="import-file">{t('import_label')}</label>
        <input id="import-file" type="file" accept=".json,application/json" data-testid="import-file" disabled={!p.onImport || busy} onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)} />
      </div>
      <p data-testid="import-message" role="status" aria-live="polite" class={isError ? 'error' : undefined}>
        {message}
      </p>
      {p.onClear &&
        p.count > 0 &&
        (confirmAll ? (
          <div class="confirm" role="group" aria-labelledby="confirm-all-text">
            <span id="confirm-all-text">{t('delete_all_confirm', formatNumber(p.count, p.locale))}</span>
            <button type="button" class="danger" data-testid="delete-all-confirm" onClick={() => void clearAll()}>
              {t('confirm_delete')}
            </button>
            <button type="button" ref={cancel} onClick={() => setConfirmAll(false)}>
              {t('confirm_cancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" data-testid="delete-all" onClick={() => setConfirmAll(true)}>
            {t('delete_all')}
          </button>
        ))}
    </section>
  );
}
