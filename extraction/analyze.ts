/**
 * From text to OutageReport: prepare the text once, then ask each fact finder.
 */
import { findCause } from './facts/cause';
import { Context } from './facts/context';
import { findPhases } from './facts/phases';
import { findRegions } from './facts/regions';
import { findRelated } from './facts/related';
import { findScale } from './facts/scale';
import { findServices, mainCompany } from './facts/services';
import { findHashtags, findSources } from './facts/sources';
import { describedSystem, unnamedLead } from './facts/unnamed';
import { findStatements } from './facts/statements';
import { buildTimeline } from './facts/timeline';
import { explain, judge, type Reason } from './facts/verdict';
import { detectLanguage } from './page/language';
import type { OutageReport } from './report';
import { ArticleText } from './text/article-text';
import { findTimes } from './time/resolve';

export interface AnalyzeOptions {
  /** Publication date: ISO instant or bare date ("2022-10-25"). Anchors "this morning", "Tuesday". */
  published?: string | null;
  url?: string | null;
  /** BCP 47 language; detected from the text when absent. */
  lang?: string | null;
}

/** The report plus what the UI needs beyond the contract. */
export interface DetailedReport extends OutageReport {
  /** The verdict's reasons as codes, for translated display. */
  reasons: Reason[];
}

/** Hard cap on analysed text: longer bodies are cut (a report is in its first pages). */
export const MAX_ANALYSED_CHARS = 60_000;

export function analyzeText(title: string, body: string, options: AnalyzeOptions = {}): DetailedReport {
  const safeTitle = String(title ?? '').slice(0, 1000);
  const safeBody = String(body ?? '').slice(0, MAX_ANALYSED_CHARS);
  const language = detectLanguage(`${safeTitle}\n${safeBody}`, options.lang);
  const publishedIso = normalisePublished(options.published);
  const publishedMs = publishedIso === null ? null : Date.parse(publishedIso);
  const at = new ArticleText(safeTitle, safeBody);
  const ctx = new Context(at, language, publishedMs);

  const listed = findServices(ctx);
  const unnamed = unnamedLead(ctx, listed);
  const services = unnamed ? [unnamed, ...listed] : listed;
  const sources = findSources(ctx);
  const hashtags = findHashtags(ctx);
  const verdict = judge(ctx, services, hashtags, sources.trackers);
  const base = {
    isOutage: verdict.isOutage,
    confidence: verdict.confidence,
    why: explain(verdict.reasons),
    reasons: verdict.reasons,
    language,
    title: safeTitle.replace(/\s+/g, ' ').trim(),
    url: options.url ?? null,
    published: publishedIso,
    text: at.text,
  };
  if (!verdict.isOutage) {
    return {
      ...base, services: [], company: null, status: 'unknown', start: null, end: null, durationMinutes: null,
      cause: { category: 'unknown', text: null, evidence: null }, regions: [], scale: [], reportSources: [], statements: [], timeline: [], related: [],
    };
  }
  // Reported by describing what failed, not naming it ("總統府網站遭DDoS攻擊"): the description stands for the service.
  const described = services.length === 0 ? describedSystem(ctx) : null;
  if (described) services.push(described);
  const { times, dates } = findTimes(ctx);
  const phases = findPhases(ctx, times, dates);
  return {
    ...base,
    services: services.map((s) => s.fact),
    company: mainCompany(ctx, services),
    status: phases.status,
    start: phases.start?.point ?? null,
    end: phases.end?.point ?? null,
    durationMinutes: phases.durationMinutes,
    cause: findCause(ctx, services),
    regions: findRegions(ctx, options.url ?? null, services[0]?.fact.name ?? null),
    scale: findScale(ctx),
    reportSources: sources.all,
    statements: findStatements(ctx, services),
    timeline: buildTimeline(ctx, times, phases, services),
    related: findRelated(ctx, services, dates),
  };
}

/** "2022-10-25" stays a day; anything Date.parse reads becomes a UTC instant; junk becomes null. */
function normalisePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = String(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T00:00:00Z`;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}
