/**
 * Timings of the history with a full store (5,000 articles): the validation every read does
 * (cleanHistory), grouping into incidents, the sidebar's related lookup and a search.
 * Median of 5 runs each. Run: npx tsx scripts/bench-history.ts [count]
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HistoryEntry } from '../utils/history';

// utils/history defines its storage item (with a migration) when loaded, which needs an
// extension API: give it WXT's in-memory fake before loading it.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { cleanHistory } = await import('../utils/history');
const { groupIncidents, relatedFromHistory, searchIncidents } = await import('../utils/incidents');

const COUNT = Number(process.argv[2]) || 5000;
const RUNS = 5;

const SERVICES = ['WhatsApp', 'Instagram', 'Facebook', 'Messenger', 'Slack', 'Amazon Web Services', 'Microsoft 365', 'Microsoft Teams', 'Google', 'YouTube', 'Gmail', 'Discord', 'X', 'Cloudflare', 'Zoom', 'PlayStation Network', 'Xbox Live', 'Netflix', 'Spotify', 'ChatGPT'];
const OUTLETS = ['afp.com', 'reuters.com', 'bbc.com', 'aljazeera.net', 'lemonde.fr', 'cnn.com', 'theverge.com', 'alarabiya.net', 'france24.com', 'spiegel.de'];
const LANGS = ['en', 'ar', 'fr', 'de', 'es'];
const KINDS = ['start', 'report', 'update', 'statement', 'restore', 'resolved'] as const;

/** Deterministic: the same history on every run and machine. */
function synthetic(n: number): HistoryEntry[] {
  // mulberry32
  let seed = 2022;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: HistoryEntry[] = [];
  // Outages of 1–6 articles each, spread over six years, like a heavy reader's history.
  while (out.length < n) {
    const t0 = Date.UTC(2019, 0, 1) + Math.floor(rnd() * 6 * 365 * 86_400_000);
    const main = pick(SERVICES);
    const services = rnd() < 0.3 ? [main, pick(SERVICES)] : [main];
    const articles = 1 + Math.floor(rnd() * 6);
    for (let k = 0; k < articles && out.length < n; k++) {
      const start = t0 + (rnd() < 0.3 ? Math.floor(rnd() * 10) * 60_000 : 0);
      const id = out.length;
      out.push({
        url: `https://www.${pick(OUTLETS)}/tech/${id}-outage`,
        title: `${main} down for thousands of users (${id})`,
        outlet: pick(OUTLETS),
        language: pick(LANGS),
        published: new Date(t0 + (1 + k) * 3_600_000).toISOString(),
        seenAt: new Date(t0 + (2 + k) * 3_600_000).toISOString(),
        services,
        company: 'Example Corp',
        status: pick(['ongoing', 'partial', 'resolved', 'unknown'] as const),
        start: rnd() < 0.85 ? new Date(start).toISOString() : null,
        end: rnd() < 0.5 ? new Date(start + 90 * 60_000).toISOString() : null,
        startText: '07:17 GMT',
        endText: null,
        durationMinutes: null,
        cause: pick(['unknown', 'configuration', 'dns', 'bgp'] as const),
        regions: ['global'],
        reportSources: ['Downdetector'],
        related: [],
        timeline: Array.from({ length: 4 + Math.floor(rnd() * 6) }, (_, e) => ({
          at: rnd() < 0.7 ? new Date(start + e * 15 * 60_000).toISOString() : null,
          atText: null,
          kind: pick(KINDS),
          text: `event ${e} of the ${main} outage, as the article tells it`,
        })),
        scale: ['27,000 reports'],
      });
    }
  }
  return out;
}

/** Median time of RUNS calls; `fn` gets the run number (to pick fresh input per run). */
function median(fn: (run: number) => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn(r);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

// A stored value comes back from storage as plain JSON: clean that, as readHistory does.
const raw: unknown = JSON.parse(JSON.stringify(synthetic(COUNT)));
const history = cleanHistory(raw);
const incidents = groupIncidents(history);
const probe = history[Math.floor(history.length / 2)];
const fresh = Array.from({ length: RUNS }, () => groupIncidents(history));

const rows: [string, number][] = [
  ['cleanHistory (readHistory validation)', median(() => cleanHistory(raw))],
  ['groupIncidents', median(() => groupIncidents(history))],
  ['relatedFromHistory (one article)', median(() => relatedFromHistory(probe, history))],
  // The first search over a new incident list also folds each incident's text once.
  ['searchIncidents (text, first call per list)', median((r) => searchIncidents(fresh[r], { text: 'whatsapp users' }))],
  ['searchIncidents (text, repeated)', median(() => searchIncidents(incidents, { text: 'whatsapp users' }))],
  ['searchIncidents (filters)', median(() => searchIncidents(incidents, { service: 'Slack', cause: 'dns', from: '2021-01-01', to: '2022-12-31' }))],
];

console.log(`${history.length} history entries → ${incidents.length} incidents; median of ${RUNS} runs (Node ${process.version})`);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms`);
