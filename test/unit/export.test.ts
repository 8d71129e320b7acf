/**
 * Exports (JSON, CSV, Markdown, iCalendar) and the import of a JSON export: round trip,
 * quoting and escaping, refusal of bad files with a code, and "never throws" properties.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INCIDENTS } from '../../extraction/data/incidents';
import {
  csvCell, EXPORT_FORMAT, exportCsv, exportIcs, exportJson, exportMarkdown, icsFold, icsText, MAX_IMPORT_BYTES, mdCell, parseImport,
} from '../../utils/export';
import { handleUiMessage } from '../../utils/background-handlers';
import { cleanEntry, historyItem, type HistoryEntry } from '../../utils/history';
import { message } from '../../utils/messages';
import type { SitesApi } from '../../utils/sites';
import { groupIncidents, incidentFromCatalogue } from '../../utils/incidents';

const NOW = new Date('2024-05-01T10:00:00Z');

function entry(p: Partial<HistoryEntry> & { url: string }): HistoryEntry {
  return cleanEntry({
    title: 'WhatsApp down',
    outlet: new URL(p.url).hostname.replace(/^www\./, ''),
    language: 'en',
    published: '2022-10-25T09:00:00Z',
    seenAt: '2022-10-25T12:00:00Z',
    services: ['WhatsApp'],
    company: 'Meta',
    status: 'resolved',
    start: '2022-10-25T07:17:00Z',
    end: '2022-10-25T08:50:00Z',
    cause: 'unknown',
    timeline: [{ at: '2022-10-25T07:17:00Z', atText: '07:17 GMT', kind: 'report', text: 'Reports began' }],
    ...p,
  })!;
}

const afp = entry({ url: 'https://www.afp.com/ar/wa', language: 'ar', title: 'عطل عالمي يوقف "واتساب", لساعتين', startText: '07,17 بتوقيت غرينتش' });
const reuters = entry({ url: 'https://www.reuters.com/wa', start: '2022-10-25T07:20:00Z', title: '=HYPERLINK("http://evil.example") | WhatsApp\nback' });

describe('JSON export and import', () => {
  it('round trip: export → parseImport gives the same entries', () => {
    const text = exportJson([afp, reuters], NOW);
    const env = JSON.parse(text);
    expect(env).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString() });
    const r = parseImport(text);
    expect(r).toEqual({ ok: true, entries: [afp, reuters], skipped: 0 });
  });

  it('skips entries it cannot repair or that are not web pages, and counts them', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), entries: [afp, 42, { title: 'no url' }, { ...reuters, url: 'javascript:alert(1)' }] });
    const r = parseImport(text);
    expect(r).toEqual({ ok: true, entries: [afp], skipped: 3 });
  });

  it('keeps the most recently seen copy of a duplicated URL', () => {
    const newer = { ...afp, seenAt: '2023-01-01T00:00:00.000Z', status: 'ongoing' };
    const r = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries: [newer, afp] }));
    expect(r.ok && r.entries).toEqual([newer]);
  });

  it.each([
    ['not-json', 'not json at all {'],
    ['not-json', ''],
    ['wrong-format', JSON.stringify([afp])],
    ['wrong-format', JSON.stringify({ format: 'something-else', version: 1, entries: [afp] })],
    ['wrong-format', JSON.stringify({ format: EXPORT_FORMAT, entries: [afp] })],
    ['wrong-format', JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries: {} })],
    ['wrong-format', 'null'],
    ['newer-version', JSON.stringify({ format: EXPORT_FORMAT, version: 2, entries: [afp] })],
    ['no-entries', JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries: [] })],
    ['no-entries', JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries: [{}, null, 'x'] })],
  ])('refuses with %s', (code, text) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe(code);
      expect(r.detail.length).toBeGreaterThan(10);
    }
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const big = JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries: [afp], pad: 'x'.repeat(MAX_IMPORT_BYTES) });
    const r = parseImport(big);
    expect(r.ok === false && r.error).toBe('too-large');
    // Multi-byte text counts in bytes: 7 M Arabic letters are 14 MB of UTF-8 …
    const arabic = 'ع'.repeat(7 * 1024 * 1024);
    expect(parseImport(arabic)).toMatchObject({ ok: false, error: 'not-json' });
    // … and 11 M of them are over the limit though the string is shorter than 20 M characters.
    expect(parseImport('ع'.repeat(11 * 1024 * 1024))).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('property: parseImport never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = parseImport(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('property: on any JSON value (envelope or not) it never throws and returns only entries that pass cleanEntry', () => {
    const anyEntry = fc.oneof(
      fc.jsonValue(),
      fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), title: fc.jsonValue(), seenAt: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), services: fc.jsonValue(), timeline: fc.array(fc.jsonValue(), { maxLength: 3 }), start: fc.jsonValue() }, { requiredKeys: [] }),
    );
    const envelope = fc.record({ format: fc.constantFrom(EXPORT_FORMAT, 'x'), version: fc.oneof(fc.constantFrom(0, 1, 2), fc.jsonValue()), entries: fc.oneof(fc.array(anyEntry, { maxLength: 8 }), fc.jsonValue()) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), envelope), (value) => {
        const r = parseImport(JSON.stringify(value) ?? 'undefined');
        if (r.ok) {
          expect(r.entries.length).toBeGreaterThan(0);
          for (const e of r.entries) expect(cleanEntry(e)).toEqual(e);
        } else expect(['not-json', 'wrong-format', 'newer-version', 'too-large', 'no-entries']).toContain(r.error);
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and guards against formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+33 1')).toBe("'+33 1");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(93)).toBe('93');
  });

  it('one row per article, CRLF line ends, Arabic kept', () => {
    const csv = exportCsv(groupIncidents([afp, reuters]));
    const lines = csv.split('\r\n');
    expect(lines[0].startsWith('incident_id,incident_title,services')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"عطل عالمي يوقف ""واتساب"", لساعتين"');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") | WhatsApp\nback"`);
    // header + 2 rows (+ the empty string after the last CRLF); the quoted newline is not a row break.
    expect(lines.filter((l) => l.startsWith('h-whatsapp-2022-10-25,'))).toHaveLength(2);
  });

  it('a catalogue incident (no articles) still gets a row', () => {
    const csv = exportCsv([incidentFromCatalogue(INCIDENTS[0])]);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('Markdown', () => {
  it('a table per incident with escaped pipes and no raw HTML', () => {
    const md = exportMarkdown(groupIncidents([afp, reuters]), NOW);
    expect(md).toContain('| Outlet | Title |');
    expect(md).toContain('=HYPERLINK("http://evil.example") \\| WhatsApp back');
    expect(md).toContain('- Start: 2022-10-25 07:17 UTC (afp.com) vs 2022-10-25 07:20 UTC (reuters.com)');
    expect(mdCell('<script>a|b</script>')).toBe('&lt;script&gt;a\\|b&lt;/script&gt;');
    // Every table row has the header's column count once escaped pipes are discounted.
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    for (const r of rows) expect(r.replace(/\\\|/g, '').split('|').length).toBe(9);
  });
});

describe('iCalendar', () => {
  const ics = exportIcs([...groupIncidents([afp, reuters]), incidentFromCatalogue(INCIDENTS.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.start))!)], NOW);

  it('CRLF everywhere, lines at most 75 octets, one VEVENT per incident', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('UTC date-times when a time is known, VALUE=DATE for a bare day, UID and DTSTAMP', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('UID:h-whatsapp-2022-10-25@outage-lens');
    expect(unfolded).toContain('DTSTAMP:20240501T100000Z');
    expect(unfolded).toContain('DTSTART:20221025T071700Z');
    expect(unfolded).toContain('DTEND:20221025T085000Z');
    expect(unfolded).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\nDTEND;VALUE=DATE:\d{8}/);
    expect(unfolded).toContain('SUMMARY:Outage: WhatsApp');
    expect(unfolded).toContain('Start differs: 2022-10-25 07:17 UTC (afp.com) vs 2022-10-25 07:20 UTC (reuters.com)');
    expect(unfolded).toContain('https://www.reuters.com/wa');
  });

  it('escapes , ; \\ and newlines in TEXT, and folds without splitting a character', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${icsText('عطل عالمي يوقف واتساب '.repeat(10))}`;
    const folded = icsFold(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    parts.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('history writes through the background (fakeBrowser storage)', () => {
  beforeEach(() => fakeBrowser.reset());
  const api = {} as SitesApi;

  it('import merges and replies with counts; a refused file changes nothing', async () => {
    await historyItem.setValue([afp]);
    const newer = { ...afp, seenAt: '2023-01-01T00:00:00.000Z' };
    const r = await handleUiMessage(message('ui:history-import', { text: exportJson([newer, reuters], NOW) }), api);
    expect(r).toEqual({ ok: true, value: { added: 1, updated: 1, skipped: 0, total: 2 } });
    const before = await historyItem.getValue();
    const bad = await handleUiMessage(message('ui:history-import', { text: JSON.stringify({ format: EXPORT_FORMAT, version: 5, entries: [afp] }) }), api);
    expect(bad).toMatchObject({ ok: false, error: 'newer-version' });
    expect(await historyItem.getValue()).toEqual(before);
  });

  it('remove one, then clear', async () => {
    await historyItem.setValue([afp, reuters]);
    expect(await handleUiMessage(message('ui:history-remove', { url: afp.url }), api)).toEqual({ ok: true, value: { total: 1 } });
    expect((await historyItem.getValue()).map((e) => e.url)).toEqual([reuters.url]);
    expect(await handleUiMessage(message('ui:history-clear', {}), api)).toEqual({ ok: true, value: { total: 0 } });
    expect(await historyItem.getValue()).toEqual([]);
  });
});
