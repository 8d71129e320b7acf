/**
 * The cause: a cause phrase in a sentence about this outage (not an earlier one), weighed by
 * how close it is to outage words; "cause not yet known" phrases give "unknown" explicitly.
 */
import type { CauseCategory, OutageReport } from '../report';
import type { Context } from './context';

export function findCause(ctx: Context): OutageReport['cause'] {
  let best: { category: CauseCategory; score: number; start: number; end: number } | null = null;
  let unknown: { start: number; end: number } | null = null;
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s)) continue;
    for (const t of ctx.termsIn(s)) {
      if (t.payload.kind === 'unknownCause' && !unknown) unknown = { start: t.start, end: t.end };
      if (t.payload.kind !== 'cause') continue;
      const causal = ctx.isOutageSentence(s) || ctx.has(s, 'restore') || ctx.has(s, 'resolved') || ctx.has(s, 'said');
      if (!causal) continue;
      // Longer phrases are more specific ("faulty update" over "update").
      const score = (t.end - t.start) / 10 + (ctx.isOutageSentence(s) ? 1 : 0) + (ctx.at.isTitle(s) ? 0.5 : 0);
      if (!best || score > best.score) best = { category: t.payload.category, score, start: t.start, end: t.end };
    }
  }
  if (best && (!unknown || best.score >= 1.8)) {
    const ev = ctx.at.evidence(best.start, best.end);
    return { category: best.category, text: ctx.at.text.slice(ev.start, ev.end), evidence: ev };
  }
  if (unknown) {
    const ev = ctx.at.evidence(unknown.start, unknown.end);
    return { category: 'unknown', text: ctx.at.text.slice(ev.start, ev.end), evidence: ev };
  }
  return { category: 'unknown', text: null, evidence: null };
}
