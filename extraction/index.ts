/**
 * Outage Lens extraction engine: the public API. Pure TypeScript, no browser API: the same
 * code runs in the content script (live DOM), in Node (linkedom) and in the tests.
 *
 * - `quickLook(doc)`: microseconds; says whether a page may be an outage report.
 * - `analyzeDocument(doc, opts)`: metadata, Readability on a clone, then `analyzeText`.
 * - `analyzeText(title, body, opts)`: the OutageReport of a text.
 * @module
 */
import { analyzeText, type AnalyzeOptions, type DetailedReport } from './analyze';
import { extractArticle } from './page/article';
import { readMetadata } from './page/metadata';
import { entityLexicon } from './facts/entities';

export { analyzeText, type AnalyzeOptions, type DetailedReport } from './analyze';
export { quickLook, quickLookText, type QuickLook } from './quick';
export type * from './report';

export interface DocumentOptions extends AnalyzeOptions {
  url?: string | null;
}

/** What analyzeText needs from a page: its title, article text, date and language. */
export interface PageText {
  title: string;
  body: string;
  options: AnalyzeOptions;
}

/**
 * Builds the gazetteer's matcher, which the first analysis would otherwise build inside its own
 * call (thousands of names: on a candidate page, most of that one long task). A caller on a live
 * page runs this in a task of its own between readDocument and analyzeText; anyone else may skip it.
 */
export function prepareAnalysis(): void {
  entityLexicon();
}

/**
 * The page's part of the work (metadata, Readability on a clone), separate from the text's so
 * that a caller on a live page can let the page breathe between the two.
 */
export function readDocument(doc: Document, options: DocumentOptions = {}): PageText {
  // A document without a root (an empty or broken parse) is an empty page, not an error.
  if (!doc?.documentElement) return { title: '', body: '', options: { url: options.url ?? null, published: options.published ?? null, lang: options.lang ?? null } };
  const article = extractArticle(doc);
  // Readability reads the title, JSON-LD datePublished, then article:published_time, and the
  // page's lang, in our order of trust; our own pass over the metadata only fills what it lacks.
  const needMeta = !article.publishedTime || !article.title || !article.lang;
  const meta = needMeta ? readMetadata(doc) : null;
  const title = (meta?.title || article.title || '').trim();
  return {
    title,
    body: article.text,
    options: {
      url: options.url ?? null,
      published: options.published ?? article.publishedTime ?? meta?.published ?? null,
      lang: options.lang ?? article.lang ?? meta?.lang ?? null,
    },
  };
}

export function analyzeDocument(doc: Document, options: DocumentOptions = {}): DetailedReport {
  const page = readDocument(doc, options);
  return analyzeText(page.title, page.body, page.options);
}
