import { describe, it, expect } from 'vitest';
import { INCIDENTS } from '../../extraction/data/incidents';
import { CAUSE_CATEGORIES } from '../../extraction/report';

const ID_RE = /^[a-z0-9-]+-\d{4}-\d{2}-\d{2}$/;
/** "2021-10-04", "2021-10-04T15:39:00Z" (seconds optional) or "2008-07". */
const TIME_RE = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?)?$/;
const MIN = Date.parse('2008-01-01T00:00:00Z');
const MAX = Date.parse('2027-01-01T00:00:00Z'); // exclusive: anything in 2026 is allowed
const REF_KINDS = ['postmortem', 'encyclopedia', 'news', 'status'];

describe('bundled incident catalogue', () => {
  it('has at least 100 entries', () => {
    expect(INCIDENTS.length).toBeGreaterThanOrEqual(100);
  });

  it('has unique ids of the form <service>-<yyyy>-<mm>-<dd>', () => {
    const ids = INCIDENTS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(ID_RE);
  });

  it('contains the Facebook 2021-10-04 outage under its fixed id', () => {
    const fb = INCIDENTS.find((i) => i.id === 'facebook-2021-10-04');
    expect(fb).toBeDefined();
    expect(fb!.services).toContain('Facebook');
  });

  it.each(INCIDENTS.map((i) => [i.id, i] as const))('%s is well formed', (id, inc) => {
    // title and services
    expect(inc.title.trim().length, `${id} title`).toBeGreaterThan(0);
    expect(inc.services.length, `${id} services`).toBeGreaterThan(0);
    for (const s of inc.services) expect(s.trim().length, `${id} service name`).toBeGreaterThan(0);

    // start: parses, UTC format, between 2008 and 2026
    expect(inc.start, `${id} start format`).toMatch(TIME_RE);
    const start = Date.parse(inc.start);
    expect(Number.isNaN(start), `${id} start parses`).toBe(false);
    expect(start, `${id} start >= 2008`).toBeGreaterThanOrEqual(MIN);
    expect(start, `${id} start <= 2026`).toBeLessThan(MAX);

    // end: null, or parses and is not before start
    if (inc.end !== null) {
      expect(inc.end, `${id} end format`).toMatch(TIME_RE);
      const end = Date.parse(inc.end);
      expect(Number.isNaN(end), `${id} end parses`).toBe(false);
      expect(end, `${id} end >= start`).toBeGreaterThanOrEqual(start);
    }

    // cause
    expect(CAUSE_CATEGORIES, `${id} cause`).toContain(inc.cause);
    if (inc.causeDetail !== null) expect(inc.causeDetail.trim().length, `${id} causeDetail`).toBeGreaterThan(0);

    // regions
    expect(inc.regions.length, `${id} regions`).toBeGreaterThan(0);
    for (const r of inc.regions) {
      expect(r === 'global' || /^[A-Z]{2}$/.test(r), `${id} region "${r}"`).toBe(true);
    }

    // duration
    if (inc.durationMinutes !== null) {
      expect(Number.isFinite(inc.durationMinutes), `${id} duration finite`).toBe(true);
      expect(inc.durationMinutes, `${id} duration positive`).toBeGreaterThan(0);
    }

    // references: 1–3, https, known kind, postmortem listed first when present
    expect(inc.references.length, `${id} reference count`).toBeGreaterThanOrEqual(1);
    expect(inc.references.length, `${id} reference count`).toBeLessThanOrEqual(3);
    for (const ref of inc.references) {
      expect(ref.url, `${id} reference url`).toMatch(/^https:\/\/\S+$/);
      expect(() => new URL(ref.url), `${id} reference url parses`).not.toThrow();
      expect(REF_KINDS, `${id} reference kind`).toContain(ref.kind);
    }
    const pm = inc.references.findIndex((r) => r.kind === 'postmortem');
    if (pm !== -1) expect(pm, `${id} postmortem first`).toBe(0);
  });
});
