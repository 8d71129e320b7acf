/**
 * `npm run bench`: the engine's cost per page against Readability's on the same DOM (linkedom,
 * Node). Negatives: the 311 corpus pages, where the content script's path is the cheap first
 * look (plus the full analysis when the look says "maybe"). Positives: our fixtures as pages,
 * where the path is the first look plus the full analysis (which includes Readability).
 * Goals (issue 2): negatives ≤ 0.05× Readability, positives ≤ 1.5×.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeDocument, quickLook } from '../extraction/index';
import { fixturePages } from './fixture-pages';

const RUNS = 3;

function timeIt(fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN;
};

interface Row {
  ours: number;
  readability: number;
}

function measure(html: string): Row {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const ours = timeIt(() => {
    if (quickLook(doc).candidate) analyzeDocument(doc);
  });
  const readability = timeIt(() => {
    try {
      new Readability(doc.cloneNode(true) as Document).parse();
    } catch {
      /* counted as what it cost */
    }
  });
  return { ours, readability };
}

function report(label: string, rows: Row[]) {
  const ours = rows.map((r) => r.ours);
  const rd = rows.map((r) => r.readability);
  const ratios = rows.map((r) => r.ours / Math.max(r.readability, 1e-3));
  const f = (n: number) => n.toFixed(3).padStart(8);
  console.log(`${label.padEnd(22)} ${String(rows.length).padStart(4)} ${f(quantile(ours, 0.5))} ${f(quantile(ours, 0.95))} ${f(quantile(rd, 0.5))} ${f(quantile(rd, 0.95))}   ${(quantile(ours, 0.5) / quantile(rd, 0.5)).toFixed(3).padStart(6)}× ${(quantile(ours, 0.95) / quantile(rd, 0.95)).toFixed(3).padStart(6)}×   ${quantile(ratios, 0.5).toFixed(3).padStart(6)}×`);
}

const corpusDir = new URL('../../shared/corpus/', import.meta.url).pathname;
const negatives: Row[] = [];
if (existsSync(corpusDir)) {
  for (const d of ['news-pages', 'readability-pages']) {
    const dir = join(corpusDir, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) negatives.push(measure(readFileSync(join(dir, f), 'utf8')));
  }
}
const positives = fixturePages(true).map((p) => measure(p.html));
// Our sample pages (test/e2e/pages): outage articles written as whole news pages.
const samplesDir = new URL('../test/e2e/pages/', import.meta.url).pathname;
const samples = readdirSync(samplesDir).filter((f) => /^(ar|en|fr)-/.test(f) && !f.includes('not-outage')).map((f) => measure(readFileSync(join(samplesDir, f), 'utf8')));

console.log('ms per page (median of 3 runs each)      ours            Readability alone      ratio of medians / p95   median of per-page ratios');
console.log(`${'class'.padEnd(22)} ${'n'.padStart(4)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'median'.padStart(8)} ${'p95'.padStart(8)}`);
if (negatives.length) report('negatives (corpus)', negatives);
else console.log('negatives: ../shared/corpus not found');
report('positives (fixtures)', positives);
report('positives (sample pages)', samples);
console.log('\ngoals: negatives ≤ 0.050×, positives ≤ 1.500× (ratio of medians)');
