/** The local "web" the end-to-end tests and the demo browse: our pages under real news hosts, and corpus negatives. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, page, type Route } from './server';

export const URLS = {
  arabic: 'https://www.aljazeera.net/news/2022/10/25/whatsapp-outage',
  arabic2: 'https://www.skynewsarabia.com/technology/whatsapp-back',
  english: 'https://www.bbc.com/news/technology-cloudflare-outage',
  englishNegative: 'https://www.bbc.com/news/business-cloudflare-results',
  french: 'https://www.lemonde.fr/pixels/article/2021/06/03/panne-orange',
  spa: 'https://www.theguardian.com/sport/live',
  /** A site not on the news list: only "Analyse this page" or a grant makes it run. */
  blog: 'https://blog.example.org/2025/11/cloudflare-down',
};

/** A few corpus pages (negatives), served under a news host so the detector runs on them. */
export function corpusRoutes(limit: number): Route[] {
  const dir = join(CORPUS_DIR, 'news-pages');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  } catch {
    return [];
  }
  const step = Math.max(1, Math.floor(files.length / limit));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, limit)
    .map((f) => ({ url: `https://www.reuters.com/corpus/${f}`, file: join(dir, f) }));
}

export function mainRoutes(): Route[] {
  return [
    { url: URLS.arabic, file: page('ar-whatsapp.html') },
    { url: URLS.arabic2, file: page('ar-whatsapp-2.html') },
    { url: URLS.english, file: page('en-cloudflare.html') },
    { url: URLS.englishNegative, file: page('en-not-outage.html') },
    { url: URLS.french, file: page('fr-orange.html') },
    { url: URLS.spa, file: page('spa.html') },
    { url: 'https://www.theguardian.com/*', file: page('spa.html') },
    { url: URLS.blog, file: page('en-cloudflare.html') },
  ];
}
