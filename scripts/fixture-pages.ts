/**
 * Our positive fixtures as whole news pages (header, navigation, article, aside, footer), for
 * benchmarks that need pages rather than text. The article text is ours (test/fixtures).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface FixturePage {
  id: string;
  lang: string;
  html: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function fixturePages(onlyPositives = true): FixturePage[] {
  const dir = new URL('../test/fixtures/articles/', import.meta.url);
  const out: FixturePage[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const lang = f.replace('.json', '');
    for (const a of JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { id: string; title: string; body: string; published: string; gold: { isOutage: boolean } }[]) {
      if (onlyPositives && !a.gold.isOutage) continue;
      const paras = a.body.split('\n').map((p) => `<p>${esc(p)}</p>`).join('\n');
      const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
      const aside = Array.from({ length: 10 }, (_, i) => `<li><a href="/story/${i}">Most read story number ${i} with a headline of some length</a></li>`).join('');
      out.push({
        id: a.id,
        lang,
        html: `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="article:published_time" content="${a.published}">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: a.title, datePublished: a.published })}</script></head>
<body><header><div class="logo">News</div><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${esc(a.title)}</h1><p class="byline">By Staff · <time datetime="${a.published}">${a.published}</time></p>${paras}</article>
<aside><h2>Most read</h2><ol>${aside}</ol><div class="ad">Advertisement</div></aside></main>
<footer><p>© News ${new Date().getFullYear()}</p><ul>${nav}</ul></footer></body></html>`,
      });
    }
  }
  return out;
}
