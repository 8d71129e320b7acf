/**
 * Formatting for the UI: durations, times as written and in the reader's zone, scale.
 * Pure functions (no DOM, no browser API) so they are tested in Node.
 */
import type { ScaleFact, TimePoint } from '../extraction/report';

type T = (key: string, ...subs: (string | number)[]) => string;

/**
 * One formatter per locale and options: building an Intl.DateTimeFormat costs far more than
 * using one (it loads the locale's and the zone's data), and a sidebar formats a time for each
 * fact, event and related incident. Throws as the constructor does, for a zone it does not know.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, f);
  }
  return f;
}

export function formatDuration(minutes: number | null, t: T): string | null {
  if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) return null;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h > 0 && m === 0) return t('durationH', h);
  return h > 0 ? t('durationHM', h, m) : t('durationM', m);
}

/** "07:17" in UTC (or in the zone written) and in the reader's zone, for a resolved point. */
export function clockPair(tp: TimePoint | null, locale: string, readerZone?: string): { utc: string; reader: string; day: string } | null {
  if (!tp?.iso || (tp.precision !== 'minute' && tp.precision !== 'hour')) return null;
  const d = new Date(tp.iso);
  if (Number.isNaN(d.getTime())) return null;
  const opts: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  const safe = (zone: string | undefined) => {
    try {
      return dateFormat(locale, { ...opts, timeZone: zone }).format(d);
    } catch {
      return dateFormat('en', { ...opts, timeZone: zone === 'UTC' ? 'UTC' : undefined }).format(d);
    }
  };
  const day = (() => {
    try {
      return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: readerZone }).format(d);
    } catch {
      return d.toISOString().slice(0, 10);
    }
  })();
  return { utc: `${safe('UTC')} GMT`, reader: safe(readerZone), day };
}

/** A day for the headline ("25 Oct 2022"), from the start or the publication date. */
export function formatDay(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  try {
    return dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
  } catch {
    return iso.slice(0, 10);
  }
}

export function formatScale(s: ScaleFact, t: T, locale: string): string {
  if (s.value === null) return s.text;
  const n = new Intl.NumberFormat(locale).format(s.value);
  const value = s.approximate ? `${n}+` : n;
  return t(`scale_${s.kind}`, value);
}

/** Position (0..1) of an instant on the start→end strip; null when off the strip or unknown. */
export function stripPosition(iso: string | null | undefined, startMs: number, endMs: number): number | null {
  if (!iso || endMs <= startMs) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const p = (ms - startMs) / (endMs - startMs);
  return p < -0.001 || p > 1.001 ? null : Math.min(1, Math.max(0, p));
}
