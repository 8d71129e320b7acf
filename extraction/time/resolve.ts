/**
 * Turns clock times and dates into TimePoints: each clock time takes the day of the date
 * written nearest before it in its sentence (else the last one of the story so far, else the
 * publication day), and the zone written with it (else the zone of the last zoned time
 * before it; "local time" is the zone of the one country the story names, where it keeps one).
 * Without a day or a zone it stays unresolved (iso null): never guessed.
 */
import type { Context, TermMatch } from '../facts/context';
import type { TimePoint } from '../report';
import type { Sentence } from '../text/article-text';
import type { ClockTime } from './clock';
import { COUNTRY_ZONES } from './country-zones';
import type { DateMark } from './dates';
import { isoMinute, localToUtc, zoneOffsetMinutes } from './zones';

export interface FoundTime {
  point: TimePoint;
  sentence: Sentence;
  /** Folded offsets of the phrase. */
  start: number;
  end: number;
  /** UTC ms, or null. */
  ms: number | null;
  /** A clock time (false: a day only). */
  isClock: boolean;
  /** Its zone is written with it or in its sentence, not carried from earlier in the story. */
  zoneWritten?: boolean;
}

const ZONE_LABELS: Record<string, string> = { Z: 'GMT' };
/** "Or", "that is", between a time and a date: the same moment told in another place's calendar. */
const OR_RESTATED_RE = /(?:^|[\s,(])(?:or|atau|ou|o sea|oder|ossia|cioè|то есть|yani|أي|即)(?=[\s,]|$)/u;
const DAY = 86400000;

export function findTimes(ctx: Context): { times: FoundTime[]; dates: DateMark[] } {
  const dates = ctx.dates;
  const clocks = ctx.clocks();
  const { at } = ctx;
  const times: FoundTime[] = [];
  let lastZone: string | null = null;
  let carriedDay: number | null = null;
  let dateIdx = 0;
  const dayMarks = dates.filter((d) => d.precision === 'day');

  const clockInDate = (c: ClockTime) => dates.some((d) => c.start >= d.start && c.end <= d.end);
  // "à 12h45 (10h45 GMT)", "4:50 de la tarde (20:50 GMT)": a time restated in parentheses with
  // its zone is that instant; the local one, whose zone is not written, is left to it.
  // (So is one told in "local time" with another zone in the bracket: "às 11h no horário local (12h no horário de Brasília)".)
  const restated = (c: ClockTime) => (!c.zone || c.zone === 'local') && clocks.some((o) => o.zone && (!c.zone || o.zone !== 'local') && o.start > c.end && o.start - c.end <= 40 && at.folded.slice(c.end, o.start).includes('('));
  for (const c of clocks) {
    if (clockInDate(c) || restated(c)) continue;
    const sentence = at.sentenceAtFolded(c.start);
    const past = ctx.isPast(sentence);
    // Carry the story's current day forward through the text (past sentences do not move it).
    while (dateIdx < dayMarks.length && dayMarks[dateIdx].end <= c.start) {
      const d = dayMarks[dateIdx];
      if (!ctx.isPast(at.sentenceAtFolded(d.start)) && d.dayMs !== null && !inParentheses(at.folded, d)) carriedDay = d.dayMs;
      dateIdx++;
    }
    const inSentence = dayMarks.filter((d) => d.start >= sentence.foldedStart && d.end <= sentence.foldedEnd && d.dayMs !== null);
    const before = inSentence.filter((d) => d.end <= c.start).pop();
    // A date after the time belongs to it only when close ("at 3 pm on Tuesday"), not a later clause's.
    // Nor one that opens another time's own phrase ("02.15 WIB, atau Kamis pukul 15.15 waktu …").
    const opensAnother = (d: DateMark) => clocks.some((o) => o !== c && o.start >= d.start && o.start - d.end <= 8 && !/[.;:!?()]/.test(at.folded.slice(d.end, o.start)));
    // Nor one inside a parenthesis that restates the time elsewhere ("16.13'e (TSİ 27 Şubat 03.13)").
    // Nor one after an "or" that restates the time elsewhere ("01.40 WIB, atau Kamis siang waktu Amerika").
    const restatesElsewhere = (d: DateMark) => OR_RESTATED_RE.test(at.folded.slice(c.end, d.start));
    const after = inSentence.find((d) => d.start >= c.end && d.start - c.end <= 12 && !opensAnother(d) && !inParentheses(at.folded, d) && !restatesElsewhere(d));
    const pubDay = ctx.published === null ? null : Math.floor(ctx.published / DAY) * DAY;
    // Of a date before and one just after, the nearer: "عادت … فجر الجمعة، بعد عطل بدأ عند 17:51
    // بتوقيت غرينتش مساء الخميس" (the return's Friday, the start's Thursday).
    const nearer = after && (!before || c.start - before.end > after.start - c.end) ? after : before ?? after;
    // "ليل الاثنين على الثلاثاء", "nuit de lundi à mardi", "Nacht von Montag auf Dienstag": an
    // evening hour is the first day's, a morning hour the second's.
    const night = nearer ? nightOf(ctx, nearer, inSentence) : null;
    const own = night ? (c.hour >= 12 ? night[0] : night[1]) : nearer;
    const day = own?.dayMs ?? (past ? null : carriedDay ?? pubDay);
    // No zone by the time: one named earlier in the sentence ("日本時間6日午後1時39分", "北京时间4月8日15时23分"),
    // else the story's last one.
    // ("entre 14h05 et 16h, heure de Paris": a zone written once after a range serves both.)
    const sentenceZone = c.zone ? null : zoneEarlierInSentence(ctx, sentence, c.start) ?? zoneLaterInSentence(ctx, clocks, c, sentence);
    const written = c.zone ?? sentenceZone ?? (past ? null : lastZone);
    // "当地时间5日晚9时20分" in a story of Malaysia: local time is its one country's zone.
    const zone = written === 'local' ? storyCountryZone(ctx, sentence) ?? written : written;
    if (sentenceZone && sentenceZone !== 'local' && !past) lastZone = sentenceZone;
    if (c.zone && c.zone !== 'local' && !past) lastZone = c.zone;
    let ms: number | null = null;
    if (day !== null && zone !== null) {
      // With no day written, the day is the publication's own day where the time was read
      // ("00.30 WIB" in a story published at 04:10 WIB is that morning, though still the
      // previous day in UTC).
      const fromPublication = !before && !after && carriedDay === null && ctx.published !== null && hasTimeOfDay(ctx.published);
      const offset = fromPublication ? zoneOffsetMinutes(zone, ctx.published!) : null;
      const dt = new Date(offset === null ? day : Math.floor((ctx.published! + offset * 60000) / DAY) * DAY);
      ms = localToUtc(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate(), c.hour, c.minute, zone);
      // A reported time hours after the story was published is from the evening before.
      if (ms !== null && ctx.published !== null && !before && !after && ms - ctx.published > 3 * 3600000 && hasTimeOfDay(ctx.published)) ms -= DAY;
    }
    // The byline's own time ("Published 25 Oct 2022 - 11:30 GMT") is not an event of the outage.
    if (ms !== null && ctx.published !== null && hasTimeOfDay(ctx.published) && Math.abs(ms - ctx.published) < 60000) continue;
    times.push({
      point: {
        iso: ms === null ? null : isoMinute(ms),
        text: at.text.slice(at.toOriginal(c.start), at.toOriginal(c.end - 1) + 1),
        precision: c.hasMinutes ? 'minute' : 'hour',
        approximate: c.approximate,
        evidence: at.evidence(c.start, c.end),
        zone: zone === null ? null : ZONE_LABELS[zone] ?? zone,
      },
      sentence,
      start: c.start,
      end: c.end,
      ms,
      isClock: true,
      zoneWritten: (c.zone ?? sentenceZone ?? 'local') !== 'local',
    });
  }
  return { times, dates };
}

/**
 * The zone of the one country the sentence names, else of the one country the story names (in
 * its present sentences), where that country keeps a single zone.
 */
function storyCountryZone(ctx: Context, s: Sentence): string | null {
  const only = (codes: Set<string>) => (codes.size === 1 ? COUNTRY_ZONES[[...codes][0]] ?? null : null);
  const named = (terms: TermMatch[]) => new Set(terms.flatMap((t) => (t.payload.kind === 'country' ? [t.payload.code] : [])));
  const inSentence = named(ctx.termsIn(s));
  if (inSentence.size > 0) return only(inSentence);
  return only(named(ctx.sentences().filter((x) => !ctx.isPast(x)).flatMap((x) => ctx.termsIn(x))));
}

function zoneEarlierInSentence(ctx: Context, s: Sentence, before: number): string | null {
  // The last zone before the time; of zones ending together, the longest ("豪州東部時間" holds "東部時間").
  let found: { zone: string; start: number; end: number } | null = null;
  for (const t of ctx.termsIn(s)) {
    if (t.payload.kind !== 'zone' || t.end > before) continue;
    if (!found || t.end > found.end || (t.end === found.end && t.start < found.start)) found = { zone: t.payload.zone, start: t.start, end: t.end };
  }
  return found?.zone ?? null;
}

/**
 * The zone of a later clock time of the same sentence (a range's end carries it for both), or a
 * zone written shortly after the time with a day between ("9:45 on Saturday morning, UAE time",
 * "9:45 من صباح السبت بتوقيت الإمارات") and no other time before it.
 */
function zoneLaterInSentence(ctx: Context, clocks: ClockTime[], c: ClockTime, s: Sentence): string | null {
  const next = clocks.find((o) => o.start > c.end && o.start < s.foldedEnd && o.zone);
  const nextClock = clocks.find((o) => o.start > c.end && o.start < s.foldedEnd);
  const zoneTerm = ctx.termsIn(s).find((t) => t.payload.kind === 'zone' && t.start >= c.end && t.start - c.end <= 32 && (!nextClock || t.start < nextClock.start));
  if (zoneTerm && zoneTerm.payload.kind === 'zone') return zoneTerm.payload.zone;
  // "Dalle 23.52 di lunedì 14 luglio alle 00.54 di martedì 15, ora italiana": the range's end
  // takes its zone across a day, and the start takes the end's.
  return next?.zone ?? (nextClock && nextClock.start - c.end <= 60 ? zoneLaterInSentence(ctx, clocks, nextClock, s) : null);
}

function hasTimeOfDay(ms: number): boolean {
  return ms % DAY !== 0;
}

/** A day-precision TimePoint for a date mark (used when no clock time says when). */
export function dayPoint(ctx: Context, d: DateMark): FoundTime {
  const { at } = ctx;
  return {
    point: {
      iso: d.dayMs === null ? null : isoMinute(d.dayMs),
      text: at.text.slice(at.toOriginal(d.start), at.toOriginal(d.end - 1) + 1),
      precision: d.precision,
      approximate: false,
      evidence: at.evidence(d.start, d.end),
      zone: null,
    },
    sentence: at.sentenceAtFolded(d.start),
    start: d.start,
    end: d.end,
    ms: d.dayMs,
    isClock: false,
  };
}

/**
 * A date opening a parenthesis just before it: a restatement of a time elsewhere ("16.13'e (TSİ
 * 27 Şubat 03.13)"), neither the day of the time before it nor the story's day from then on.
 */
function inParentheses(folded: string, d: DateMark): boolean {
  const open = folded.lastIndexOf('(', d.start);
  return open >= 0 && d.start - open <= 12 && !folded.slice(open, d.start).includes(')');
}

/** The pair of weekdays a night spans, written one straight after the other ("lundi à mardi"), when `d` is one of them. */
function nightOf(ctx: Context, d: DateMark, marks: DateMark[]): [DateMark, DateMark] | null {
  const isWeekday = (m: DateMark) => ctx.terms.some((t) => t.payload.kind === 'weekday' && t.start === m.start);
  if (!isWeekday(d)) return null;
  const joined = (a: DateMark, b: DateMark) => b.start > a.end && b.start - a.end <= 6 && isWeekday(a) && isWeekday(b) && /\p{L}/u.test(ctx.at.folded.slice(a.end, b.start));
  const i = marks.indexOf(d);
  if (i > 0 && joined(marks[i - 1], d)) return [marks[i - 1], d];
  if (i >= 0 && i + 1 < marks.length && joined(d, marks[i + 1])) return [d, marks[i + 1]];
  return null;
}
