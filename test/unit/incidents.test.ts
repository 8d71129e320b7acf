/**
 * Incidents from the history: which articles are one outage, what the merged incident says,
 * where outlets disagree, search, and the speed with a full history (5,000 articles).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INCIDENTS } from '../../extraction/data/incidents';
import { historyRelated } from '../../utils/background-handlers';
import { cleanEntry, historyItem, type HistoryEntry } from '../../utils/history';
import { groupIncidents, incidentFromCatalogue, matchCatalogue, relatedFromHistory, sameIncident, searchIncidents } from '../../utils/incidents';

function entry(p: Partial<HistoryEntry> & { url: string }): HistoryEntry {
  return cleanEntry({
    title: 'WhatsApp down',
    outlet: new URL(p.url).hostname.replace(/^www\./, ''),
    language: 'en',
    published: null,
    seenAt: '2022-10-25T12:00:00Z',
    services: ['WhatsApp'],
    company: 'Meta',
    status: 'ongoing',
    start: null,
    end: null,
    cause: 'unknown',
    timeline: [],
    ...p,
  })!;
}

const afp = entry({
  url: 'https://www.afp.com/ar/whatsapp',
  title: 'عطل عالمي يوقف واتساب',
  language: 'ar',
  published: '2022-10-25T09:00:00Z',
  start: '2022-10-25T07:17:00Z',
  startText: '07,17 بتوقيت غرينتش',
  end: '2022-10-25T08:50:00Z',
  endText: 'حوالى 08,50 بتوقيت غرينتش',
  status: 'resolved',
  timeline: [
    { at: '2022-10-25T07:17:00Z', atText: '07,17 بتوقيت غرينتش', kind: 'report', text: 'بدأت البلاغات' },
    { at: null, atText: null, kind: 'resolved', text: 'ميتا أصلحت العطل' },
    { at: '2022-10-25T08:50:00Z', atText: '08,50', kind: 'restore', text: 'عودة الخدمة' },
  ],
});
const reuters = entry({
  url: 'https://www.reuters.com/technology/whatsapp-down',
  title: 'WhatsApp restored after global outage',
  published: '2022-10-25T10:30:00Z',
  start: '2022-10-25T07:20:00Z',
  startText: '0720 GMT',
  end: '2022-10-25T08:50:00Z',
  status: 'resolved',
  cause: 'software-bug',
  timeline: [
    { at: null, atText: null, kind: 'statement', text: 'Meta apologised' },
    { at: '2022-10-25T07:20:00Z', atText: '0720 GMT', kind: 'start', text: 'Users could not send messages' },
    { at: null, atText: null, kind: 'start', text: 'Outage began this morning' },
  ],
});

describe('sameIncident', () => {
  it('two outlets, same service, starts three minutes apart: the same incident', () => {
    expect(sameIncident(afp, reuters)).toBe(true);
    expect(sameIncident(reuters, afp)).toBe(true);
  });

  it('a different main service is another incident', () => {
    expect(sameIncident(afp, entry({ url: 'https://bbc.com/x', services: ['Instagram'], start: '2022-10-25T07:17:00Z' }))).toBe(false);
  });

  it('overlapping service lists count only when both list several', () => {
    const multi = entry({ url: 'https://bbc.com/a', services: ['Facebook', 'WhatsApp', 'Instagram'], start: '2021-10-04T15:40:00Z' });
    const multi2 = entry({ url: 'https://cnn.com/b', services: ['Instagram', 'Messenger'], start: '2021-10-04T16:00:00Z' });
    const single = entry({ url: 'https://cnn.com/c', services: ['Instagram'], start: '2021-10-04T16:00:00Z' });
    expect(sameIncident(multi, multi2)).toBe(true);
    expect(sameIncident(multi, single)).toBe(false);
  });

  it('days apart is another incident; a missing start falls back on the publication date', () => {
    expect(sameIncident(afp, entry({ url: 'https://bbc.com/y', start: '2022-10-27T07:17:00Z' }))).toBe(false);
    expect(sameIncident(afp, entry({ url: 'https://bbc.com/z', start: null, published: '2022-10-25T15:00:00Z' }))).toBe(true);
    expect(sameIncident(afp, entry({ url: 'https://bbc.com/w', start: null, published: '2022-10-26T15:00:00Z' }))).toBe(false);
  });

  it('an article that names no service matches nothing', () => {
    expect(sameIncident(entry({ url: 'https://a.com/1', services: [] }), entry({ url: 'https://b.com/1', services: [] }))).toBe(false);
  });
});

describe('groupIncidents', () => {
  const other = entry({ url: 'https://bbc.com/insta', services: ['Instagram'], company: 'Meta', start: '2022-10-25T07:30:00Z', title: 'Instagram down' });
  const later = entry({ url: 'https://bbc.com/wa-later', start: '2022-11-02T10:00:00Z', published: '2022-11-02T11:00:00Z', title: 'WhatsApp down again' });
  const incidents = groupIncidents([reuters, other, afp, later]);

  it('one incident from the two outlets, separate ones for another service or another day', () => {
    expect(incidents).toHaveLength(3);
    const wa = incidents.find((i) => i.articles.length === 2)!;
    expect(wa.articles.map((a) => a.outlet)).toEqual(['afp.com', 'reuters.com']);
    expect(wa.outlets).toEqual(['afp.com', 'reuters.com']);
    expect(wa.languages.sort()).toEqual(['ar', 'en']);
    expect(wa.id).toBe('h-whatsapp-2022-10-25');
    expect(wa.start).toBe('2022-10-25T07:17:00Z');
    expect(wa.end).toBe('2022-10-25T08:50:00Z');
    expect(wa.durationMinutes).toBe(93);
    expect(wa.cause).toBe('software-bug');
    expect(wa.status).toBe('resolved');
    expect(wa.title).toBe('WhatsApp restored after global outage');
    // Newest first.
    expect(incidents[0].id).toBe('h-whatsapp-2022-11-02');
  });

  it('the start conflict lists both values with the outlets that gave them; the agreed end is no conflict', () => {
    const wa = incidents.find((i) => i.id === 'h-whatsapp-2022-10-25')!;
    expect(wa.conflicts).toHaveLength(1);
    const [c] = wa.conflicts;
    expect(c.field).toBe('start');
    expect(c.values.map((v) => [v.at, v.outlets])).toEqual([
      ['2022-10-25T07:17:00Z', ['afp.com']],
      ['2022-10-25T07:20:00Z', ['reuters.com']],
    ]);
    expect(c.values[0].texts).toEqual(['07,17 بتوقيت غرينتش']);
  });

  it('two minutes apart or less is no conflict', () => {
    const a = entry({ url: 'https://a.com/1', start: '2022-10-25T07:17:00Z' });
    const b = entry({ url: 'https://b.com/1', start: '2022-10-25T07:19:00Z' });
    const [i] = groupIncidents([a, b]);
    expect(i.conflicts).toEqual([]);
    expect(i.startCandidates).toHaveLength(2);
  });

  it('merges the timelines: dated events by time, undated after them by phase, each citing its outlet', () => {
    const wa = incidents.find((i) => i.id === 'h-whatsapp-2022-10-25')!;
    expect(wa.mergedTimeline.map((e) => `${e.at ?? '-'} ${e.kind} ${e.outlet}`)).toEqual([
      '2022-10-25T07:17:00Z report afp.com',
      '2022-10-25T07:20:00Z start reuters.com',
      '2022-10-25T08:50:00Z restore afp.com',
      '- start reuters.com',
      '- statement reuters.com',
      '- resolved afp.com',
    ]);
  });

  it('chains articles of one outage across the window, and numbers same-day ids apart', () => {
    const a = entry({ url: 'https://a.com/2', services: ['Slack'], start: '2024-01-01T00:30:00Z' });
    const b = entry({ url: 'https://b.com/2', services: ['Slack'], start: '2024-01-01T20:00:00Z' });
    const ids = groupIncidents([a, b]).map((i) => i.id).sort();
    expect(ids).toEqual(['h-slack-2024-01-01', 'h-slack-2024-01-01-2']);
  });

  it('agrees with sameIncident on random histories (no missed or extra links)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const names = ['WhatsApp', 'Instagram', 'Facebook', 'Slack', 'AWS'];
    const list = Array.from({ length: 120 }, (_, n) => {
      const k = 1 + Math.floor(rnd() * 3);
      const services = Array.from({ length: k }, () => names[Math.floor(rnd() * names.length)]);
      const ms = Date.UTC(2024, 0, 1) + Math.floor(rnd() * 6 * 86_400_000);
      return entry({ url: `https://x.com/${n}`, services, start: rnd() < 0.8 ? new Date(ms).toISOString() : null, published: new Date(ms + 3_600_000).toISOString() });
    });
    const groups = groupIncidents(list);
    const groupOf = new Map(groups.flatMap((g) => g.articles.map((a) => [a.url, g.id] as const)));
    for (const a of list) for (const b of list) if (sameIncident(a, b)) expect(groupOf.get(a.url)).toBe(groupOf.get(b.url));
    // And every group is connected through sameIncident links.
    for (const g of groups) {
      const seen = new Set([g.articles[0].url]);
      const queue = [g.articles[0]];
      while (queue.length) {
        const x = queue.pop()!;
        for (const y of g.articles) if (!seen.has(y.url) && sameIncident(x, y)) (seen.add(y.url), queue.push(y));
      }
      expect(seen.size).toBe(g.articles.length);
    }
  });
});

describe('relatedFromHistory', () => {
  it('gives the other articles of the same incident, not the page itself', () => {
    const other = entry({ url: 'https://bbc.com/insta', services: ['Instagram'], start: '2022-10-25T07:30:00Z' });
    const related = relatedFromHistory(afp, [afp, reuters, other]);
    expect(related.map((e) => e.url)).toEqual([reuters.url]);
  });

  it('works from what the sidebar knows (URL, services, start, publication)', () => {
    const related = relatedFromHistory({ url: 'https://new.example/wa', services: ['WhatsApp'], start: null, published: '2022-10-25T11:00:00Z' }, [afp, reuters]);
    expect(related.map((e) => e.outlet)).toEqual(['afp.com', 'reuters.com']);
    expect(relatedFromHistory({ url: 'https://new.example/wa', services: [], start: null, published: null }, [afp, reuters])).toEqual([]);
  });
});

describe('cs:history-related (background handler)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replies with the other stored articles of the outage and the start conflict, this page included', async () => {
    await historyItem.setValue([afp, reuters, entry({ url: 'https://bbc.com/insta', services: ['Instagram'], start: '2022-10-25T07:30:00Z' })]);
    const r = await historyRelated({ url: afp.url, services: ['WhatsApp'], start: afp.start, published: afp.published });
    expect(r.others).toEqual([{ url: reuters.url, title: reuters.title, outlet: 'reuters.com', start: reuters.start, startText: '0720 GMT', end: reuters.end, endText: null }]);
    expect(r.conflicts.map((c) => [c.field, c.values.map((v) => v.outlets.join())])).toEqual([['start', ['afp.com', 'reuters.com']]]);
  });
});

describe('catalogue and search', () => {
  const fb = entry({ url: 'https://www.lemonde.fr/panne-facebook', language: 'fr', title: 'Panne géante de Facebook', services: ['Facebook', 'Instagram', 'WhatsApp'], start: '2021-10-04T15:40:00Z', cause: 'bgp', company: 'Meta' });
  const history = groupIncidents([afp, reuters, fb]);
  const catalogue = INCIDENTS.map(incidentFromCatalogue);
  const all = [...history, ...catalogue];

  it('links a history incident to the catalogue incident it is', () => {
    const inc = history.find((i) => i.services[0] === 'Facebook')!;
    expect(matchCatalogue(inc, INCIDENTS).map((c) => c.id)).toContain(INCIDENTS.find((c) => c.start.startsWith('2021-10-04') && c.services.includes('Facebook'))!.id);
  });

  it('text: every word, ignoring case, accents and Arabic letter variants', () => {
    expect(searchIncidents(history, { text: 'panne geante' }).map((i) => i.services[0])).toEqual(['Facebook']);
    expect(searchIncidents(history, { text: 'عطل واتساب' })).toHaveLength(1);
    expect(searchIncidents(history, { text: 'اتساب' })).toHaveLength(1);
    expect(searchIncidents(history, { text: 'reuters.com' })).toHaveLength(1);
    expect(searchIncidents(history, { text: 'whatsapp nothing-like-this' })).toHaveLength(0);
  });

  it('filters: service, company, cause, language, origin and date range', () => {
    expect(searchIncidents(history, { service: 'instagram' })).toHaveLength(1);
    expect(searchIncidents(history, { company: 'Meta' })).toHaveLength(2);
    expect(searchIncidents(history, { cause: 'bgp' }).map((i) => i.services[0])).toEqual(['Facebook']);
    expect(searchIncidents(history, { language: 'ar' }).map((i) => i.id)).toEqual(['h-whatsapp-2022-10-25']);
    expect(searchIncidents(history, { from: '2022-01-01' })).toHaveLength(1);
    expect(searchIncidents(history, { to: '2021-10-04' })).toHaveLength(1);
    expect(searchIncidents(history, { from: '2022-10-25', to: '2022-10-25' })).toHaveLength(1);
    expect(searchIncidents(all, { origin: 'catalogue' })).toHaveLength(INCIDENTS.length);
    const cat2021 = searchIncidents(all, { origin: 'catalogue', from: '2021-01-01', to: '2021-12-31' });
    expect(cat2021.length).toBeGreaterThan(0);
    expect(cat2021.every((i) => i.date.startsWith('2021'))).toBe(true);
    expect(searchIncidents(all, {})).toHaveLength(all.length);
  });
});

describe('with a full history', () => {
  const SERVICES = ['WhatsApp', 'Instagram', 'Facebook', 'Slack', 'Amazon Web Services', 'Microsoft 365', 'Google', 'Discord', 'X', 'Cloudflare', 'Zoom', 'PlayStation Network'];
  function synthetic(n: number): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < n; k++) {
      const ms = Date.UTC(2019, 0, 1) + Math.floor(rnd() * 6 * 365 * 86_400_000);
      const main = SERVICES[Math.floor(rnd() * SERVICES.length)];
      out.push(
        entry({
          url: `https://news${k % 40}.example/article/${k}`,
          services: rnd() < 0.3 ? [main, SERVICES[Math.floor(rnd() * SERVICES.length)]] : [main],
          start: new Date(ms).toISOString(),
          published: new Date(ms + 3_600_000).toISOString(),
          timeline: [{ at: new Date(ms).toISOString(), atText: '07:17 GMT', kind: 'start', text: `outage ${k}` }],
        }),
      );
    }
    return out;
  }

  it('groups 5,000 articles and finds related ones quickly (timings printed)', () => {
    const history = synthetic(5000);
    const timed = <T>(fn: () => T): [T, number] => {
      const t0 = performance.now();
      const value = fn();
      return [value, performance.now() - t0];
    };
    const median3 = (fn: () => unknown) => [timed(fn)[1], timed(fn)[1], timed(fn)[1]].sort((a, b) => a - b)[1];
    // The first call includes the JIT warming up; the median of the next three is the steady state.
    const [incidents, firstGroupMs] = timed(() => groupIncidents(history));
    const groupMs = median3(() => groupIncidents(history));
    const [related, firstRelatedMs] = timed(() => relatedFromHistory(history[1234], history));
    const relatedMs = median3(() => relatedFromHistory(history[1234], history));
    const searchMs = timed(() => searchIncidents(incidents, { text: 'whatsapp outage' }))[1];
    console.log(
      `5,000 articles → ${incidents.length} incidents: group ${groupMs.toFixed(1)} ms (first ${firstGroupMs.toFixed(1)}), ` +
        `related ${relatedMs.toFixed(1)} ms (first ${firstRelatedMs.toFixed(1)}), first search ${searchMs.toFixed(1)} ms`,
    );
    expect(incidents.reduce((n, i) => n + i.articles.length, 0)).toBe(5000);
    expect(related.every((r) => sameIncident(r, history[1234]) || r.url !== history[1234].url)).toBe(true);
    // Loose bounds only (a busy shared machine): the figures that matter are printed and in scripts/bench-history.ts.
    expect(groupMs).toBeLessThan(5000);
    expect(relatedMs).toBeLessThan(1000);
  });
});
