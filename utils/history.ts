/**
 * The reader's history of outage articles, kept on this machine only: one entry per page,
 * newest last, at most MAX_HISTORY (oldest dropped). Versioned from day one.
 */
import { storage } from 'wxt/utils/storage';
import type { DetailedReport } from '../extraction/analyze';
import { pageKey } from './storage';

export const MAX_HISTORY = 5000;

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
}

export const historyItem = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [], version: 1 });

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
  };
}

/** Adds (or refreshes) one article; returns the new count. */
export async function addToHistory(url: string, r: DetailedReport): Promise<number> {
  const entry = historyEntryOf(url, r);
  const current = await historyItem.getValue();
  const list = (Array.isArray(current) ? current : []).filter((e) => e && e.url !== entry.url);
  list.push(entry);
  const bounded = list.slice(-MAX_HISTORY);
  await historyItem.setValue(bounded);
  return bounded.length;
}
