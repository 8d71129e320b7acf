/**
 * Acceptance: the founding article (../shared/seeds, an Arabic AFP story on the October 2022
 * WhatsApp outage) read as the contract's "The seed" section says. Skipped without ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const SEED = new URL('../../../shared/seeds/000_6bfec9eaf1da19f1.txt', import.meta.url);
const present = existsSync(SEED);

describe.skipIf(!present)('the seed (Arabic AFP story, WhatsApp, 25 October 2022)', () => {
  const raw = present ? readFileSync(SEED, 'utf8') : '';
  const nl = raw.indexOf('\n');
  const r = analyzeText(raw.slice(0, nl), raw.slice(nl + 1), { published: '2022-10-25' });
  const span = (e: { start: number; end: number }) => r.text.slice(e.start, e.end);

  it('is an outage report in Arabic', () => {
    expect(r.isOutage).toBe(true);
    expect(r.language).toBe('ar');
    expect(r.confidence).toBeGreaterThan(0.9);
  });
  it('service WhatsApp, company Meta', () => {
    expect(r.services[0].name).toBe('WhatsApp');
    expect(r.company).toBe('Meta');
  });
  it('reports from 07:17 GMT that day, read from "07,17 بتوقيت غرينتش"', () => {
    expect(r.start?.iso).toBe('2022-10-25T07:17:00Z');
    expect(span(r.start!.evidence)).toContain('07,17');
    expect(r.start!.evidence.sentence).toContain('داون ديتيكتور');
  });
  it('service back for some around 08:50 GMT, approximate', () => {
    expect(r.end?.iso).toBe('2022-10-25T08:50:00Z');
    expect(r.end?.approximate).toBe(true);
    expect(r.durationMinutes).toBe(93);
  });
  it('resolved: Meta says it fixed the fault and apologises', () => {
    expect(r.status).toBe('resolved');
    expect(r.statements.some((s) => s.speaker === 'Meta' && /أصلحنا/.test(s.text) && /نعتذر/.test(s.text))).toBe(true);
  });
  it('cause unknown, from "ولم يتضح بعد سبب العطل"', () => {
    expect(r.cause.category).toBe('unknown');
    expect(r.cause.evidence?.sentence).toContain('لم يتضح');
  });
  it('scale: thousands of reports, and the two-billion user base is not counted as affected', () => {
    expect(r.scale.some((s) => s.kind === 'reports' && s.value === null && s.approximate && /آلاف/.test(s.text))).toBe(true);
    expect(r.scale.some((s) => /ملياري|مليارات/.test(s.text))).toBe(false);
  });
  it('sources: Downdetector and AFP', () => {
    expect(r.reportSources).toEqual(expect.arrayContaining(['Downdetector', 'AFP']));
  });
  it('related: the October 2021 Facebook, Instagram, WhatsApp and Messenger outage', () => {
    const first = r.related[0];
    expect(first.id).toBe('facebook-2021-10-04');
    expect(first.date.startsWith('2021-10')).toBe(true);
    expect(first.why).toContain('العام الماضي');
  });
  it('the timeline: reports begin 07:17, Meta working to restore, service returning ≈08:50, fix announced with an apology — in that order', () => {
    const kinds = r.timeline.map((e) => e.kind);
    const at = (pred: (e: (typeof r.timeline)[number]) => boolean) => r.timeline.findIndex(pred);
    const begin = at((e) => e.at?.iso === '2022-10-25T07:17:00Z');
    const working = at((e) => e.kind === 'update' && /تعمل على إعادة الخدمة/.test(e.text));
    const back = at((e) => e.at?.iso === '2022-10-25T08:50:00Z' && e.kind === 'restore');
    const fixed = at((e) => e.kind === 'resolved' && /نعتذر/.test(e.text));
    expect([begin, working, back, fixed].every((i) => i >= 0), JSON.stringify(kinds)).toBe(true);
    expect(begin < working && working < back && back < fixed).toBe(true);
  });
  it('every evidence offset points inside the text, at its sentence', () => {
    const all = [r.start!.evidence, r.end!.evidence, ...r.services.flatMap((s) => s.evidence), ...r.statements.map((s) => s.evidence), ...r.timeline.map((e) => e.evidence)];
    for (const e of all) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(r.text.length);
      expect(r.text.slice(e.start, e.end).length).toBeGreaterThan(0);
      expect(e.sentence).toContain(r.text.slice(e.start, e.end).slice(0, 5));
    }
  });
});
