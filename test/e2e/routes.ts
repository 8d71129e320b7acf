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

// ── Hostile and broken pages (test/e2e/hostile, hostile.test.ts) ────────────────────────────
// (Imports here, not at the top, so that this section stays an append to the file.)
import { readFileSync } from 'node:fs';

/** Hostile pages under news hosts of the default list. */
export const HOSTILE = {
  markup: 'https://www.theverge.com/2022/10/25/whatsapp-down-markup',
  huge: 'https://www.cnn.com/2021/10/04/tech/facebook-instagram-whatsapp-outage-huge',
  deep: 'https://apnews.com/article/fastly-outage-deep-dom',
  allUnset: 'https://www.independent.co.uk/tech/gmail-youtube-down-all-unset',
  restyle: 'https://www.euronews.com/next/2023/01/25/outlook-teams-down-restyled',
  csp: 'https://www.alarabiya.net/technology/2024/03/05/facebook-instagram-outage-csp',
  prototypes: 'https://www.washingtonpost.com/technology/2021/12/07/aws-outage-prototypes/',
  clobber: 'https://www.dw.com/en/slack-down-clobber/a-56130000',
  clobberNegative: 'https://www.dw.com/en/winter-power-cut-checklist-clobber/a-70810000',
  removeHost: 'https://www.nytimes.com/2023/11/08/technology/chatgpt-outage-remove-host.html',
  pushState: 'https://www.aljazeera.com/news/liveblog/2023/12/21/x-down-live',
  messages: 'https://www.france24.com/en/technology/20201112-youtube-down-messages',
  framesTop: 'https://www.euronews.com/culture/2024/03/06/museum-roman-gallery-frames',
  framesOutageTop: 'https://www.reuters.com/technology/google-cloud-outage-frames/',
};

/** The strict policy the CSP page is served with (a real response header). */
export const HOSTILE_CSP =
  "default-src 'none'; script-src 'nonce-r4nd0mN0nce'; style-src 'nonce-r4nd0mN0nce'; img-src 'none'; font-src 'none'; " +
  "connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

export const HUGE_PAGE_BYTES = 20 * 1024 * 1024;

let hugeBody: string | null = null;
/** huge.html with about 20 MB of reader comments (no outage words) at its FILLER marker; made once. */
function hugePage(): string {
  if (hugeBody) return hugeBody;
  const shell = readFileSync(hostilePage('huge.html'), 'utf8');
  const topics = ['the bus timetable', 'the new library', 'parking on the high street', 'the school run', 'the allotments', 'the Sunday market', 'the cycle lane', 'the football ground'];
  const parts: string[] = [];
  let size = Buffer.byteLength(shell);
  for (let i = 0; size < HUGE_PAGE_BYTES; i++) {
    const c = `<div class="comment"><b>reader${i % 997}</b> <span>#${i}</span><p>I read this twice and I still think the council should have asked residents before changing ${topics[i % topics.length]}. My neighbours agree, and we will say so at the meeting on Thursday evening.</p></div>\n`;
    parts.push(c);
    size += Buffer.byteLength(c);
  }
  hugeBody = shell.replace('<!--FILLER-->', parts.join(''));
  return hugeBody;
}

export function hostilePage(name: string): string {
  return page(join('..', 'hostile', name));
}

export function hostileRoutes(): Route[] {
  const frame = hostilePage('frame-outage.html');
  return [
    { url: HOSTILE.markup, file: hostilePage('markup.html') },
    { url: HOSTILE.huge, body: hugePage },
    { url: HOSTILE.deep, file: hostilePage('deep.html') },
    { url: HOSTILE.allUnset, file: hostilePage('all-unset.html') },
    { url: HOSTILE.restyle, file: hostilePage('restyle-important.html') },
    { url: HOSTILE.csp, file: hostilePage('csp-ar.html'), headers: { 'content-security-policy': HOSTILE_CSP } },
    { url: HOSTILE.prototypes, file: hostilePage('prototypes.html') },
    { url: HOSTILE.clobber, file: hostilePage('clobber.html') },
    { url: HOSTILE.clobberNegative, file: hostilePage('clobber-negative.html') },
    { url: HOSTILE.removeHost, file: hostilePage('remove-host.html') },
    { url: HOSTILE.pushState, file: hostilePage('pushstate.html') },
    { url: HOSTILE.messages, file: hostilePage('messages.html') },
    { url: HOSTILE.framesTop, file: hostilePage('frames-top.html') },
    { url: HOSTILE.framesOutageTop, file: hostilePage('frames-outage-top.html') },
    { url: 'https://www.euronews.com/frame/instagram-outage', file: frame },
    { url: 'https://www.theverge.com/frame/instagram-outage', file: frame },
    { url: 'https://www.reuters.com/frame/instagram-outage', file: frame },
  ];
}
