/**
 * The timeline: one event per sentence that moves the story (a time, a report, an update, a
 * restoration, a fix, a statement), in time order. Dated events sort by their instant; an
 * undated event goes after the dated ones of an earlier or equal phase, so "Meta is working on
 * it" falls between the first reports and the restoration.
 */
import type { TimelineEvent, TimelineKind } from '../report';
import type { Sentence } from '../text/article-text';
import type { FoundTime } from '../time/resolve';
import type { Context } from './context';
import { phaseAt, type Phases } from './phases';
import type { RankedService } from './services';
import { hasLongQuote, speakerOf } from './statements';

const RANK: Record<TimelineKind, number> = { start: 0, report: 1, update: 2, statement: 2, other: 2, restore: 3, resolved: 4 };

export function buildTimeline(ctx: Context, times: FoundTime[], phases: Phases, services: RankedService[]): TimelineEvent[] {
  const events: (TimelineEvent & { order: number; ms: number | null })[] = [];
  const timed = new Set<number>();
  for (const t of times) {
    if (ctx.isPast(t.sentence)) continue;
    const phase = phases.phaseOf.get(t) ?? null;
    const kind: TimelineKind = phase === null ? (ctx.isOutageSentence(t.sentence) ? 'report' : 'other') : phase === 'update' ? 'update' : phase;
    // A time in a sentence that says nothing of the outage (a byline, a schedule) is not an event.
    if (kind === 'other' && !ctx.has(t.sentence, 'digital') && ctx.entitiesIn(t.sentence).length === 0) continue;
    timed.add(t.sentence.index);
    events.push({ at: t.point, kind, text: clause(ctx, t.sentence), evidence: ctx.at.sentenceEvidence(t.sentence), order: t.start, ms: t.ms });
  }
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s) || timed.has(s.index) || ctx.at.isTitle(s)) continue;
    const kind = undatedKind(ctx, s, services);
    if (!kind) continue;
    events.push({ at: null, kind, text: clause(ctx, s), evidence: ctx.at.sentenceEvidence(s), order: s.foldedStart, ms: null });
  }
  // Two undated events per kind are enough: the first (lead sentences summarise) and one more.
  const seenUndated = new Map<TimelineKind, number>();
  const kept = events
    .sort((a, b) => a.order - b.order)
    .filter((e) => {
      if (e.ms !== null || e.at) return true;
      const n = seenUndated.get(e.kind) ?? 0;
      seenUndated.set(e.kind, n + 1);
      return n < 2;
    });
  const dated = kept.filter((e) => e.ms !== null).sort((a, b) => a.ms! - b.ms!);
  const undated = kept.filter((e) => e.ms === null).sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.order - b.order);
  const merged: typeof kept = [];
  let u = 0;
  for (const d of dated) {
    while (u < undated.length && RANK[undated[u].kind] < RANK[d.kind]) merged.push(undated[u++]);
    merged.push(d);
  }
  while (u < undated.length) merged.push(undated[u++]);
  return merged.slice(0, 14).map(({ at, kind, text, evidence }) => ({ at, kind, text, evidence }));
}

function undatedKind(ctx: Context, s: Sentence, services: RankedService[]): TimelineKind | null {
  const said = speakerOf(ctx, s, ctx.cues(s, 'said'), ctx.cues(s, 'spokesperson'), services) !== null;
  const phase = phaseAt(ctx, s, s.foldedEnd);
  // The phase the sentence names first: "working to restore it, before announcing the fix" is an update.
  const first = ctx.termsIn(s).find((t) => t.payload.kind === 'resolved' || t.payload.kind === 'restore' || (said && t.payload.kind === 'update'));
  const relevant = said || ctx.isOutageSentence(s) || ctx.has(s, 'partial');
  if (first && relevant) {
    // A quoted statement that says it is fixed is the fix, whatever it says first ("we are aware… we fixed it").
    if (first.payload.kind === 'update' && !(ctx.has(s, 'resolved') && hasLongQuote(ctx.at.sentenceText(s)))) return 'update';
    if (first.payload.kind === 'update') return 'resolved';
    if (first.payload.kind === 'resolved') return 'resolved';
    return 'restore';
  }
  if (said && ctx.isOutageSentence(s)) return 'statement';
  if (phase === 'report' && ctx.isOutageSentence(s) && ctx.entitiesIn(s).some((e) => e.payload.type === 'source')) return 'report';
  return null;
}

/** The event's text: its sentence, shortened to a readable length at a word boundary. */
function clause(ctx: Context, s: Sentence): string {
  const text = ctx.at.sentenceText(s).replace(/\s+/g, ' ');
  if (text.length <= 200) return text;
  const cut = text.lastIndexOf(' ', 197);
  return `${text.slice(0, cut > 120 ? cut : 197)}…`;
}
