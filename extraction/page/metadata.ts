/**
 * Page metadata without touching the body: title, declared language, publication date
 * (JSON-LD datePublished, then article:published_time and kin, then <time datetime>),
 * description. Reads only the head and a few selectors: cheap on any page.
 */

export interface PageMeta {
  title: string;
  lang: string | null;
  published: string | null;
  description: string;
  siteName: string | null;
}

export interface HeadMeta {
  title: string;
  lang: string | null;
  description: string;
}

/**
 * Title, language and description: the first look's only read of metadata. Native selector
 * queries, not a loop over <head> (this runs cold on every news page, where each DOM call made
 * from script costs more than the engine's own matching).
 */
export function readHeadMeta(doc: Document): HeadMeta {
  const head = doc.head;
  const content = (sel: string) => (head?.querySelector(sel)?.getAttribute('content') ?? '');
  // The document's title holds the headline (with the site's name, harmless to the word lists)
  // and costs no selector query; og:title only where it is empty (a query costs ≈0.05 ms cold).
  const title = (doc.title ?? '').trim() || content('meta[property="og:title"]');
  return {
    // Whitespace is left as it is: the first look's folding turns every run of it into one space.
    title: title.trim().slice(0, 500),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    description: content('meta[name="description"], meta[property="og:description"]').slice(0, 600),
  };
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]', 'meta[name="parsely-pub-date"]', 'meta[name="sailthru.date"]',
];

export function readMetadata(doc: Document): PageMeta {
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const ogTitle = meta('meta[property="og:title"]');
  const docTitle = (doc.querySelector('title')?.textContent ?? '').trim();
  const h1 = (doc.querySelector('h1')?.textContent ?? '').trim();
  const title = (h1 && (docTitle.includes(h1) || ogTitle?.includes(h1)) ? h1 : ogTitle || docTitle || h1).replace(/\s+/g, ' ').slice(0, 500);
  return {
    title,
    lang: doc.documentElement?.getAttribute('lang') || meta('meta[http-equiv="content-language"]') || meta('meta[property="og:locale"]'),
    published: publishedDate(doc),
    description: meta('meta[name="description"]') ?? meta('meta[property="og:description"]') ?? '',
    siteName: meta('meta[property="og:site_name"]'),
  };
}

function publishedDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 8)) {
    const found = jsonLdDate(script.textContent ?? '');
    if (found) return found;
  }
  for (const sel of PUBLISHED_META) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    const iso = toIso(v);
    if (iso) return iso;
  }
  const time = doc.querySelector('article time[datetime], time[datetime]');
  return toIso(time?.getAttribute('datetime'));
}

function jsonLdDate(json: string): string | null {
  if (json.length > 200_000) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  const stack: unknown[] = [data];
  let steps = 0;
  while (stack.length > 0 && steps++ < 500) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const rec = node as Record<string, unknown>;
      const iso = typeof rec.datePublished === 'string' ? toIso(rec.datePublished) : null;
      if (iso) return iso;
      for (const v of Object.values(rec)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  return null;
}

/** A date string to ISO (UTC); a bare date stays a bare date ("2022-10-25"). */
export function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const y = new Date(ms).getUTCFullYear();
  if (y < 1995 || y > 2100) return null;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
