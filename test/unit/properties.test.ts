/**
 * Property tests (fast-check): on any string or HTML the engine never throws, stays within a
 * time bound per KB, and every evidence offset points inside the text.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText, quickLook, type DetailedReport } from '../../extraction/index';

/**
 * Generous: the bench measures real speed; this catches runaway (quadratic, backtracking) cases,
 * loose enough for a loaded CI machine, with the word lists compiled before the first timed call.
 */
const MS_PER_KB = 25;
const BASE_MS = 250;

const WORDS = ['WhatsApp', 'واتساب', 'down', 'outage', 'عطل', 'panne', 'Downdetector', 'داون ديتيكتور', '07,17', 'بتوقيت غرينتش', '3 am EDT', 'GMT', '12:30', '٠٧:١٥', 'restored', 'أصلحت', 'last year', 'العام الماضي', '"', '«', '»', '“', '.', '؟', '\n', ' ', '#whatsappdown', 'Meta', 'ميتا', '1,000', 'آلاف', '午後3時', '故障', 'İ', 'ı', '\u200f', 'ّ', 'ـ'];
const articleLike = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 400 }).map((xs) => xs.join(' '));

function checkOffsets(r: DetailedReport) {
  const evs = [
    ...r.services.flatMap((s) => s.evidence), ...r.statements.map((s) => s.evidence), ...r.timeline.map((e) => e.evidence),
    ...r.scale.map((s) => s.evidence), ...(r.start ? [r.start.evidence] : []), ...(r.end ? [r.end.evidence] : []), ...(r.cause.evidence ? [r.cause.evidence] : []),
  ];
  for (const e of evs) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(r.text.length);
  }
}

describe('analyzeText on any input', () => {
  // Compile every language's lists once, outside the timed calls.
  beforeAll(() => {
    for (const lang of ['ar', 'de', 'en', 'es', 'fr', 'id', 'it', 'ja', 'pt', 'ru', 'tr', 'zh']) analyzeText('t', 'x', { lang });
  });
  it('never throws, keeps offsets inside the text, and stays within the time bound', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), articleLike, fc.option(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (title, body, published) => {
        const t0 = performance.now();
        const r = analyzeText(title, body, { published });
        const ms = performance.now() - t0;
        checkOffsets(r);
        expect(typeof r.isOutage).toBe('boolean');
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(ms).toBeLessThan(BASE_MS + (MS_PER_KB * (title.length + body.length)) / 1024);
      }),
      { numRuns: 300 },
    );
  });

  it('a long run of outage words does not blow up (100 KB)', () => {
    const body = Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? 'WhatsApp down since 07:17 GMT.' : 'عطل واتساب منذ الساعة 07,17 بتوقيت غرينتش ')).join(' ');
    const t0 = performance.now();
    const r = analyzeText('WhatsApp down', body, { published: '2022-10-25' });
    expect(performance.now() - t0).toBeLessThan(BASE_MS + (MS_PER_KB * body.length) / 1024);
    checkOffsets(r);
  });
});

describe('analyzeDocument and quickLook on any HTML', () => {
  const html = fc
    .array(fc.oneof(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<article>', '<h1>', '</h1>', '<script>', '</script>', '<meta property="article:published_time" content="2022-10-25T09:00:00Z">', '<script type="application/ld+json">{"datePublished":', '<time datetime="x">', '<title>', '</title>', '<html lang="ar">', '<<', '&amp;', '&#0;'), articleLike), { maxLength: 60 })
    .map((xs) => xs.join(''));
  it('never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(html, (h) => {
        const { document } = parseHTML(h);
        const doc = document as unknown as Document;
        expect(typeof quickLook(doc).candidate).toBe('boolean');
        checkOffsets(analyzeDocument(doc, { url: 'https://example.com/' }));
      }),
      { numRuns: 150 },
    );
  });
});
