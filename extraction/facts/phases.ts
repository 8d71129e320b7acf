/**
 * The outage's phases from the words around each time: when it began, when service came
 * back, how long it lasted, and where it stands now (status).
 */
import type { OutageStatus, TimePoint } from '../report';
import type { Sentence } from '../text/article-text';
import type { FoundTime } from '../time/resolve';
import { dayPoint } from '../time/resolve';
import { zoneOffsetMinutes } from '../time/zones';
import type { DateMark } from '../time/dates';
import type { Context, TermMatch } from './context';

export type Phase = 'start' | 'report' | 'restore' | 'resolved' | 'update' | null;

const PHASE_CUES = ['start', 'report', 'restore', 'resolved', 'update'] as const;

/** The phase a position in a sentence speaks of: the nearest phase cue, preferring cues before it. */
export function phaseAt(ctx: Context, s: Sentence, pos: number, otherTimes: number[] = []): Phase {
  let best: { phase: Phase; dist: number } | null = null;
  const terms = ctx.termsIn(s);
  // "Trade opened at 10am, but stocks were halted at 10.24am": a cue past another time of the
  // sentence, and nearer to it, dates that one.
  const nearerToAnother = (t: TermMatch) => otherTimes.some((o) => (o > pos ? t.start >= o : t.end <= o) && Math.abs(o - t.start) < Math.abs(pos - t.start));
  for (const t of terms) {
    if (nearerToAnother(t)) continue;
    let kind = t.payload.kind as (typeof PHASE_CUES)[number];
    // "went down at 09:15", "crashed at 3 pm": the failure word dates the start; with a
    // "until" between ("was down until 11:40") it dates the return.
    if ((t.payload.kind as string) === 'serviceDown') {
      const [a, b] = t.end <= pos ? [t.end, pos] : [pos, t.start];
      // Only near the time: "dejó de responder hacia la 1.00 …, y a media tarde …: la Store no
      // carga" does not date the return.
      if (b - a > 50) continue;
      // (A range word that also opens a start is "from", not "until": "0時45分ごろから障害".)
      const until = (r: TermMatch) => r.payload.kind === 'rangeTo' && r.start >= a && r.end <= b && !terms.some((x) => x.payload.kind === 'start' && x.start <= r.start && x.end >= r.end);
      kind = terms.some(until) ? 'restore' : 'start';
    }
    // "İşlemler yeniden başladı" (trading started again), "erneut gestartet": a return.
    // (A start word, not a failure word taken as one: "again went down at 14:00" began again.)
    if (t.payload.kind === 'start' && terms.some((a) => a.payload.kind === 'again' && a.end <= t.start && t.start - a.end <= 2)) kind = 'restore';
    if (!PHASE_CUES.includes(kind)) continue;
    // "not yet restored by 16:00" does not make 16:00 the end.
    if ((kind === 'restore' || kind === 'resolved') && isNegated(ctx, s, t)) continue;
    // The phase word stands before the time in most languages ("restored at 08:50"), after it
    // where the verb ends the clause ("12.12'de giderildi", "午後6時4分ごろに復旧した").
    const verbFinal = ctx.lang.data.verbFinal === true;
    const before = t.end <= pos;
    let dist = before ? pos - t.end : t.start - pos;
    if (before === verbFinal) dist = dist * 1.6 + 4;
    // "began to come back", "بدأت الرسائل تصل من جديد": a return outweighs the "began" beside it.
    if (kind === 'restore' || kind === 'resolved') dist *= 0.5;
    if (!best || dist < best.dist) best = { phase: kind, dist };
  }
  return best?.phase ?? null;
}

export interface Phases {
  start: FoundTime | null;
  end: FoundTime | null;
  durationMinutes: number | null;
  status: OutageStatus;
  /** Phase of every found time, by index in `times`. */
  phaseOf: Map<FoundTime, Phase>;
}

export function findPhases(ctx: Context, times: FoundTime[], dates: DateMark[]): Phases {
  const phaseOf = new Map<FoundTime, Phase>();
  const current = times.filter((t) => !ctx.isPast(t.sentence));
  for (let i = 0; i < current.length; i++) {
    const t = current[i];
    let phase = phaseAt(ctx, t.sentence, t.start, current.filter((o) => o !== t && o.sentence === t.sentence).map((o) => o.start));
    // "from 07:17 to 08:50": the second time of a range ends it.
    const prev = current[i - 1];
    if (prev && prev.sentence === t.sentence && isRange(ctx, prev, t)) {
      phaseOf.set(prev, phaseOf.get(prev) === 'report' ? 'report' : 'start');
      phase = 'restore';
    }
    phaseOf.set(t, phase);
  }
  const starts = current.filter((t) => phaseOf.get(t) === 'start' || phaseOf.get(t) === 'report');
  const ends = current.filter((t) => phaseOf.get(t) === 'restore' || phaseOf.get(t) === 'resolved');
  const byTime = (a: FoundTime, b: FoundTime) => (a.ms ?? Infinity) - (b.ms ?? Infinity) || a.start - b.start;
  let start: FoundTime | null = [...starts].sort(byTime)[0] ?? null;
  // A start word's time with no zone to fix it ("gece yarısı", at midnight) gives way to a time of
  // the failure the text does fix ("TSİ 00.52'de yanıt vermez hale geldi"); it stays where none does.
  const unresolved = start !== null && start.ms === null ? start : null;
  if (unresolved) start = null;
  // Where no time is said to be the start: the earliest resolved time, not a restoration, before the first return.
  const firstEnd = [...ends].sort(byTime)[0];
  const earliestBeforeReturn = (candidates: FoundTime[]) => candidates
    .filter((t) => t.ms !== null && !ends.includes(t) && (!firstEnd || firstEnd.ms === null || t.ms < firstEnd.ms))
    .sort(byTime)[0] ?? null;
  // First of a sentence of the failure, or one a phase word dates.
  if (!start) start = earliestBeforeReturn(current.filter((t) => ctx.isOutageSentence(t.sentence) || phaseOf.get(t) !== null));
  // "At about 14:00 users found their phones had no signal … by 16:30 the company said …, which
  // began …": a time of the failure told earlier in the story, and earlier in the day, than the
  // one a phase word dates, is when it began.
  else if (start.ms !== null) {
    const earlier = earliestBeforeReturn(current.filter((t) => phaseOf.get(t) === null && t.isClock && ctx.isOutageSentence(t.sentence)
      && t.sentence.index < start!.sentence.index && t.ms !== null && t.ms < start!.ms! && start!.ms! - t.ms < DAY / 2));
    if (earlier) start = earlier;
  }
  if (!start) {
    // Else of a sentence right after one of the failure ("The network went down nationwide.
    // Trading froze at about 10:00 …").
    const sentences = ctx.sentences();
    const followsFailure = (t: FoundTime) => {
      const before = sentences[sentences.indexOf(t.sentence) - 1];
      return before !== undefined && ctx.isOutageSentence(before) && !ctx.isPast(before);
    };
    start = earliestBeforeReturn(current.filter(followsFailure));
  }
  if (!start) {
    // Else a time whose zone is written with it, where no other time is dated: "Zugeschlagen
    // hatten die Angreifer am Dienstag um 5.45 Uhr MESZ", "les groupes électrogènes ont lâché vers
    // 22 heures, heure de La Réunion". A story writes out the zone for the moment it turns on.
    // (In a sentence of the systems, a service or a cause: "its shares were quoted at 10:00 GMT" dates nothing of it.)
    const ofTheSystems = (s: Sentence) => ctx.has(s, 'digital') || ctx.has(s, 'cause') || ctx.entitiesIn(s).some((e) => e.payload.type === 'service');
    start = earliestBeforeReturn(current.filter((t) => t.isClock && t.zoneWritten && phaseOf.get(t) === null && ofTheSystems(t.sentence)));
  }
  if (!start) {
    // No clock time for the start: a day ("on Tuesday") in a sentence that says it began.
    const day = dates.find((d) => d.precision === 'day' && !ctx.isPast(ctx.at.sentenceAtFolded(d.start)) && ['start', 'report'].includes(phaseAt(ctx, ctx.at.sentenceAtFolded(d.start), d.start) ?? '') && ctx.isOutageSentence(ctx.at.sentenceAtFolded(d.start)));
    if (day && !unresolved) start = dayPoint(ctx, day);
  }
  if (!start) start = unresolved;
  if (start) start = onTheStartDay(ctx, start, dates);
  // The latest resolved return; an unresolved one only when no return has a known instant.
  const resolvedEnds = ends.filter((t) => t.ms !== null);
  let end: FoundTime | null = resolvedEnds.length > 0 ? [...resolvedEnds].sort(byTime).pop()! : ends[ends.length - 1] ?? null;
  if (!end) {
    // No time said to be the return: the latest time of a sentence that tells of the service
    // back ("restored step by step from about 15:00; since 15:45 it works again"), after the start.
    const back = current.filter((t) => t.ms !== null && t !== start && (start?.ms == null || t.ms! > start.ms) && sentenceState(ctx, t.sentence) === 'resolved');
    end = back.sort(byTime).pop() ?? null;
  }
  // A return written as a clock time earlier than the start, with no day of its own, is the next day's (past midnight).
  if (start && end && start.ms !== null && end.ms !== null && end.ms <= start.ms && end.isClock && start.ms - end.ms < DAY && !dayWrittenNear(ctx, end, dates)) {
    const ms = end.ms + DAY;
    end = { ...end, ms, point: { ...end.point, iso: new Date(ms).toISOString().replace('.000Z', 'Z') } };
  }
  if (start && end && start.ms !== null && end.ms !== null && end.ms <= start.ms) end = null;

  const stated = statedDuration(ctx);
  const claims = statusScores(ctx);
  let durationMinutes: number | null = null;
  if (start?.ms != null && end?.ms != null && start.isClock && end.isClock) durationMinutes = Math.round((end.ms - start.ms) / 60000);
  else if (stated !== null) durationMinutes = stated.minutes;
  // "began at 07:17 GMT … lasted about two hours": the text fixes the return too, roughly.
  // Only once the story says it is over ("has lasted three hours so far" fixes nothing).
  if (!end && start?.ms != null && start.isClock && stated !== null && !ctx.isPast(stated.sentence) && decideStatus(claims, false) === 'resolved') {
    const ms = start.ms + stated.minutes * 60000;
    end = {
      point: {
        iso: new Date(ms).toISOString().replace('.000Z', 'Z'),
        text: ctx.at.text.slice(ctx.at.toOriginal(stated.start), ctx.at.toOriginal(stated.end - 1) + 1),
        precision: start.point.precision,
        approximate: true,
        evidence: ctx.at.evidence(stated.start, stated.end),
        zone: start.point.zone,
      },
      sentence: stated.sentence,
      start: stated.start,
      end: stated.end,
      ms,
      isClock: false,
    };
  }

  return { start, end, durationMinutes, status: decideStatus(claims, end !== null), phaseOf };
}

const DAY = 86_400_000;

/** A date written in the same sentence right before the time ("on 19 Dec at 00:30"). */
/**
 * "Lumpuh sejak Selasa (11/8) siang dan kembali normal pada Rabu (12/8). … Sinyal hilang sejak
 * sekitar pukul 14.30 WIB": a start time with no day in its own sentence took the last day the
 * story named (the return's); the day the story gave the start is its day.
 */
function onTheStartDay(ctx: Context, start: FoundTime, dates: DateMark[]): FoundTime {
  if (!start.isClock || start.ms === null || !start.point.zone) return start;
  const sentenceOf = (d: DateMark) => ctx.at.sentenceAtFolded(d.start);
  const days = dates.filter((d) => d.precision === 'day' && d.dayMs !== null && !ctx.isPast(sentenceOf(d)));
  if (days.some((d) => sentenceOf(d) === start.sentence)) return start;
  const before = days.filter((d) => sentenceOf(d).index < start.sentence.index);
  const startDay = before.filter((d) => phaseAt(ctx, sentenceOf(d), d.start) === 'start').pop();
  // (Only where a later day was named after it, and so carried to the time.)
  if (!startDay || before[before.length - 1] === startDay) return start;
  const zone = start.point.zone === 'GMT' ? 'Z' : start.point.zone;
  const offset = zoneOffsetMinutes(zone, start.ms);
  if (offset === null) return start;
  const localDay = Math.floor((start.ms + offset * 60000) / DAY) * DAY;
  const shift = startDay.dayMs! - localDay;
  if (shift === 0 || Math.abs(shift) > 3 * DAY) return start;
  const ms = start.ms + shift;
  return { ...start, ms, point: { ...start.point, iso: new Date(ms).toISOString().replace('.000Z', 'Z') } };
}

function dayWrittenNear(ctx: Context, t: FoundTime, dates: DateMark[]): boolean {
  return dates.some((d) => d.precision === 'day' && d.end <= t.start && t.start - d.end <= 20 && ctx.at.sentenceAtFolded(d.start) === t.sentence);
}

// Conjunctions listed among "range" words ("from 9 and 11") say less on their own than "until".
const CONJUNCTIONS = new Set(['and', 'et', 'e', 'ed', 'y', 'und', 've', 'dan', 'и', 'و']);

function isRange(ctx: Context, a: FoundTime, b: FoundTime): boolean {
  const between = ctx.at.folded.slice(a.end, b.start);
  const rangeWords = ctx.termsIn(a.sentence).filter((t) => t.payload.kind === 'rangeTo' && t.start >= a.end && t.end <= b.start);
  // "began at 20.25 … and lasted until 22.12", "jusqu'à 11h": an "until" just before the second time.
  // "… bis Samstag, 4.25 Uhr", "until Saturday at 4:25": a day may stand between.
  const dayBetween = (t: TermMatch) => ctx.dates.some((d) => d.start >= t.end && d.start - t.end <= 3 && d.end <= b.start && b.start - d.end <= 6);
  if (rangeWords.some((t) => (b.start - t.end <= 6 || dayBetween(t)) && !CONJUNCTIONS.has(ctx.at.folded.slice(t.start, t.end)))) return true;
  if (between.length > 14) return false;
  return /^\s*[-–—]\s*$/.test(between) || rangeWords.length > 0;
}

/** "for two hours", "lasted about six hours", "لمدة ساعتين", "pendant plus de deux heures". */
export function statedDuration(ctx: Context): { minutes: number; start: number; end: number; sentence: Sentence } | null {
  const { folded } = ctx.at;
  let best: { minutes: number; start: number; end: number; sentence: Sentence } | null = null;
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s)) continue;
    const terms = ctx.termsIn(s);
    for (const unit of terms.filter((t) => t.payload.kind === 'durUnit')) {
      const perUnit = (unit.payload as { minutes: number }).minutes;
      const before = folded.slice(Math.max(s.foldedStart, unit.start - 24), unit.start);
      const digits = /(\d+(?:[.,]\d+)?)\s*$/.exec(before);
      const word = terms.filter((t) => t.payload.kind === 'number' && t.end <= unit.start && unit.start - t.end <= 2).pop();
      let count: number | null = null;
      let countStart = unit.start;
      if (digits) {
        count = Number(digits[1].replace(',', '.'));
        countStart = unit.start - digits[0].length;
      } else if (word) {
        count = (word.payload as { value: number }).value;
        countStart = word.start;
      } else if (perUnit >= 120 || isDual(unit, folded) || unit.term.includes(' ')) {
        count = 1; // dual forms ("ساعتين") and "an hour" carry their own count
      }
      if (count === null) continue;
      const cue = terms.some((t) => (t.payload.kind === 'durationCue' || t.payload.kind === 'approxNum') && t.end <= countStart && countStart - t.end <= 12);
      const outagey = ctx.isOutageSentence(s) || ctx.has(s, 'restore') || ctx.has(s, 'resolved');
      if (!cue || !outagey) continue;
      const minutes = Math.round(count * perUnit);
      if (minutes > 0 && minutes < 60 * 24 * 30 && (best === null || minutes > best.minutes)) best = { minutes, start: countStart, end: unit.end, sentence: s };
    }
  }
  return best;
}

function isDual(unit: TermMatch, folded: string): boolean {
  return /(ين|ان)$/.test(folded.slice(unit.start, unit.end));
}

/** How far from a cue a negation word may stand (characters), and whether it must be in the cue's clause. */
export interface NegationReach {
  before: number;
  /** null: never after the cue. */
  after: number | null;
  withinClause: boolean;
}

const CLAUSE_BREAK = /[,;:—–(]|(?:^|\s)(?:but|mais|pero|mas|ma|aber|но|ama|tetapi|但)(?=\s|$)/;

/**
 * A cue the sentence negates ("not yet resolved", "لم يتم إصلاح", "pas encore rétabli"): by
 * default a negation word just before it (or, in Japanese and Chinese, just after).
 */
export function isNegated(ctx: Context, s: Sentence, cue: TermMatch, reach?: NegationReach): boolean {
  const { before, after, withinClause } = reach ?? { before: 14, after: ctx.lang.data.spaces ? null : 4, withinClause: false };
  const inClause = (a: number, b: number) => !withinClause || !CLAUSE_BREAK.test(ctx.at.folded.slice(a, b));
  return ctx.termsIn(s).some(
    (t) =>
      t.payload.kind === 'negation' &&
      // (A negation that runs into the cue negates it too: "ما زال العطل", "still" + "the fault ended".)
      ((t.end <= cue.start && cue.start - t.end <= before && inClause(t.end, cue.start)) ||
        (t.start < cue.start && t.end > cue.start) ||
        (after !== null && t.start >= cue.end && t.start - cue.end <= after && inClause(cue.end, t.start))),
  );
}

/**
 * A return as an aim: "working to restore", "para restablecer" just before it, or "復旧に向け",
 * "düzeltmek için" just after it where the verb comes last or words are not spaced.
 */
function isPending(ctx: Context, s: Sentence, cue: TermMatch): boolean {
  const after = ctx.lang.data.verbFinal || !ctx.lang.data.spaces ? 6 : -1;
  if (ctx.termsIn(s).some((t) => t.payload.kind === 'pending' && ((t.end <= cue.start && cue.start - t.end <= 32) || (t.start >= cue.end && t.start - cue.end <= after)))) return true;
  // "Non è possibile stimare quando si tornerà alla normalità", "aucune indication sur un délai de
  // rétablissement": a return word after "when" in its clause is asked about, not told.
  const text = ctx.at.folded;
  return ctx.termsIn(s).some((t) => t.payload.kind === 'when' && ((t.end <= cue.start && cue.start - t.end <= 40 && !/[.;:!?,]/.test(text.slice(t.end, cue.start))) || (ctx.lang.data.verbFinal && t.start >= cue.end && t.start - cue.end <= 8)));
}

type State = 'resolved' | 'partial' | 'ongoing';
interface StatusScores {
  score: Record<State, number>;
  titleFixed: boolean;
  /** Weight of the sentences that tell of a return still partial ("some services are coming back, but many still offline"). */
  partialReturn: number;
}

/** What one sentence says of the state of service, if anything. */
export function sentenceState(ctx: Context, s: Sentence): State | 'partialReturn' | 'apologised' | null {
  // "No date yet for the return to normal": return words here tell of what has not happened.
  if (ctx.has(s, 'noReturnYet')) return ctx.cues(s, 'partial').length > 0 ? 'partial' : 'ongoing';
  const notYet = (c: TermMatch) => isNegated(ctx, s, c) || isPending(ctx, s, c);
  const live = (kind: 'resolved' | 'restore') => ctx.cues(s, kind).filter((c) => !notYet(c));
  const negatedFix = [...ctx.cues(s, 'resolved'), ...ctx.cues(s, 'restore')].some(notYet);
  const fixes = [...live('resolved'), ...live('restore')];
  const resolved = live('resolved').length > 0;
  const restore = live('restore').length > 0;
  // "back for some users" is partial; "some people had problems … we fixed it" is not:
  // beside a return, a partial word counts only close to it. A headline says where things
  // stand now in all its words: "eCitizen back online, but M-Pesa payments still patchy".
  const partials = ctx.cues(s, 'partial');
  const partial = fixes.length === 0 || ctx.at.isTitle(s) ? partials.length > 0 : partials.some((p) => fixes.some((f) => Math.abs(p.start - f.start) <= 60));
  const ongoing = ctx.has(s, 'ongoing') || negatedFix;
  // "Restored gradually, and everything was back in order by 4:20": a full fix told after the partial words ends it.
  if (resolved && partial && live('resolved').some((r) => partials.every((p) => p.start < r.start))) return 'resolved';
  if ((resolved || restore) && partial) return 'partialReturn';
  if (resolved) return 'resolved';
  // An apology alone: what it says of the state is weak (see statusScores).
  if (!restore && !ongoing && !partial && ctx.has(s, 'apology')) return 'apologised';
  if (restore) return ongoing ? 'partial' : 'resolved';
  if (ongoing) return partial ? 'partial' : 'ongoing';
  return null;
}

/**
 * Where the outage stands: each sentence's claim, weighted (the headline and the lead say the
 * latest state; later paragraphs often tell the story from its beginning).
 */
function statusScores(ctx: Context): StatusScores {
  const score: Record<State, number> = { resolved: 0, partial: 0, ongoing: 0 };
  let titleFixed = false;
  let partialReturn = 0;
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s)) continue;
    const said = sentenceState(ctx, s);
    if (!said) continue;
    const weight = ctx.at.isTitle(s) ? 2.5 : ctx.at.leadParagraph(s) <= 2 ? 1.5 : 1;
    if (said === 'partialReturn') partialReturn += weight;
    const state = said === 'partialReturn' ? 'partial' : said;
    // "Sorry for the trouble" leans towards an end, weakly, and never settles the headline.
    if (state === 'apologised') {
      score.resolved += weight * 0.5;
      continue;
    }
    if (state === 'resolved' && ctx.at.isTitle(s)) titleFixed = true;
    score[state] += weight;
  }
  return { score, titleFixed, partialReturn };
}

function decideStatus({ score: claimed, titleFixed, partialReturn }: StatusScores, hasEnd: boolean): OutageStatus {
  const score = { ...claimed, resolved: claimed.resolved + (hasEnd ? 0.5 : 0) };
  // Fixed for most, but some still waiting: the story is of a partial return.
  if (score.resolved > 0 && score.partial >= 0.5 * score.resolved && !titleFixed) return 'partial';
  // On a tie the story has not said it is over: the less final state.
  const order: State[] = ['ongoing', 'partial', 'resolved'];
  const best = order.map((k) => [k, score[k]] as [State, number]).sort((a, b) => b[1] - a[1])[0];
  if (best[1] === 0) return 'ongoing';
  // A return under way is news told after the failure itself: headline and lead tell of the
  // failure ("leaves millions without service"), a later paragraph of services coming back.
  // The story then stands at a partial return, however often the failure is told.
  if (best[0] === 'ongoing' && partialReturn > 0) return 'partial';
  // "Back after a three-hour outage" over a body where only the main functions came back and
  // users still report trouble: the return told as partial, with failure still told, stands.
  if (best[0] === 'resolved' && partialReturn > 0 && score.ongoing > 0) return 'partial';
  return best[0];
}
