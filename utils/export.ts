/**
 * Exports of the reader's incidents (JSON backup, CSV, Markdown, iCalendar) and the import of a
 * JSON backup. Pure: strings in, strings out; the page does the download and the background
 * the storing. Import failures are codes so the UI can say them in the reader's language.
 */
import { cleanEntry, type HistoryEntry } from './history';
import { spanEndMs, type Incident } from './incidents';

export const EXPORT_FORMAT = 'outage-lens-export';
export const EXPORT_VERSION = 1;
/** Larger than any real backup (5,000 entries ≈ 15 MB at most), small enough to parse safely. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ExportKind = 'json' | 'csv' | 'md' | 'ics';

export const EXPORT_MIME: Record<ExportKind, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
};

export interface ExportEnvelope {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  entries: HistoryEntry[];
}

/** The articles behind incidents, once each (catalogue incidents have none). */
export function entriesOf(incidents: Incident[]): HistoryEntry[] {
  const byUrl = new Map<string, HistoryEntry>();
  for (const i of incidents) for (const a of i.articles) byUrl.set(a.url, a);
  return [...byUrl.values()];
}

export function exportJson(entries: HistoryEntry[], now = new Date()): string {
  const envelope: ExportEnvelope = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), entries };
  return JSON.stringify(envelope, null, 1);
}

/** "outage-lens-h-whatsapp-2022-10-25-20240101.csv" */
export function exportFileName(kind: ExportKind, scope: string, now = new Date()): string {
  const safe = scope.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80) || 'incidents';
  return `outage-lens-${safe}-${now.toISOString().slice(0, 10).replace(/-/g, '')}.${kind}`;
}

// ───────────────────────────── import ─────────────────────────────

export type ImportErrorCode = 'too-large' | 'not-json' | 'wrong-format' | 'newer-version' | 'no-entries';
export type ImportResult = { ok: true; entries: HistoryEntry[]; skipped: number } | { ok: false; error: ImportErrorCode; detail: string };

/** UTF-8 size without allocating a copy of a large text. */
function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const refuse = (error: ImportErrorCode, detail: string): ImportResult => ({ ok: false, error, detail });

/**
 * Reads one of our JSON exports. Never throws. Every entry goes through `cleanEntry` (the same
 * repair as a stored value); entries it cannot repair, or whose URL is not a web page, are
 * skipped and counted. Duplicate URLs keep the most recently seen copy.
 */
export function parseImport(text: string): ImportResult {
  try {
    if (typeof text !== 'string') return refuse('not-json', 'The file is not text.');
    if (text.length > MAX_IMPORT_BYTES || utf8Bytes(text) > MAX_IMPORT_BYTES) {
      return refuse('too-large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (err) {
      return refuse('not-json', `The file is not JSON (${(err as Error).message}).`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
      return refuse('wrong-format', 'The file is not an Outage Lens export.');
    }
    const { version, entries } = data as { version?: unknown; entries?: unknown };
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return refuse('wrong-format', 'The export has no valid version number.');
    }
    if (version > EXPORT_VERSION) {
      return refuse('newer-version', `The export is version ${version}; this Outage Lens reads version ${EXPORT_VERSION} and older. Update the extension first.`);
    }
    if (!Array.isArray(entries)) return refuse('wrong-format', 'The export has no list of entries.');
    const byUrl = new Map<string, HistoryEntry>();
    let skipped = 0;
    for (const raw of entries) {
      const e = cleanEntry(raw);
      if (!e || !/^https?:\/\//i.test(e.url)) {
        skipped++;
        continue;
      }
      const old = byUrl.get(e.url);
      if (!old || Date.parse(e.seenAt) >= Date.parse(old.seenAt)) byUrl.set(e.url, e);
    }
    if (byUrl.size === 0) {
      return refuse('no-entries', entries.length === 0 ? 'The export holds no articles.' : `None of the ${entries.length} entries could be read.`);
    }
    return { ok: true, entries: [...byUrl.values()], skipped };
  } catch (err) {
    // A last guard: an import must never take the page or the background down.
    return refuse('not-json', `The file could not be read (${String((err as Error)?.message ?? err)}).`);
  }
}

// ───────────────────────────── CSV (RFC 4180) ─────────────────────────────

/**
 * One cell. Spreadsheet apps run cells that start with = + - @ (or a tab/CR) as formulas, so
 * such cells get a leading apostrophe; then RFC 4180 quoting where needed.
 */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_COLUMNS = [
  'incident_id', 'incident_title', 'services', 'company', 'cause', 'status', 'incident_start', 'incident_end',
  'article_url', 'article_title', 'outlet', 'language', 'published', 'seen_at', 'article_start', 'article_start_text',
  'article_end', 'article_end_text', 'duration_minutes', 'regions', 'report_sources',
] as const;

/** One row per article (a catalogue incident, having none, gets one row of its own facts). */
export function exportCsv(incidents: Incident[]): string {
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const i of incidents) {
    const head = [i.id, i.title, i.services.join('; '), i.company, i.cause, i.status, i.start, i.end];
    if (i.articles.length === 0) {
      rows.push([...head, null, null, null, null, null, null, null, null, null, null, i.durationMinutes, i.regions.join('; '), null]);
      continue;
    }
    for (const a of i.articles) {
      rows.push([
        ...head, a.url, a.title, a.outlet, a.language, a.published, a.seenAt, a.start, a.startText, a.end, a.endText,
        a.durationMinutes, a.regions.join('; '), a.reportSources.join('; '),
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// ───────────────────────────── Markdown ─────────────────────────────

/** Text safe inside a table cell: pipes escaped, one line, no raw HTML. */
export function mdCell(s: string | null | undefined): string {
  return (s ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .trim();
}

const utcText = (iso: string | null): string => {
  if (!iso) return '';
  if (!iso.includes('T')) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

function factLine(label: string, values: { at: string; outlets: string[] }[], single: string | null): string {
  if (values.length > 1) return `- ${label}: ${values.map((v) => `${utcText(v.at)} (${v.outlets.map(mdCell).join(', ')})`).join(' vs ')}`;
  return `- ${label}: ${utcText(single) || 'unknown'}`;
}

export function exportMarkdown(incidents: Incident[], now = new Date()): string {
  const out = ['# Outage Lens — incidents', '', `Exported ${now.toISOString()}.`, ''];
  for (const i of incidents) {
    out.push(`## ${mdCell(i.services.join(', ') || 'Unknown service')} — ${utcText(i.date).slice(0, 10)}`, '');
    out.push(`- Title: ${mdCell(i.title)}`);
    if (i.company) out.push(`- Company: ${mdCell(i.company)}`);
    out.push(`- Cause: ${i.cause}${i.causeDetail ? ` — ${mdCell(i.causeDetail)}` : ''}`, `- Status: ${i.status}`);
    const startConflict = i.conflicts.find((c) => c.field === 'start');
    const endConflict = i.conflicts.find((c) => c.field === 'end');
    out.push(factLine('Start', startConflict?.values ?? [], i.start), factLine('End', endConflict?.values ?? [], i.end));
    if (i.durationMinutes !== null) out.push(`- Duration: ${i.durationMinutes} min`);
    for (const r of i.references) out.push(`- Reference (${r.kind}): ${mdCell(r.url)}`);
    out.push('');
    if (i.articles.length) {
      out.push('| Outlet | Title | Language | Published | Start | End | Link |', '| --- | --- | --- | --- | --- | --- | --- |');
      for (const a of i.articles) {
        const cells = [a.outlet, a.title, a.language, utcText(a.published), a.startText ?? utcText(a.start), a.endText ?? utcText(a.end), a.url];
        out.push(`| ${cells.map(mdCell).join(' | ')} |`);
      }
      out.push('');
    }
    if (i.mergedTimeline.length) {
      out.push('Timeline:', '');
      for (const e of i.mergedTimeline) out.push(`- ${e.at ? utcText(e.at) : 'undated'} · ${e.kind} · ${mdCell(e.text)} (${mdCell(e.outlet)})`);
      out.push('');
    }
  }
  return out.join('\n');
}

// ───────────────────────────── iCalendar (RFC 5545) ─────────────────────────────

/** TEXT value escaping (3.3.11): backslash, semicolon, comma, newline; other controls dropped. */
export function icsText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

const utf8Len = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
};

/** Content lines are at most 75 octets; longer ones continue on lines starting with a space (3.1), never inside a character. */
export function icsFold(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = utf8Len(ch);
    if (used + n > 75) {
      out += '\r\n ';
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

const icsDateTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const icsDate = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
const DAY_MS = 86_400_000;
const hasTime = (v: string) => v.includes('T');

/** DTSTART/DTEND: UTC date-times when the start has a time, whole days when only a day (or month) is known. */
function icsWhen(i: Incident): string[] {
  const startValue = i.start ?? i.date.slice(0, 10);
  const startMs = Date.parse(startValue);
  if (!Number.isFinite(startMs)) return [];
  if (hasTime(startValue)) {
    const endMs = i.end && hasTime(i.end) ? Date.parse(i.end) : i.durationMinutes ? startMs + i.durationMinutes * 60_000 : Number.NaN;
    return [`DTSTART:${icsDateTime(startMs)}`, ...(endMs > startMs ? [`DTEND:${icsDateTime(endMs)}`] : [])];
  }
  // DTEND of an all-day event is exclusive: the day after the last day covered.
  const lastMs = Math.max(spanEndMs(startValue), i.end && Number.isFinite(Date.parse(i.end)) ? spanEndMs(i.end) : 0);
  const endDay = Math.floor(lastMs / DAY_MS) * DAY_MS + DAY_MS;
  return [`DTSTART;VALUE=DATE:${icsDate(startMs)}`, `DTEND;VALUE=DATE:${icsDate(endDay)}`];
}

function icsDescription(i: Incident): string {
  const lines = [i.title];
  if (i.company) lines.push(`Company: ${i.company}`);
  lines.push(`Cause: ${i.cause}${i.causeDetail ? ` (${i.causeDetail})` : ''}`, `Status: ${i.status}`);
  for (const c of i.conflicts) lines.push(`${c.field === 'start' ? 'Start' : 'End'} differs: ${c.values.map((v) => `${utcText(v.at)} (${v.outlets.join(', ')})`).join(' vs ')}`);
  if (i.durationMinutes !== null) lines.push(`Duration: ${i.durationMinutes} min`);
  if (i.articles.length) {
    lines.push('Sources:');
    for (const a of i.articles) lines.push(`- ${a.outlet}: ${a.title} ${a.url}`);
  }
  if (i.references.length) {
    lines.push('References:');
    for (const r of i.references) lines.push(`- ${r.url}`);
  }
  return lines.join('\n');
}

/** One VEVENT per incident; CRLF line ends, folded lines. */
export function exportIcs(incidents: Incident[], now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Outage Lens//Incidents//EN', 'CALSCALE:GREGORIAN'];
  const stamp = icsDateTime(now.getTime());
  for (const i of incidents) {
    const when = icsWhen(i);
    if (when.length === 0) continue;
    const summary = i.origin === 'catalogue' ? i.title : `Outage: ${i.services.join(', ') || i.title}`;
    lines.push('BEGIN:VEVENT', `UID:${i.id}@outage-lens`, `DTSTAMP:${stamp}`, ...when, `SUMMARY:${icsText(summary)}`, `DESCRIPTION:${icsText(icsDescription(i))}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(icsFold).join('\r\n') + '\r\n';
}
