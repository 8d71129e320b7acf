/**
 * The cause: a cause phrase in a sentence about this outage (not an earlier one), weighed by
 * how close it is to outage words; "cause not yet known" phrases give "unknown" explicitly.
 */
import type { CauseCategory, OutageReport } from '../report';
import type { Context, TermMatch } from './context';
import type { Sentence } from '../text/article-text';
import { isNegated, type NegationReach } from './phases';
import { isAccessService, type RankedService } from './services';

/**
 * How much a category says: a named mechanism (DNS, BGP, an attack, a bad update) says more
 * than "a supplier" or "a network problem". Ties go to the longer phrase. An order of the
 * authorities outranks the mechanism it was carried out by ("blocked at the DNS", "BGP routes
 * withdrawn"): the order is the cause.
 */
const SPECIFICITY: Record<Exclude<CauseCategory, 'unknown'>, number> = {
  dns: 3, bgp: 3, cyberattack: 2.5, power: 2.5, 'government-shutdown': 3.2, 'software-bug': 2.3, configuration: 2.2,
  'software-update': 2.2, hardware: 2, capacity: 1.8, network: 1.5, 'third-party': 1, other: 0.8,
};

/**
 * A denial in the cause's own clause, a little further than phases' default negation reach:
 * before it ("did not believe it had been hacked", "ha escluso che si tratti di un attacco") or
 * after it ("a cyberattack was ruled out", "était écartée").
 */
const DENIAL_REACH: NegationReach = { before: 45, after: 30, withinClause: true };
/** Where the verb ends the clause, its denial stands further after the cause ("hacker grubu … ilgisinin olmadığını"). */
const VERB_FINAL_DENIAL_REACH: NegationReach = { before: 45, after: 60, withinClause: true };

/** How far before the cause a verb of denial reaches: its whole clause. */
const DENIAL_VERB_REACH = 110;

function deniedByVerb(ctx: Context, s: Sentence, cue: TermMatch): boolean {
  return ctx.termsIn(s).some((n) => n.payload.kind === 'denial' && n.end <= cue.start && cue.start - n.end <= DENIAL_VERB_REACH &&
    !/[;:—–(]/.test(ctx.at.folded.slice(n.end, cue.start)));
}

/** How far a word of speculation reaches from the cause: its clause. */
const SPECULATION_REACH = { before: 80, after: 50 };

function speculated(ctx: Context, s: Sentence, cue: TermMatch): boolean {
  const text = ctx.at.folded;
  return ctx.termsIn(s).some((n) => n.payload.kind === 'speculation' && (
    (n.end <= cue.start && cue.start - n.end <= SPECULATION_REACH.before && !/[;:—–(.,，、]/.test(text.slice(n.end, cue.start))) ||
    (n.start >= cue.end && n.start - cue.end <= SPECULATION_REACH.after && !/[;:—–(.,，、]/.test(text.slice(cue.end, n.start))) ||
    (n.start <= cue.start && n.end >= cue.end)));
}

export function findCause(ctx: Context, services: RankedService[] = []): OutageReport['cause'] {
  const own = services.flatMap((x) => [x.fact.name, x.fact.company ?? '']).filter(Boolean).map((n) => n.toLowerCase());
  let best: { category: CauseCategory; score: number; start: number; end: number } | null = null;
  let unknown: { start: number; end: number } | null = null;
  const clocks = ctx.clocks();
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s)) continue;
    for (const t of ctx.termsIn(s)) {
      if (t.payload.kind === 'unknownCause' && !unknown) unknown = { start: t.start, end: t.end };
      if (t.payload.kind !== 'cause') continue;
      const causal = ctx.at.isTitle(s) || ctx.isOutageSentence(s) || ctx.has(s, 'restore') || ctx.has(s, 'resolved') || ctx.has(s, 'apology') || ctx.has(s, 'said') || ctx.has(s, 'causeCue');
      if (!causal) continue;
      // "not a cyberattack", "escluso un attacco", "la piste d'une cyberattaque était écartée":
      // a cause ruled out is no cause.
      if (isNegated(ctx, s, t) || isNegated(ctx, s, t, ctx.lang.data.verbFinal === true ? VERB_FINAL_DENIAL_REACH : DENIAL_REACH) || deniedByVerb(ctx, s, t)) continue;
      // "Speculation about a hacker attack spread on forums", "a group claimed it, without proof":
      // a cause told as a guess or a claim in its own clause is no cause.
      if (speculated(ctx, s, t)) continue;
      // "In its latest update, Microsoft said …": an update of the news, not a software update.
      if (ctx.termsIn(s).some((r) => r.payload.kind === 'report' && r.start <= t.start && r.end >= t.end)) continue;
      // "In its 17:51 update", "午後5時51分の更新で", "in an update at 10:30 GMT": a status update, dated by its clock time.
      if (t.payload.category === 'software-update' && clocks.some((c) => (c.end <= t.start && t.start - c.end <= 4) || (c.start >= t.end && c.start - t.end <= 5))) continue;
      // "unable to refresh their pages" (تحديث): a symptom in the cause's words.
      if (ctx.termsIn(s).some((r) => r.payload.kind === 'causeLookalike' && r.start < t.end && r.end > t.start)) continue;
      // The story's own company is not a "third party" ("an update from CrowdStrike" in a CrowdStrike story).
      const words = ctx.at.folded.slice(t.start, t.end);
      if (t.payload.category === 'third-party' && own.some((n) => n.includes(words) || words.includes(n))) continue;
      // "caused by", "بسبب", "原因": a phrase beside a word that introduces a cause is the cause.
      const introduced = ctx.cues(s, 'causeCue').some((c) => Math.abs(c.start - t.start) <= 60);
      const score = SPECIFICITY[t.payload.category] + (t.end - t.start) / 40 + (ctx.isOutageSentence(s) ? 1 : 0) + (ctx.at.isTitle(s) ? 0.5 : 0) + (introduced ? 1.2 : 0);
      if (!best || score > best.score) best = { category: t.payload.category, score, start: t.start, end: t.end };
    }
  }
  // "L'accès à internet reste coupé … la coupure a été ordonnée par le gouvernement": where access
  // itself is what failed and no cause is told, the authorities named beside the cut made it.
  // (Not where the story says the cause is not known; and not the authorities as the ones who
  // told of the cut: "internet was disrupted, the government said".)
  if (!best && !unknown && services[0] && isAccessService(services[0].fact.name)) {
    // (In a sentence of the cut, or right after one: "… sin internet desde el lunes. El corte fue dispuesto por el Gobierno".)
    const all = ctx.sentences();
    const ofCut = (s: Sentence) => !ctx.isPast(s) && (ctx.isOutageSentence(s) || ctx.has(s, 'serviceDown'));
    const teller = (s: Sentence, t: TermMatch) => ctx.cues(s, 'said').some((v) => Math.abs(v.start - t.end) <= 20 || Math.abs(t.start - v.end) <= 20);
    const cut = all.find((s, i) => !ctx.isPast(s) && ctx.has(s, 'authority') && (ofCut(s) || (i > 0 && ofCut(all[i - 1]))));
    const by = cut ? ctx.cues(cut, 'authority').find((t) => !isNegated(ctx, cut, t) && !teller(cut, t)) : undefined;
    if (by) best = { category: 'government-shutdown', score: 0, start: by.start, end: by.end };
  }
  if (best && (!unknown || best.score >= 2.5)) {
    const ev = ctx.at.evidence(best.start, best.end);
    return { category: best.category, text: ctx.at.text.slice(ev.start, ev.end), evidence: ev };
  }
  if (unknown) {
    const ev = ctx.at.evidence(unknown.start, unknown.end);
    return { category: 'unknown', text: ctx.at.text.slice(ev.start, ev.end), evidence: ev };
  }
  return { category: 'unknown', text: null, evidence: null };
}
