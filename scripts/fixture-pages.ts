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

/**
 * A news page as sites serve them: the article is a small part of the DOM. Menus, a trending
 * bar, share buttons, a grid of related stories, comments, a long footer, inline scripts and
 * JSON blobs: about 2,000 elements, in the range of real news pages (the corpus pages are
 * 500–20,000 elements), so that timings compare with what readers' browsers see.
 */
function newsPage(lang: string, title: string, published: string, paras: string): string {
  const links = (n: number, label: string) => Array.from({ length: n }, (_, i) => `<li><a href="/${label}/${i}">${label} ${i}</a></li>`).join('');
  const card = (i: number) => `<article class="card"><a href="/story/${i}"><img src="data:," alt=""><h3>Related story number ${i} with a headline of a usual length for a news site</h3></a><p class="summary">A short summary of the related story, two lines long, as teaser cards carry under the headline on news sites.</p><span class="meta">${i} hours ago · Section</span></article>`;
  const comment = (i: number) => `<li class="comment"><div class="author"><img src="data:," alt=""><b>Reader ${i}</b><time>${i} min</time></div><p>Comment number ${i}: readers' opinions, of a sentence or two, as they appear under articles.</p><div class="actions"><button>Reply</button><button>Like</button><button>Report</button></div></li>`;
  const script = `<script>window.__config = ${JSON.stringify({ ads: Array.from({ length: 40 }, (_, i) => ({ slot: `ad-${i}`, sizes: [[300, 250], [728, 90]] })) })};</script>`;
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:title" content="${esc(title)}"><meta property="article:published_time" content="${published}">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: title, datePublished: published })}</script>${script}
<style>${'.x{color:red}'.repeat(200)}</style></head>
<body><header><div class="logo">News</div><nav class="mega"><ul>${links(150, 'section')}</ul></nav><div class="trending"><ul>${links(20, 'trending')}</ul></div></header>
<main><article><h1>${esc(title)}</h1><p class="byline">By Staff · <time datetime="${published}">${published}</time></p>
<div class="share"><button>Share</button><button>Tweet</button><button>Email</button><button>Copy link</button></div>${paras}
<div class="tags"><ul>${links(12, 'tag')}</ul></div></article>
<aside><h2>Most read</h2><ol>${links(10, 'most-read')}</ol><div class="ad">Advertisement</div></aside>
<section class="related"><h2>More stories</h2>${Array.from({ length: 24 }, (_, i) => card(i)).join('')}</section>
<section class="comments"><h2>Comments</h2><ol>${Array.from({ length: 20 }, (_, i) => comment(i)).join('')}</ol></section></main>
<footer><ul>${links(120, 'footer')}</ul><p>© News</p></footer>${script}</body></html>`;
}

export function fixturePages(onlyPositives = true): FixturePage[] {
  const dir = new URL('../test/fixtures/articles/', import.meta.url);
  const out: FixturePage[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const lang = f.replace('.json', '');
    for (const a of JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { id: string; title: string; body: string; published: string; gold: { isOutage: boolean } }[]) {
      if (onlyPositives && !a.gold.isOutage) continue;
      const paras = a.body.split('\n').map((p) => `<p>${esc(p)}</p>`).join('\n');
      out.push({ id: a.id, lang, html: newsPage(lang, a.title, a.published, paras) });
    }
  }
  return out;
}
