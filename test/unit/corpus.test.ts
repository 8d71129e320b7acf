/**
 * The 311 real pages of ../shared/corpus, none of them an outage report: no crash, at most one
 * called an outage. Skipped without ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, quickLook } from '../../extraction/index';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;
const files = existsSync(CORPUS)
  ? ['news-pages', 'readability-pages'].flatMap((d) => (existsSync(join(CORPUS, d)) ? readdirSync(join(CORPUS, d)).filter((f) => f.endsWith('.html')).map((f) => join(CORPUS, d, f)) : []))
  : [];

describe.skipIf(files.length === 0)('corpus negatives', () => {
  it(`${files.length} pages: no crash, at most 1 called an outage`, () => {
    const called: string[] = [];
    for (const f of files) {
      const { document } = parseHTML(readFileSync(f, 'utf8'));
      const doc = document as unknown as Document;
      quickLook(doc);
      const r = analyzeDocument(doc, { url: null });
      if (r.isOutage) called.push(`${f.split('/').pop()}: ${r.title.slice(0, 60)}`);
    }
    expect(files.length).toBe(311);
    expect(called.length, called.join('\n')).toBeLessThanOrEqual(1);
  }, 120_000);
});
