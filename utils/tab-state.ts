/**
 * What the popup shows for a tab: the verdict and the headline facts, kept in session
 * storage by the background (which may be stopped at any time, so nothing lives in memory).
 */
import type { DetailedReport } from '../extraction/analyze';

export interface TabVerdict {
  url: string;
  isOutage: boolean;
  confidence: number;
  why: string[];
  language: string;
  title: string;
  services: string[];
  company: string | null;
  status: DetailedReport['status'];
  start: { iso: string | null; text: string } | null;
  end: { iso: string | null; text: string } | null;
  durationMinutes: number | null;
  sidebarShown: boolean;
  at: number;
}

export function tabVerdictOf(url: string, r: DetailedReport, shown: boolean): TabVerdict {
  return {
    url,
    isOutage: r.isOutage,
    confidence: r.confidence,
    why: r.why.slice(0, 6),
    language: r.language,
    title: r.title.slice(0, 300),
    services: r.services.map((s) => s.name).slice(0, 6),
    company: r.company,
    status: r.status,
    start: r.start ? { iso: r.start.iso, text: r.start.text } : null,
    end: r.end ? { iso: r.end.iso, text: r.end.text } : null,
    durationMinutes: r.durationMinutes,
    sidebarShown: shown,
    at: Date.now(),
  };
}
