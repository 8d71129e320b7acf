/**
 * Incidents from the reader's history: articles about the same outage (same services, same
 * time window) grouped into one incident, with the facts merged and the disagreements kept.
 * Pure functions (no browser API), shared by the incidents page, the background and the tests.
 *
 * Speed: a history holds up to 5,000 articles. Nothing here compares every pair: entries are
 * sorted by time once and only neighbours in a per-service list are compared (see `components`).
 */
import type { CatalogueIncident } from '../extraction/data/types';
import type { CauseCategory, OutageStatus, TimelineKind } from '../extraction/report';
import type { HistoryEntry, HistoryEvent } from './history';

/** Two articles are about the same outage when their starts lie this close. */
export const SAME_INCIDENT_WINDOW_MS = 12 * 60 * 60 * 1000;
/** Outlets that differ by more than this on a start or end disagree (a rounding is not a conflict). */
export const CONFLICT_TOLERANCE_MS = 2 * 60 * 1000;

/** One value of a fact (a start or an end) and who gave it. */
export interface FactValue {
  /** UTC instant as stored. */
  at: string;
  /** The time as each article wrote it ("07,17 بتوقيت غرينتش"), distinct. */
  texts: string[];
  outlets: string[];
  urls: string[];
}

/** A fact the outlets disagree on: every distinct value, earliest first. */
export interface FactConflict {
  field: 'start' | 'end';
  values: FactValue[];
}

/** A timeline event of one article, citing it. */
export interface MergedEvent extends HistoryEvent {
  outlet: string;
  url: string;
  language: string;
}

export interface Incident {
  /** History: `h-<main service slug>-<yyyy-mm-dd>`; catalogue: `c-<catalogue id>`. */
  id: string;
  origin: 'history' | 'catalogue';
  /** The newest article's headline, or the catalogue title. */
  title: string;
  /** Main service first. */
  services: string[];
  company: string | null;
  /** Earliest start any article gives (catalogue: as precise as known, maybe a bare date). */
  start: string | null;
  /** Latest end any article gives. */
  end: string | null;
  /** When it happened, for sorting and date ranges: the start, else the earliest publication (or sighting). */
  date: string;
  startCandidates: FactValue[];
  endCandidates: FactValue[];
  durationMinutes: number | null;
  /** Oldest first. */
  articles: HistoryEntry[];
  outlets: string[];
  languages: string[];
  regions: string[];
  /** Most common known cause among the articles. */
  cause: CauseCategory;
  causeDetail: string | null;
  /** Status given by the newest article. */
  status: OutageStatus;
  mergedTimeline: MergedEvent[];
  conflicts: FactConflict[];
  references: CatalogueIncident['references'];
  /** Catalogue ids of earlier incidents the articles mention. */
  related: string[];
  /** For a catalogue incident, its id there. */
  catalogueId: string | null;
}

/** What is needed to find an article's incident (the sidebar knows no more than this). */
export type RelatedQuery = Pick<HistoryEntry, 'url' | 'services' | 'start' | 'published'> & { seenAt?: string };

// ───────────────────────────── matching ─────────────────────────────

const serviceKey = (s: string) => s.trim().toLowerCase();

/** Service keys in the article's order, without duplicates. */
function keysOf(e: { services: string[] }): string[] {
  if (e.services.length === 1) {
    const k = serviceKey(e.services[0]);
    return k ? [k] : [];
  }
  return [...new Set(e.services.map(serviceKey).filter(Boolean))];
}

/** The instant an article is placed at: its start, else its publication, else when it was seen. */
function anchorMs(e: { start: string | null; published: string | null; seenAt?: string }): number {
  const ms = e.start ? Date.parse(e.start) : Number.NaN;
  if (Number.isFinite(ms)) return ms;
  const pub = e.published ? Date.parse(e.published) : Number.NaN;
  if (Number.isFinite(pub)) return pub;
  return e.seenAt ? Date.parse(e.seenAt) : Number.NaN;
}

/**
 * Same services: the main services are equal, or, when both articles list several, the lists
 * overlap. A single-service article is matched on its main service only, so a WhatsApp story
 * that also names Google is not pulled into the incident of a Google-only outage.
 */
function servicesMatch(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a[0] === b[0]) return true;
  return a.length > 1 && b.length > 1 && a.some((s) => b.includes(s));
}

export function sameIncident(a: HistoryEntry, b: HistoryEntry): boolean {
  const ta = anchorMs(a);
  const tb = anchorMs(b);
  if (!Number.isFinite(ta) || !Number.isFinite(tb)) return false;
  return Math.abs(ta - tb) <= SAME_INCIDENT_WINDOW_MS && servicesMatch(keysOf(a), keysOf(b));
}

interface Prepared {
  t: number;
  keys: string[];
}

/**
 * Connected components of the `sameIncident` relation, as a root index per item.
 *
 * Why this is exact without comparing all pairs: the relation is the union of one "within 12 h"
 * relation per service list (articles whose main service is S; articles listing several
 * services including S). Within one list sorted by time, two articles within 12 h are joined
 * through every article between them, each gap being at most 12 h, so joining each article to
 * its next neighbour when the gap is ≤ 12 h gives the same components. O(n log n).
 */
function components(items: Prepared[]): number[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // One list per main service, one per service named by multi-service articles.
  const mainLists = new Map<string, number[]>();
  const anyLists = new Map<string, number[]>();
  const push = (lists: Map<string, number[]>, key: string, i: number) => {
    const list = lists.get(key);
    if (list) list.push(i);
    else lists.set(key, [i]);
  };
  // Visiting items in time order fills every list already sorted.
  const order = items.map((_, i) => i).filter((i) => Number.isFinite(items[i].t)).sort((a, b) => items[a].t - items[b].t);
  for (const i of order) {
    const { keys } = items[i];
    if (keys.length === 0) continue;
    push(mainLists, keys[0], i);
    if (keys.length > 1) for (const k of keys) push(anyLists, k, i);
  }
  for (const list of [...mainLists.values(), ...anyLists.values()]) {
    for (let j = 1; j < list.length; j++) {
      if (items[list[j]].t - items[list[j - 1]].t <= SAME_INCIDENT_WINDOW_MS) {
        const a = find(list[j - 1]);
        const b = find(list[j]);
        if (a !== b) parent[b] = a;
      }
    }
  }
  return items.map((_, i) => find(i));
}

const prepare = (e: RelatedQuery): Prepared => ({ t: anchorMs(e), keys: keysOf(e) });

// ───────────────────────────── grouping ─────────────────────────────

/** Incidents from history entries, newest first. */
export function groupIncidents(entries: HistoryEntry[]): Incident[] {
  const items = entries.map(prepare);
  const roots = components(items);
  const groups = new Map<number, number[]>();
  roots.forEach((root, i) => {
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  // Anchors are parsed once (above); sorting by them here keeps grouping O(n log n) without re-parsing.
  const built = [...groups.values()].map((g) => {
    g.sort((a, b) => items[a].t - items[b].t || a - b);
    const incident = buildIncident(g.map((i) => entries[i]), g.map((i) => items[i].keys));
    return { incident, t: Date.parse(incident.date) };
  });
  built.sort((a, b) => a.t - b.t || (a.incident.id < b.incident.id ? -1 : a.incident.id > b.incident.id ? 1 : 0));
  const incidents = built.map((b) => b.incident);
  // Two separate incidents of one service on one day would share an id: number the later ones.
  const seen = new Map<string, number>();
  for (const inc of incidents) {
    const n = (seen.get(inc.id) ?? 0) + 1;
    seen.set(inc.id, n);
    if (n > 1) inc.id = `${inc.id}-${n}`;
  }
  return incidents.reverse();
}

/** The other articles of the same incident as `entry`, oldest first (the entry itself excluded). */
export function relatedFromHistory(entry: RelatedQuery, history: HistoryEntry[]): HistoryEntry[] {
  const others = history.filter((h) => h.url !== entry.url);
  const items = [prepare(entry), ...others.map(prepare)];
  if (!Number.isFinite(items[0].t) || items[0].keys.length === 0) return [];
  const roots = components(items);
  return others.filter((_, i) => roots[i + 1] === roots[0]).sort((a, b) => anchorMs(a) - anchorMs(b));
}

/** Values of one fact across articles, grouped by instant, earliest first. */
export function factValues(articles: HistoryEntry[], field: 'start' | 'end'): FactValue[] {
  const byMs = new Map<number, FactValue>();
  for (const a of articles) {
    const at = a[field];
    const ms = at ? Date.parse(at) : Number.NaN;
    if (!at || !Number.isFinite(ms)) continue;
    const v = byMs.get(ms) ?? { at, texts: [], outlets: [], urls: [] };
    byMs.set(ms, v);
    const text = a[field === 'start' ? 'startText' : 'endText'];
    if (text && !v.texts.includes(text)) v.texts.push(text);
    const outlet = outletOf(a);
    if (!v.outlets.includes(outlet)) v.outlets.push(outlet);
    v.urls.push(a.url);
  }
  return [...byMs.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/** Starts and ends the outlets disagree on by more than the tolerance. */
export function conflictsOf(articles: HistoryEntry[]): FactConflict[] {
  return conflictsFrom(factValues(articles, 'start'), factValues(articles, 'end'));
}

function conflictsFrom(starts: FactValue[], ends: FactValue[]): FactConflict[] {
  const out: FactConflict[] = [];
  for (const [field, values] of [['start', starts], ['end', ends]] as const) {
    if (values.length > 1 && Date.parse(values[values.length - 1].at) - Date.parse(values[0].at) > CONFLICT_TOLERANCE_MS) out.push({ field, values });
  }
  return out;
}

function outletOf(e: HistoryEntry): string {
  if (e.outlet) return e.outlet;
  try {
    return new URL(e.url).hostname.replace(/^www\./, '');
  } catch {
    return e.url;
  }
}

/** The most frequent item; ties go to the one seen first. */
function mostCommon<T>(items: T[]): T | undefined {
  if (items.length < 2) return items[0]; // most incidents have one article: skip the counting
  return byFrequency(items)[0];
}

/** Distinct items, most frequent first (ties keep first appearance: Map order, stable sort). */
function byFrequency<T>(items: T[]): T[] {
  if (items.length < 2) return items.slice();
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}

/** Ids are ASCII where the name is (nearly all service names); others keep their letters. */
const slug = (s: string) =>
  (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'unknown';

const PHASE: Record<TimelineKind, number> = { start: 0, report: 1, update: 2, statement: 3, other: 4, restore: 5, resolved: 6 };
const phaseOf = (kind: string) => PHASE[kind as TimelineKind] ?? PHASE.other;

/** Events of all articles, dated ones by time, undated after them by phase (start … resolved). */
export function mergeTimelines(articles: HistoryEntry[]): MergedEvent[] {
  // Fields copied one by one: an object spread here cost ten times more (measured, 5,000 articles).
  const events: MergedEvent[] = [];
  for (const a of articles) {
    const outlet = outletOf(a);
    for (const e of a.timeline) events.push({ at: e.at, atText: e.atText, kind: e.kind, text: e.text, outlet, url: a.url, language: a.language });
  }
  const ms = events.map((e) => (e.at ? Date.parse(e.at) : Number.NaN));
  return events
    .map((e, i) => ({ e, i, t: Number.isFinite(ms[i]) ? ms[i] : Number.POSITIVE_INFINITY }))
    .sort((a, b) => (a.t === b.t ? 0 : a.t - b.t) || phaseOf(a.e.kind) - phaseOf(b.e.kind) || a.i - b.i)
    .map((x) => x.e);
}

const earliestIso = (values: (string | null)[]): string | null => {
  let best: string | null = null;
  let bestMs = Number.POSITIVE_INFINITY;
  for (const v of values) {
    const ms = v ? Date.parse(v) : Number.NaN;
    if (Number.isFinite(ms) && ms < bestMs) {
      best = v;
      bestMs = ms;
    }
  }
  return best;
};

/** One incident from its articles, given oldest first, with their service keys (computed once by the caller). */
function buildIncident(articles: HistoryEntry[], keys: string[][]): Incident {
  let newest = articles[0];
  let newestMs = anchorOfNews(newest);
  for (const a of articles) {
    const ms = anchorOfNews(a);
    if (ms >= newestMs) {
      newest = a;
      newestMs = ms;
    }
  }
  // Display names keep the first spelling seen for each key.
  const names = new Map<string, string>();
  for (const a of articles) for (const s of a.services) if (!names.has(serviceKey(s))) names.set(serviceKey(s), s.trim());
  const main = mostCommon(keys.map((k) => k[0]).filter((k): k is string => Boolean(k)));
  const others = byFrequency(keys.flat()).filter((k) => k !== main);
  const services = [...(main ? [main] : []), ...others].map((k) => names.get(k) ?? k);
  const startCandidates = factValues(articles, 'start');
  const endCandidates = factValues(articles, 'end');
  const start = startCandidates[0]?.at ?? null;
  const end = endCandidates[endCandidates.length - 1]?.at ?? null;
  const date = start ?? earliestIso(articles.map((a) => a.published)) ?? earliestIso(articles.map((a) => a.seenAt)) ?? new Date(0).toISOString();
  const span = start && end ? Math.round((Date.parse(end) - Date.parse(start)) / 60_000) : Number.NaN;
  const stated = articles.findLast((a) => a.durationMinutes !== null)?.durationMinutes ?? null;
  const day = new Date(Date.parse(date)).toISOString().slice(0, 10);
  return {
    id: `h-${slug(services[0] ?? 'unknown')}-${day}`,
    origin: 'history',
    title: newest.title,
    services,
    company: mostCommon(articles.map((a) => a.company).filter((c): c is string => Boolean(c))) ?? null,
    start,
    end,
    date,
    startCandidates,
    endCandidates,
    durationMinutes: span > 0 ? span : stated,
    articles,
    outlets: [...new Set(articles.map(outletOf))],
    languages: byFrequency(articles.map((a) => a.language)),
    regions: byFrequency(articles.flatMap((a) => a.regions)),
    cause: mostCommon(articles.map((a) => a.cause).filter((c) => c !== 'unknown')) ?? 'unknown',
    causeDetail: null,
    status: newest.status,
    mergedTimeline: mergeTimelines(articles),
    conflicts: conflictsFrom(startCandidates, endCandidates),
    references: [],
    related: [...new Set(articles.flatMap((a) => a.related))],
    catalogueId: null,
  };
}

/** "Newest article": the latest published, an unknown publication counting as when it was seen. */
function anchorOfNews(e: HistoryEntry): number {
  const ms = Date.parse(e.published ?? e.seenAt);
  return Number.isFinite(ms) ? ms : 0;
}

// ───────────────────────────── catalogue ─────────────────────────────

/** A bundled catalogue incident in the same shape, so one list, one search and one export serve both. */
export function incidentFromCatalogue(c: CatalogueIncident): Incident {
  return {
    id: `c-${c.id}`,
    origin: 'catalogue',
    title: c.title,
    services: [...c.services],
    company: c.company,
    start: c.start,
    end: c.end,
    date: c.start,
    startCandidates: [],
    endCandidates: [],
    durationMinutes: c.durationMinutes,
    articles: [],
    outlets: [],
    languages: [],
    regions: [...c.regions],
    cause: c.cause,
    causeDetail: c.causeDetail,
    status: 'resolved',
    mergedTimeline: [],
    conflicts: [],
    references: c.references,
    related: [],
    catalogueId: c.id,
  };
}

/** The end of the span a possibly partial date covers ("2021-10" covers all of October). */
export function spanEndMs(value: string): number {
  const ms = Date.parse(value);
  if (/^\d{4}$/.test(value)) return Date.UTC(Number(value) + 1, 0, 1) - 1;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    return Date.UTC(y, m, 1) - 1;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ms + 86_400_000 - 1;
  return ms;
}

/** Catalogue incidents that are this history incident (a shared service, overlapping in time). */
export function matchCatalogue(incident: Incident, catalogue: CatalogueIncident[]): CatalogueIncident[] {
  if (incident.origin !== 'history') return [];
  const keys = new Set(incident.services.map(serviceKey));
  const t = Date.parse(incident.date);
  return catalogue.filter((c) => {
    if (!c.services.some((s) => keys.has(serviceKey(s)))) return false;
    const from = Date.parse(c.start) - SAME_INCIDENT_WINDOW_MS;
    const to = spanEndMs(c.end ?? c.start) + SAME_INCIDENT_WINDOW_MS;
    return t >= from && t <= to;
  });
}

// ───────────────────────────── search ─────────────────────────────

export interface IncidentQuery {
  /** Words, all of which must appear (case, accents and Arabic letter variants ignored). */
  text?: string;
  service?: string;
  company?: string;
  cause?: string;
  /** BCP 47; "ar" also matches "ar-EG". */
  language?: string;
  /** Inclusive days or instants (yyyy-mm-dd or ISO). */
  from?: string;
  to?: string;
  origin?: 'history' | 'catalogue';
}

/** Folding for search: no case, no accents or harakat, one form of alef, yeh and teh marbuta, no tatweel. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ـ/g, '');
}

/** Folded searchable text, built once per incident object (the page searches on every key). */
const haystacks = new WeakMap<Incident, string>();
function haystackOf(i: Incident): string {
  let h = haystacks.get(i);
  if (h === undefined) {
    const parts = [
      i.title, i.company ?? '', i.cause, i.causeDetail ?? '', ...i.services, ...i.outlets, ...i.regions,
      ...i.articles.flatMap((a) => [a.title, a.url, a.startText ?? '', a.endText ?? '', ...a.reportSources]),
      ...i.mergedTimeline.map((e) => e.text),
    ];
    h = foldText(parts.join('\n'));
    haystacks.set(i, h);
  }
  return h;
}

const sameKey = (a: string, b: string) => serviceKey(a) === serviceKey(b);
const langBase = (l: string) => l.toLowerCase().split('-')[0];

function dayBound(value: string, end: boolean): number {
  return end ? spanEndMs(value) : Date.parse(value);
}

export function searchIncidents(incidents: Incident[], q: IncidentQuery): Incident[] {
  const words = foldText(q.text ?? '').split(/\s+/).filter(Boolean);
  const from = q.from ? dayBound(q.from, false) : Number.NEGATIVE_INFINITY;
  const to = q.to ? dayBound(q.to, true) : Number.POSITIVE_INFINITY;
  return incidents.filter((i) => {
    if (q.origin && i.origin !== q.origin) return false;
    if (q.service && !i.services.some((s) => sameKey(s, q.service!))) return false;
    if (q.company && !(i.company && sameKey(i.company, q.company))) return false;
    if (q.cause && i.cause !== q.cause) return false;
    if (q.language && !i.languages.some((l) => langBase(l) === langBase(q.language!))) return false;
    if (Number.isFinite(from) || Number.isFinite(to)) {
      // The incident's span [start, end] must meet the range.
      const s = Date.parse(i.date);
      const e = Math.max(spanEndMs(i.date), i.end ? spanEndMs(i.end) : Number.NEGATIVE_INFINITY);
      if (!(e >= from && s <= to)) return false;
    }
    if (words.length) {
      const h = haystackOf(i);
      if (!words.every((w) => h.includes(w))) return false;
    }
    return true;
  });
}
