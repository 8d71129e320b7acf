/**
 * Local wall-clock time → UTC, for fixed offsets ("+03:00", "Z") and IANA zones
 * ("Europe/Paris", with its summer time) through Intl, which both Node and browsers carry.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
      });
    } catch {
      return null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC in minutes at instant `utcMs`; null for an unknown zone or "local". */
export function zoneOffsetMinutes(zone: string, utcMs: number): number | null {
  if (zone === 'Z') return 0;
  const fixed = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  if (zone === 'local') return null;
  const f = formatter(zone);
  if (!f) return null;
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute);
  return Math.round((asUtc - Math.floor(utcMs / 60000) * 60000) / 60000);
}

/** The UTC instant of a wall-clock time in `zone`, or null when the zone cannot be fixed. */
export function localToUtc(y: number, m: number, d: number, hour: number, minute: number, zone: string): number | null {
  const guess = Date.UTC(y, m, d, hour, minute);
  const first = zoneOffsetMinutes(zone, guess);
  if (first === null) return null;
  let result = guess - first * 60000;
  const second = zoneOffsetMinutes(zone, result);
  if (second !== null && second !== first) result = guess - second * 60000;
  return result;
}

export function isoMinute(ms: number): string {
  return new Date(Math.floor(ms / 60000) * 60000).toISOString().replace('.000Z', 'Z');
}
