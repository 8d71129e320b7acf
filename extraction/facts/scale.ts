/**
 * How many were hit: a number (digits, number words, or "thousands") followed closely by a
 * noun of reports, users or customers. Counts of a user base ("used by two billion") are not
 * the affected and are left out.
 */
import type { ScaleFact } from '../report';
import type { Context } from './context';

const NUMBER_RE = /(\d{1,3}(?:[ ,.\u00a0](?=\d{3}(?!\d))\d{3})+|\d+(?:[.,]\d+)?)/g;

export function findScale(ctx: Context): ScaleFact[] {
  const { folded } = ctx.at;
  const out: ScaleFact[] = [];
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s) || ctx.has(s, 'userBase')) continue;
    const terms = ctx.termsIn(s);
    const nouns = terms.filter((t) => t.payload.kind === 'userWord' || t.payload.kind === 'customerWord' || t.payload.kind === 'reportWord');
    if (nouns.length === 0) continue;
    const hasTracker = ctx.entitiesIn(s).some((e) => e.payload.type === 'source') || ctx.has(s, 'report');
    const candidates: { start: number; end: number; value: number | null; vague: boolean }[] = [];
    const text = folded.slice(s.foldedStart, s.foldedEnd);
    for (const m of text.matchAll(NUMBER_RE)) {
      const start = s.foldedStart + m.index!;
      const end = start + m[0].length;
      // Years and clock times are not counts.
      if (/^(19|20)\d{2}$/.test(m[0]) || /^[:h]/.test(folded.slice(end, end + 1)) || /[:]$/.test(folded.slice(start - 1, start))) continue;
      let value = Number(m[0].replace(/[ ,.\u00a0](?=\d{3}(?!\d))/g, '').replace(',', '.'));
      const mult = terms.find((t) => t.payload.kind === 'multiplier' && t.start >= end && t.start - end <= 2);
      let e2 = end;
      if (mult) {
        value *= (mult.payload as { value: number }).value;
        e2 = mult.end;
      }
      candidates.push({ start, end: e2, value, vague: false });
    }
    for (const t of terms) {
      if (t.payload.kind === 'vague') candidates.push({ start: t.start, end: t.end, value: null, vague: true });
      if (t.payload.kind === 'number' && t.payload.value >= 2) {
        const mult = terms.find((m) => m.payload.kind === 'multiplier' && m.start >= t.end && m.start - t.end <= 2);
        if (mult) candidates.push({ start: t.start, end: mult.end, value: t.payload.value * (mult.payload as { value: number }).value, vague: false });
      }
    }
    for (const c of candidates) {
      const noun = nouns.find((n) => n.start >= c.end && n.start - c.end <= 22);
      if (!noun) continue;
      if (c.value !== null && c.value < 10) continue;
      const approx = c.vague || terms.some((t) => t.payload.kind === 'approxNum' && t.end <= c.start && c.start - t.end <= 3);
      const kind = noun.payload.kind === 'reportWord' || (hasTracker && noun.payload.kind === 'userWord') ? 'reports' : noun.payload.kind === 'customerWord' ? 'customers' : 'users';
      const ev = ctx.at.evidence(Math.min(c.start, noun.start), Math.max(c.end, noun.end));
      if (out.some((o) => o.evidence.start === ev.start)) continue;
      out.push({ kind, value: c.value, approximate: approx, text: ctx.at.text.slice(ev.start, ev.end), evidence: ev });
    }
  }
  return out.slice(0, 6);
}
