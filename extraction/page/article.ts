/**
 * The article body: Readability on a clone of the document (the live page is never touched),
 * turned into plain text with one paragraph per line, so sentences and evidence offsets are
 * stable. Falls back to the page's paragraphs when Readability finds no article.
 */
import { Readability } from '@mozilla/readability';

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'TABLE', 'UL', 'OL', 'DL', 'DD', 'DT', 'BR', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Hard limits that keep hostile pages (huge, very deep) from stalling the reader's tab. */
export const MAX_ELEMENTS = 60_000;
export const MAX_TEXT = 200_000;
/** The HTML parser never nests deeper than 512; only script does. Readability's cost grows steeply with depth. */
export const MAX_DEPTH = 512;

export interface ArticleBody {
  title: string | null;
  text: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  usedReadability: boolean;
}

export function extractArticle(doc: Document): ArticleBody {
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  // A DOM nested deeper than the parser can build (script-made, e.g. 10,000 levels) would keep
  // Readability busy for minutes on the page's main thread: fall back below instead.
  if (!doc.documentElement || !deeperThan(doc.documentElement, MAX_DEPTH)) {
    try {
      const clone = doc.cloneNode(true) as Document;
      parsed = new Readability<Node>(clone, { serializer: (el) => el, maxElemsToParse: MAX_ELEMENTS }).parse();
    } catch {
      parsed = null; // too many elements, or a DOM Readability cannot walk: fall back below
    }
  }
  if (parsed?.content) {
    const text = blockText(parsed.content as Node);
    if (text.length > 200) {
      return { title: parsed.title ?? null, text, byline: parsed.byline ?? null, siteName: parsed.siteName ?? null, publishedTime: parsed.publishedTime ?? null, lang: parsed.lang ?? null, usedReadability: true };
    }
  }
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return { title: null, text: root ? blockText(root) : '', byline: null, siteName: null, publishedTime: null, lang: null, usedReadability: false };
}

/** Whether any element under `root` is nested more than `max` levels below it. Iterative, one visit per element. */
export function deeperThan(root: Element, max: number): boolean {
  let node: Element = root;
  let depth = 0;
  for (;;) {
    const child = node.firstElementChild;
    if (child) {
      if (++depth > max) return true;
      node = child;
      continue;
    }
    for (;;) {
      if (node === root) return false;
      const next = node.nextElementSibling;
      if (next) {
        node = next;
        break;
      }
      const parent = node.parentElement;
      if (!parent) return false;
      node = parent;
      depth--;
    }
  }
}

/** Text of a subtree, a line per block element. Iterative: a 10,000-deep DOM cannot overflow the stack. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  let size = 0;
  const stack: (Node | null)[] = [root];
  while (stack.length > 0 && size < MAX_TEXT) {
    const node = stack.pop();
    if (node === null) {
      parts.push('\n');
      continue;
    }
    if (!node) continue;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      parts.push(t);
      size += t.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase?.() ?? '';
    if (SKIP.has(tag)) continue;
    const block = BLOCK.has(tag);
    if (block) {
      parts.push('\n');
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts
    .join('')
    .slice(0, MAX_TEXT)
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
