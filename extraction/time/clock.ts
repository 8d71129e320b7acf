/**
 * Clock times as news writes them: "07:17", "07,17 بتوقيت غرينتش", "08,50 ت غ", "0750 GMT",
 * "3 am EDT", "12:30 pm IST", "9h30", "à 14h", "13.30 Uhr", "14.00'te", "午後3時", "下午3点半",
 * "15时30分", with their zone, a.m./p.m. and "around" where written.
 */
import type { Context, TermMatch } from '../facts/context';

export interface ClockTime {
  /** Folded offsets of the whole phrase (zone and "around" included). */
  start: number;
  end: number;
  hour: number;
  minute: number;
  hasMinutes: boolean;
  /** Zone as written (IANA, offset, "Z" or "local"), null when none. */
  zone: string | null;
  approximate: boolean;
}

interface Raw {
  start: number;
  end: number;
  hour: number;
  minute: number;
  hasMinutes: boolean;
  /** Needs a clock word, zone or a.m./p.m. to count ("07.17" could be a number). */
  weak: boolean;
  pm?: boolean;
  am?: boolean;
}

/** Fractions after an hour in words: "والنصف" (and a half), "والربع", "إلا ربعا" (quarter to), "et demie", "et quart". */
const FRACTIONS: Record<string, number> = { 'والنصف': 30, 'ونصف': 30, 'والربع': 15, 'وربع': 15, 'الا ربعا': -15, 'الا ربع': -15, 'et demie': 30, 'et quart': 15, 'moins le quart': -15 };
const FRACTION_RE = new RegExp(`^\\s?(${Object.keys(FRACTIONS).join('|')})`);

/** "Of" between a time and its part of the day. */
const DAY_HALF_OF_RE = /^\s?(?:من|in the)\s/;
/** A short preposition between a time and its zone. */
const ZONE_PREPOSITION_RE = /^,?\s?(?:no|na|em|in|en|à|al|nel|del|de|di)\s/;

const CJK_RE = /(午前|午後|上午|下午|凌晨|早上|早晨|晚上|傍晚|中午|夜间|夜間|晚|早)?\s*(\d{1,2})\s*[時时点點](?![間间])(?:\s*(\d{1,2})\s*分(?![钟鐘間间])|\s*(半))?/g;
const COLON_RE = /(?<![\d.,:\/])([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?![\d:])/g;
const H_RE = /(?<![\d.,:\/])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\p{L}\d])/gu;
const SEP_RE = /(?<![\d.,:\/])([01]?\d|2[0-3])([.,])([0-5]\d)(?![\d]|[.,]\d)/g;
const FOUR_RE = /(?<![\d.,:\/])([01]\d|2[0-3])([0-5]\d)(?!\d)/g;
const GLUED_AM_RE = /(?<=\d)a\.?m\.?(?![\p{L}])/gu;
const GLUED_PM_RE = /(?<=\d)p\.?m\.?(?![\p{L}])/gu;
const BARE_RE = /(?<![\d.,:\/月])(1[0-2]|0?[1-9]|1[3-9]|2[0-3])(?![\d.,:\/]|\s*[年月日号號時时点點分])/g;

export function findClockTimes(ctx: Context): ClockTime[] {
  const { folded } = ctx.at;
  const raws: Raw[] = [];
  for (const m of folded.matchAll(CJK_RE)) {
    const part = m[1] ?? '';
    raws.push({
      start: m.index!, end: m.index! + m[0].length, hour: Number(m[2]), minute: m[4] ? 30 : Number(m[3] ?? 0),
      hasMinutes: Boolean(m[3] || m[4]), weak: false,
      pm: /午後|下午|晚|夜/.test(part), am: /午前|上午|凌晨|早/.test(part),
    });
  }
  for (const m of folded.matchAll(COLON_RE)) raws.push(raw(m, true, false));
  for (const m of folded.matchAll(H_RE)) raws.push({ ...raw(m, Boolean(m[2]), false), minute: Number(m[2] ?? 0) });
  for (const m of folded.matchAll(SEP_RE)) raws.push({ start: m.index!, end: m.index! + m[0].length, hour: Number(m[1]), minute: Number(m[3]), hasMinutes: true, weak: true });
  for (const m of folded.matchAll(FOUR_RE)) raws.push({ start: m.index!, end: m.index! + m[0].length, hour: Number(m[1]), minute: Number(m[2]), hasMinutes: true, weak: true });
  for (const m of folded.matchAll(BARE_RE)) raws.push({ start: m.index!, end: m.index! + m[0].length, hour: Number(m[1]), minute: 0, hasMinutes: false, weak: true });

  // Hours written as words after a clock word: "الساعة السابعة مساءً", "à dix heures"; or with
  // no clock word, where a fraction and a part of the day follow: "منذ نحو العاشرة والنصف صباحاً".
  const numbers = ctx.terms.filter((t) => t.payload.kind === 'number');
  const dayHalves = ctx.terms.filter((t) => t.payload.kind === 'am' || t.payload.kind === 'pm');
  const wordHour = (n: TermMatch, needsDayHalf: boolean) => {
    const hour = (n.payload as { value: number }).value;
    if (!Number.isInteger(hour) || hour < 1 || hour > (needsDayHalf ? 12 : 23)) return;
    const frac = FRACTION_RE.exec(folded.slice(n.end, n.end + 14));
    const end = n.end + (frac ? frac[0].length : 0);
    if (needsDayHalf && !(frac && nearAfter(dayHalves, end, 2, folded))) return;
    const minute = frac ? (FRACTIONS[frac[1]] ?? 0) : 0;
    raws.push({ start: n.start, end, hour: minute < 0 ? hour - 1 : hour, minute: (minute + 60) % 60, hasMinutes: Boolean(frac), weak: true });
  };
  const clockWords = ctx.terms.filter((t) => t.payload.kind === 'clock');
  for (const n of numbers) {
    const afterClock = clockWords.some((c) => n.start >= c.end && n.start - c.end <= 2);
    wordHour(n, !afterClock);
  }
  // Times named by a word: "noon", "à midi", "medianoche", "正午".
  for (const t of ctx.terms) {
    if (t.payload.kind === 'namedTime') raws.push({ start: t.start, end: t.end, hour: t.payload.hour, minute: 0, hasMinutes: true, weak: false });
  }
  const zones = ctx.terms.filter((t) => t.payload.kind === 'zone');
  // "10am", "5.08pm": the marker written against the digits is no word of its own to the lexicon.
  const glued = (kind: 'am' | 'pm') => [...folded.matchAll(kind === 'am' ? GLUED_AM_RE : GLUED_PM_RE)]
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, payload: { kind } }) as TermMatch);
  const byStart = (a: TermMatch, b: TermMatch) => a.start - b.start;
  const ams = [...ctx.terms.filter((t) => t.payload.kind === 'am'), ...glued('am')].sort(byStart);
  const pms = [...ctx.terms.filter((t) => t.payload.kind === 'pm'), ...glued('pm')].sort(byStart);
  const clocks = ctx.terms.filter((t) => t.payload.kind === 'clock');
  const arounds = ctx.terms.filter((t) => t.payload.kind === 'around');
  const durations = ctx.terms.filter((t) => t.payload.kind === 'durUnit');
  const rangeTos = ctx.terms.filter((t) => t.payload.kind === 'rangeTo');
  const sorted = raws.sort((a, b) => a.start - b.start || b.end - a.end);

  /** What follows a time, in any order: an hour word, a.m./p.m., "around" ("ごろ", "environ"), a zone ("GMT", ", heure de Paris"). */
  const tailOf = (r: Raw) => {
    // An hour word may follow the digits: "13.45 Uhr", "9 h", "14 heures", "10 horas", "ore 15".
    const hourWord = /^\s?(uhr|heures?|horas?|hrs|hs|h)(?![\p{L}])/u.exec(folded.slice(r.end, r.end + 8));
    // "8.49 hora peninsular": the zone phrase may itself begin with the hour word.
    let zone: TermMatch | null = hourWord ? nearAfter(zones, r.end, 1, folded) : null;
    let pos = zone ? zone.end : r.end + (hourWord ? hourWord[0].length : 0);
    let pm: TermMatch | null = null;
    let am: TermMatch | null = null;
    let around: TermMatch | null = null;
    for (let step = 0; step < 4; step++) {
      const from = pos + (folded[pos] === '.' ? 1 : 0);
      // (Also past a preposition: "12h no horário de Brasília", "15.30 nel fuso di Roma".)
      const prep = zone ? null : ZONE_PREPOSITION_RE.exec(folded.slice(from, from + 8));
      const z: TermMatch | null = zone ? null : nearAfter(zones, from, 4, folded) ?? (prep ? nearAfter(zones, from + prep[0].length, 0, folded) : null);
      if (z) { zone = z; pos = z.end; continue; }
      // (Also past "of": "9:45 من مساء الثلاثاء", "9:45 in the evening".)
      const of: RegExpExecArray | null = pm || am ? null : DAY_HALF_OF_RE.exec(folded.slice(pos, pos + 8));
      const afterOf = (list: TermMatch[]): TermMatch | null => nearAfter(list, pos, 2, folded) ?? (of ? nearAfter(list, pos + of[0].length, 0, folded) : null);
      const p: TermMatch | null = pm || am ? null : afterOf(pms);
      if (p) { pm = p; pos = p.end; continue; }
      const a: TermMatch | null = pm || am ? null : afterOf(ams);
      if (a) { am = a; pos = a.end; continue; }
      const ar: TermMatch | null = around ? null : nearAfter(arounds, pos, 1, folded);
      if (ar) { around = ar; pos = ar.end; continue; }
      break;
    }
    return { hourWord, zone, pm, am, around, end: pos };
  };

  /**
   * The zone and a.m./p.m. a range's second time carries for both: "من الساعة السادسة حتى
   * الثامنة بتوقيت بغداد", "from 6 to 8 p.m. GMT", "de 9 à 11 heures, heure de Paris".
   */
  const rangeTail = (r: Raw): { zone: TermMatch | null; pm: boolean; am: boolean } | null => {
    const next = sorted.find((x) => x.start >= r.end && x.start - r.end <= 24);
    if (!next || !rangeTos.some((t) => t.start >= r.end && t.end <= next.start)) return null;
    const after = tailOf(next);
    const pm = next.pm === true || after.pm !== null;
    const am = next.am === true || after.am !== null;
    // "from 11 to 1 p.m." would make the first 11 p.m.: the marker carries over only forwards.
    if ((pm || am) && r.hour > next.hour) return after.zone ? { zone: after.zone, pm: false, am: false } : null;
    return after.zone || pm || am ? { zone: after.zone, pm, am } : null;
  };

  const out: ClockTime[] = [];
  let lastEnd = -1;
  for (const r of sorted) {
    if (r.start < lastEnd) continue; // overlaps a longer match already taken
    const { hourWord, zone: zoneAfter, pm: pmAfter, am: amAfter, around: aroundAfter, end: pos } = tailOf(r);
    const zoneBefore = nearBefore(zones, r.start, 3, folded);
    const clockBefore = nearBefore(clocks, r.start, 3, folded);
    const uhr = Boolean(hourWord) || /^\s?('te|'de|'da|'ta|'den|'dan|'ten|'tan|'e|'a|o'clock)/.test(folded.slice(r.end, r.end + 9));
    const isBare = !r.hasMinutes && r.weak;
    // The first time of a range, with nothing of its own: what the second carries.
    const tail = !zoneAfter && !zoneBefore && !pmAfter && !amAfter && !r.pm && !r.am && (!isBare || clockBefore || hourWord) ? rangeTail(r) : null;
    // "北京时间30日零时（美国东部时间29日中午）": a zone that opens a bracket restates the time in
    // another zone when the sentence gave this time its own zone shortly before ("0h (horário de
    // Brasília)" has none before: there the bracket holds its zone).
    const restatedIn = zoneAfter && /[(（]/.test(folded.slice(r.end, zoneAfter.start)) ? zoneShortlyBefore(zones, r.start, folded) : null;
    const zone = restatedIn ?? zoneAfter ?? zoneBefore ?? tail?.zone ?? null;
    const pm = r.pm || Boolean(pmAfter) || Boolean(tail?.pm);
    const am = r.am || Boolean(amAfter) || Boolean(tail?.am);
    if (isBare) {
      // A bare number is a time only with a.m./p.m., "Uhr", or a clock word and a zone.
      if (!(pm || am || uhr || (clockBefore && zone))) continue;
      // "after 3 hours": a duration, not a time; "vers 9 heures, heure de Paris" is a time of
      // day, and so is "vers 11 heures" after it in the same breath (it takes that zone).
      const zonedJustBefore = out.some((o) => o.zone !== null && r.start - o.end <= 120);
      if (!zone && nearAfter(durations, r.end, 2, folded) && !(clockBefore && hourWord && zonedJustBefore)) continue;
    } else if (r.weak && !(zone || pm || am || uhr || clockBefore)) continue;
    if (r.weak && r.hasMinutes && /^\d{4}$/.test(folded.slice(r.start, r.end)) && !zone) continue;
    let hour = r.hour;
    if (pm && hour < 12) hour += 12;
    if (am && hour === 12) hour = 0;
    // "around 9:50", "حوالى الساعة 08,50": the approximation word may stand before the clock word.
    const aroundBefore = nearBefore(arounds, r.start, 3, folded) ?? (clockBefore ? nearBefore(arounds, clockBefore.start, 3, folded) : null);
    // (A zone before it that another one after it overrides is not part of the phrase.)
    const start = Math.min(r.start, zone === zoneBefore ? zoneBefore?.start ?? r.start : r.start, aroundBefore?.start ?? r.start);
    const end = Math.max(r.end, pos);
    out.push({
      start,
      end,
      hour,
      minute: r.minute,
      hasMinutes: r.hasMinutes,
      zone: zone ? zoneWritten(zone, zones, folded) : null,
      approximate: Boolean(aroundBefore || aroundAfter),
    });
    lastEnd = r.end;
  }
  return out;
}

function raw(m: RegExpMatchArray, hasMinutes: boolean, weak: boolean): Raw {
  return { start: m.index!, end: m.index! + m[0].length, hour: Number(m[1]), minute: Number(m[2] ?? 0), hasMinutes, weak };
}

/**
 * The zone a phrase names, with the offset written against it: "GMT+3", "UTC+8", "غرينتش+3"
 * are not GMT. "Local time (GMT+3)": the zone in the parenthesis says which local time.
 */
function zoneWritten(zone: TermMatch, zones: TermMatch[], folded: string): string {
  let z = (zone.payload as { zone: string }).zone;
  let end = zone.end;
  if (z === 'local') {
    const restated = nearAfter(zones, zone.end, 2, folded);
    if (restated) {
      z = (restated.payload as { zone: string }).zone;
      end = restated.end;
    }
  }
  if (z !== 'Z') return z;
  const offset = /^\s?([+\-−])\s?(\d{1,2})(?:[:.]?(\d{2}))?(?!\d)/.exec(folded.slice(end, end + 9));
  if (!offset || Number(offset[2]) > 14) return z;
  const sign = offset[1] === '+' ? '+' : '-';
  return `${sign}${offset[2].padStart(2, '0')}:${offset[3] ?? '00'}`;
}

/** A match starting within `gap` non-letter characters after `pos`. */
function nearAfter(list: TermMatch[], pos: number, gap: number, folded: string): TermMatch | null {
  for (const t of list) {
    if (t.start < pos) continue;
    if (t.start - pos > gap + 2) break;
    const between = folded.slice(pos, t.start);
    if (between.length <= gap + 2 && /^[\s,()'\-]*$/.test(between)) return t;
  }
  return null;
}

/** A zone written a few characters before `pos` in the same clause, with a date between at most ("北京时间30日"). */
function zoneShortlyBefore(zones: TermMatch[], pos: number, folded: string): TermMatch | null {
  let best: TermMatch | null = null;
  for (const t of zones) {
    if (t.end > pos) break;
    if (pos - t.end <= 12 && !/[。.!?;；,，(（]/.test(folded.slice(t.end, pos))) best = t;
  }
  return best;
}

/** A match ending within `gap` characters before `pos`. */
function nearBefore(list: TermMatch[], pos: number, gap: number, folded: string): TermMatch | null {
  let best: TermMatch | null = null;
  for (const t of list) {
    if (t.end > pos) break;
    const between = folded.slice(t.end, pos);
    if (between.length <= gap + 2 && /^[\s,()'\-]*$/.test(between)) best = t;
  }
  return best;
}
