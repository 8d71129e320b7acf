/**
 * The reader's history of outage articles, kept on this machine only: one entry per page,
 * newest last, at most MAX_HISTORY (oldest dropped). Versioned storage with migrations; every
 * read is validated, so a corrupt value is set aside (kept under a backup key) instead of
 * breaking the extension or losing the rest.
 *
 * Versions:
 * - v1: the report's headline facts.
 * - v2: + `timeline` (events as written, for merged timelines across outlets) and `scale`.
 */
import { storage } from 'wxt/utils/storage';
import type { DetailedReport } from '../extraction/analyze';
import { pageKey } from './storage';

export const MAX_HISTORY = 5000;
export const HISTORY_VERSION = 2;

export interface HistoryEvent {
  /** UTC instant, null when the article could not fix it. */
  at: string | null;
  /** The time as the article wrote it ("07,17 بتوقيت غرينتش"), null for undated events. */
  atText: string | null;
  kind: DetailedReport['timeline'][number]['kind'];
  text: string;
}

export interface HistoryEntry {
  url: string;
  title: string;
  outlet: string;
  language: string;
  published: string | null;
  seenAt: string;
  services: string[];
  company: string | null;
  status: DetailedReport['status'];
  start: string | null;
  end: string | null;
  /** Times as the article wrote them. */
  startText: string | null;
  endText: string | null;
  durationMinutes: number | null;
  cause: DetailedReport['cause']['category'];
  regions: string[];
  reportSources: string[];
  related: string[];
  /** v2 */
  timeline: HistoryEvent[];
  /** v2: "27,000 reports", as written. */
  scale: string[];
}

/** v1 entries, as stored by 0.1.0 builds. */
export type HistoryEntryV1 = Omit<HistoryEntry, 'timeline' | 'scale'>;

export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', {
  fallback: [],
  version: HISTORY_VERSION,
  migrations: {
    2: (old: unknown): HistoryEntry[] => cleanHistory(old),
  },
});

/** Where a history value that failed validation is kept, so nothing is silently lost. */
export const historyQuarantineItem = storage.defineItem<{ at: string; value: unknown }[]>('local:historyQuarantine', { fallback: [] });

const STATUSES = new Set(['ongoing', 'partial', 'resolved', 'unknown']);
const str = (v: unknown, max = 500): string | null => (typeof v === 'string' ? v.slice(0, max) : null);
const strs = (v: unknown, max = 20): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 200)).slice(0, max) : []);
const iso = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);

/** One entry, repaired to the current shape; null when it cannot be (no URL). */
export function cleanEntry(raw: unknown): HistoryEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const url = str(r.url, 2000);
  if (!url) return null;
  const timeline = Array.isArray(r.timeline)
    ? r.timeline.slice(0, 20).flatMap((e): HistoryEvent[] => {
        if (typeof e !== 'object' || e === null) return [];
        const ev = e as Record<string, unknown>;
        const text = str(ev.text, 300);
        return text ? [{ at: iso(ev.at), atText: str(ev.atText, 80), kind: (str(ev.kind, 20) ?? 'other') as HistoryEvent['kind'], text }] : [];
      })
    : [];
  return {
    url,
    title: str(r.title, 300) ?? '',
    outlet: str(r.outlet, 200) ?? '',
    language: str(r.language, 20) ?? 'und',
    published: iso(r.published),
    seenAt: iso(r.seenAt) ?? new Date(0).toISOString(),
    services: strs(r.services, 8),
    company: str(r.company, 200),
    status: (STATUSES.has(r.status as string) ? r.status : 'unknown') as HistoryEntry['status'],
    start: iso(r.start),
    end: iso(r.end),
    startText: str(r.startText, 120),
    endText: str(r.endText, 120),
    durationMinutes: typeof r.durationMinutes === 'number' && Number.isFinite(r.durationMinutes) ? r.durationMinutes : null,
    cause: (str(r.cause, 40) ?? 'unknown') as HistoryEntry['cause'],
    regions: strs(r.regions, 12),
    reportSources: strs(r.reportSources, 12),
    related: strs(r.related, 12),
    timeline,
    scale: strs(r.scale, 6),
  };
}

/** A stored value, repaired: non-arrays become [], bad entries are dropped, duplicates merged (newest wins). */
export function cleanHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  const byUrl = new Map<string, HistoryEntry>();
  for (const raw of value) {
    const e = cleanEntry(raw);
    if (e) {
      byUrl.delete(e.url);
      byUrl.set(e.url, e);
    }
  }
  return [...byUrl.values()].slice(-MAX_HISTORY);
}

export function historyEntryOf(url: string, r: DetailedReport, now = new Date()): HistoryEntry {
  let outlet = '';
  try {
    outlet = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    outlet = '';
  }
  return {
    url: pageKey(url),
    title: r.title.slice(0, 300),
    outlet,
    language: r.language,
    published: r.published,
    seenAt: now.toISOString(),
    services: r.services.map((s) => s.name).slice(0, 6),
    company: r.company,
    status: r.status,
    start: r.start?.iso ?? null,
    end: r.end?.iso ?? null,
    startText: r.start?.text ?? null,
    endText: r.end?.text ?? null,
    durationMinutes: r.durationMinutes,
    cause: r.cause.category,
    regions: r.regions.slice(0, 12),
    reportSources: r.reportSources.slice(0, 10),
    related: r.related.map((x) => x.id),
    timeline: r.timeline.slice(0, 14).map((e) => ({ at: e.at?.iso ?? null, atText: e.at?.text ?? null, kind: e.kind, text: e.text.slice(0, 300) })),
    scale: r.scale.map((s) => s.text).slice(0, 4),
  };
}

/**
 * Reads the history, validated. A value that is not a list is set aside in the quarantine
 * item (with the time) and the history starts empty; entries that cannot be repaired are
 * dropped, the rest kept. `problem` tells the UI to say so.
 */
export async function readHistory(): Promise<{ entries: HistoryEntry[]; problem: string | null }> {
  let raw: unknown;
  try {
    raw = await historyItem.getValue();
  } catch (err) {
    return { entries: [], problem: `history could not be read: ${(err as Error).message}` };
  }
  if (raw !== null && raw !== undefined && !Array.isArray(raw)) {
    await quarantine(raw);
    await historyItem.setValue([]);
    return { entries: [], problem: 'the stored history was damaged; it was set aside and a new one started' };
  }
  const entries = cleanHistory(raw);
  const dropped = Array.isArray(raw) ? raw.length - entries.length : 0;
  if (dropped > 0) {
    await quarantine((raw as unknown[]).filter((x) => !cleanEntry(x)));
    await historyItem.setValue(entries);
  }
  return { entries, problem: dropped > 0 ? `${dropped} damaged entries were set aside` : null };
}

async function quarantine(value: unknown): Promise<void> {
  const list = (await historyQuarantineItem.getValue()) ?? [];
  await historyQuarantineItem.setValue([...(Array.isArray(list) ? list : []), { at: new Date().toISOString(), value }].slice(-20));
}

/**
 * Writes go one after another: two tabs reporting at once must not both read the old list and
 * each write it back without the other's article (read-modify-write in one context).
 */
let queue: Promise<unknown> = Promise.resolve();
export function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Adds (or refreshes) one article; returns the new count. */
export function addToHistory(url: string, r: DetailedReport): Promise<number> {
  return serialized(() => addEntry(historyEntryOf(url, r)));
}

async function addEntry(entry: HistoryEntry): Promise<number> {
  const { entries } = await readHistory();
  const list = entries.filter((e) => e.url !== entry.url);
  list.push(entry);
  const bounded = list.slice(-MAX_HISTORY);
  await historyItem.setValue(bounded);
  return bounded.length;
}

export function removeFromHistory(url: string): Promise<number> {
  return serialized(async () => {
    const { entries } = await readHistory();
    const next = entries.filter((e) => e.url !== url);
    await historyItem.setValue(next);
    return next.length;
  });
}

export function clearHistory(): Promise<void> {
  return serialized(() => historyItem.setValue([]));
}

/** Merges entries (an import) into the history without duplicates (by URL, newest `seenAt` wins). */
export function mergeIntoHistory(incoming: HistoryEntry[]): Promise<{ added: number; updated: number; total: number }> {
  return serialized(async () => {
    const { entries } = await readHistory();
    const byUrl = new Map(entries.map((e) => [e.url, e]));
    let added = 0;
    let updated = 0;
    for (const e of incoming) {
      const old = byUrl.get(e.url);
      if (!old) added++;
      else if (Date.parse(e.seenAt) > Date.parse(old.seenAt)) updated++;
      else continue;
      byUrl.set(e.url, e);
    }
    const next = [...byUrl.values()].sort((a, b) => Date.parse(a.seenAt) - Date.parse(b.seenAt)).slice(-MAX_HISTORY);
    await historyItem.setValue(next);
    return { added, updated, total: next.length };
  });
}
