/**
 * Calendar dates in an article: explicit ("25 October 2022", "October 4", "25/10/2022",
 * "10月25日"), month and year ("October 2021", "أكتوبر 2021"), weekdays ("Tuesday", "الثلاثاء"),
 * relative days ("yesterday", "أمس") and parts of today ("this morning", "صباح اليوم").
 * Each is resolved against the publication date where it needs one.
 */
import type { Context } from '../facts/context';

export interface DateMark {
  /** Folded offsets. */
  start: number;
  end: number;
  /** UTC midnight of the day (or first day of the month/year); null when it cannot be fixed. */
  dayMs: number | null;
  precision: 'day' | 'month' | 'year';
  /** The month/year when only those are known. */
  year: number | null;
  month: number | null;
  /** The year is written ("25 October 2022"), not inferred from the publication date. */
  explicitYear?: boolean;
}

const DAY = 86400000;

function utcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

export function findDates(ctx: Context): DateMark[] {
  const { folded } = ctx.at;
  const out: DateMark[] = [];
  const pub = ctx.published;
  const pubDay = pub === null ? null : utcDay(pub);
  const pubYear = ctx.publishedYear();

  // Numeric dates: 2022-10-25, 25/10/2022, 25.10.2022.
  for (const m of folded.matchAll(/(?<![\d.\/-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g)) {
    push(out, m.index!, m.index! + m[0].length, Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  }
  for (const m of folded.matchAll(/(?<![\d.\/:,])(\d{1,2})[\/.](\d{1,2})[\/.](\d{4})(?![\d])/g)) {
    let d = Number(m[1]);
    let mo = Number(m[2]);
    if (ctx.lang.data.code === 'en' && mo > 12 && d <= 12) [d, mo] = [mo, d];
    push(out, m.index!, m.index! + m[0].length, Number(m[3]), mo - 1, d);
  }
  // CJK: 2022年10月25日, 10月25日.
  for (const m of folded.matchAll(/(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]/g)) {
    const y = m[1] ? Number(m[1]) : inferYear(pub, Number(m[2]) - 1, Number(m[3]));
    if (y !== null) push(out, m.index!, m.index! + m[0].length, y, Number(m[2]) - 1, Number(m[3]), Boolean(m[1]));
  }

  // CJK day of the month alone: "6日", "19日0時30分" (the month is the story's).
  for (const m of folded.matchAll(/(?<![\d月])(\d{1,2})\s*[日号號](?!本)/g)) {
    if (pub === null) break;
    const day = Number(m[1]);
    const p = new Date(pub);
    let y = p.getUTCFullYear();
    let mo = p.getUTCMonth();
    if (day > p.getUTCDate() + 1) mo -= 1; // "28日" in a story of the 3rd: last month
    if (mo < 0) { mo = 11; y -= 1; }
    push(out, m.index!, m.index! + m[0].length, y, mo, day, false);
  }

  const months = ctx.terms.filter((t) => t.payload.kind === 'month');
  for (const mt of months) {
    const month = (mt.payload as { month: number }).month;
    const before = folded.slice(Math.max(0, mt.start - 8), mt.start);
    const after = folded.slice(mt.end, mt.end + 12);
    const dayBefore = /(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+)?$/.exec(before);
    // Not a time's hour ("27 Şubat 03.13"), and not when the day came first.
    const dayAfter = dayBefore ? null : /^\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![.:h]\d)/.exec(after);
    const yearAfter = /^(?:\s*\d{1,2}(?:st|nd|rd|th)?)?,?\s*(?:de\s+|del\s+)?(\d{4})(?!\d)/.exec(after);
    const day = dayBefore ? Number(dayBefore[1]) : dayAfter ? Number(dayAfter[1]) : null;
    const year = yearAfter ? Number(yearAfter[1]) : null;
    const start = dayBefore ? mt.start - dayBefore[0].length : mt.start;
    const end = yearAfter ? mt.end + yearAfter[0].length : dayAfter ? mt.end + dayAfter[0].length : mt.end;
    if (day !== null && day >= 1 && day <= 31) {
      const y = year ?? inferYear(pub, month, day);
      if (y !== null) push(out, start, end, y, month, day, year !== null);
    } else if (year !== null) {
      out.push({ start, end, dayMs: Date.UTC(year, month, 1), precision: 'month', year, month, explicitYear: true });
    } else if (pubYear !== null) {
      out.push({ start, end, dayMs: null, precision: 'month', year: null, month });
    }
  }

  for (const t of ctx.terms) {
    const p = t.payload;
    if (p.kind === 'weekday') {
      // "el martes 14", "mardi 14", "martedì 14": the weekday and its day of the month, the story's
      // month or the one before, where that day falls on that weekday.
      const withDay = pubDay === null ? null : /^,?\s*(\d{1,2})(?:st|nd|rd|th|er|\.)?(?!\d)(?![.:h]\d)/.exec(folded.slice(t.end, t.end + 8));
      // ("domingo, 21 de Outubro": the month's own date says it.)
      const monthNext = withDay !== null && months.some((m) => m.start >= t.end + withDay[0].length && m.start - (t.end + withDay[0].length) <= 5);
      const dated = withDay && !monthNext ? dayOfMonthOnWeekday(pubDay!, Number(withDay[1]), p.day) : null;
      if (dated !== null) {
        out.push({ start: t.start, end: t.end + withDay![0].length, dayMs: dated, precision: 'day', year: null, month: null });
        continue;
      }
      out.push({ start: t.start, end: t.end, dayMs: pubDay === null ? null : lastWeekday(pubDay + (aheadOfUtc(pub!) ? DAY : 0), p.day), precision: 'day', year: null, month: null });
    } else if (p.kind === 'relDay') {
      out.push({ start: t.start, end: t.end, dayMs: pubDay === null ? null : pubDay + p.offset * DAY, precision: 'day', year: null, month: null });
    } else if (p.kind === 'dayPart') {
      out.push({ start: t.start, end: t.end, dayMs: pubDay, precision: 'day', year: null, month: null });
    }
  }
  return dedupe(withWrittenDays(out.sort((a, b) => a.start - b.start)));
}

/**
 * A weekday or part of the day written right beside a full date is that date's
 * ("Kamis (12/12/2024) dini hari", "Tuesday, 5 March, in the morning"), not the week's or today's.
 */
function withWrittenDays(marks: DateMark[]): DateMark[] {
  const written = marks.filter((m) => m.precision === 'day' && m.year !== null && m.dayMs !== null);
  return marks.map((m) => {
    if (m.year !== null || m.precision !== 'day') return m;
    const beside = written.find((w) => (w.end <= m.start && m.start - w.end <= 4) || (m.end <= w.start && w.start - m.end <= 4));
    return beside ? { ...m, dayMs: beside.dayMs } : m;
  });
}

function push(out: DateMark[], start: number, end: number, y: number, m: number, d: number, explicitYear = true) {
  if (m < 0 || m > 11 || d < 1 || d > 31 || y < 1990 || y > 2100) return;
  out.push({ start, end, dayMs: Date.UTC(y, m, d), precision: 'day', year: y, month: m, explicitYear });
}

/** A day and month without a year: the latest such date not after publication (+1 day). */
function inferYear(pub: number | null, month: number, day: number): number | null {
  if (pub === null) return null;
  const y = new Date(pub).getUTCFullYear();
  return Date.UTC(y, month, day) > pub + DAY ? y - 1 : y;
}

/**
 * Late in the UTC day it is already the next day east of UTC (from 13:00 UTC in Sydney, from
 * 15:00 in Tokyo): a story published then that names "Thursday" may mean its own Thursday, the
 * UTC day after publication, rather than the one six days before.
 */
function aheadOfUtc(pub: number): boolean {
  return new Date(pub).getUTCHours() >= 13;
}

/** The most recent `weekday` on or before `dayMs`. */
function lastWeekday(dayMs: number, weekday: number): number {
  const dow = new Date(dayMs).getUTCDay();
  return dayMs - ((dow - weekday + 7) % 7) * DAY;
}

/** Overlapping marks: keep the longest (e.g. "25 October 2022" over "October"). */
function dedupe(marks: DateMark[]): DateMark[] {
  const out: DateMark[] = [];
  for (const m of marks) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) {
      if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The latest day numbered `day` on or before the day after publication that falls on `weekday` (this month's or an earlier one). */
function dayOfMonthOnWeekday(pubDay: number, day: number, weekday: number): number | null {
  if (day < 1 || day > 31) return null;
  const p = new Date(pubDay + DAY);
  for (let back = 0; back < 3; back++) {
    const ms = Date.UTC(p.getUTCFullYear(), p.getUTCMonth() - back, day);
    if (new Date(ms).getUTCDate() !== day || ms > pubDay + DAY) continue;
    if (new Date(ms).getUTCDay() === weekday) return ms;
  }
  return null;
}
