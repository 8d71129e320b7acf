/**
 * The detector: the only code that runs on every news page. It takes the cheap first look and,
 * on a candidate only, asks the background to inject the analyser and sidebar. On any other
 * page it adds nothing and leaves nothing running (one navigation listener for single-page
 * sites, no timer, no observer).
 *
 * A plain script that wxt.config.ts builds (esbuild) and declares as the content script for the
 * news sites, not a WXT entrypoint: WXT's content-script context (its start-up events, listeners
 * and the extension API it touches) cost more than the first look itself on each page, and even
 * the wrapper of an unlisted script is code to parse and compile on every page. On a page that
 * is not an outage report the detector needs no extension API at all.
 *
 * The built file carries no word lists: wxt.config.ts writes one bundle per site language with
 * that language's lists declared ahead of this code (quick-bundles.ts). It is built three times:
 * from detector-full.ts, which reads the declared language or guesses an undeclared page's, for
 * the bundle with every list; from detector-lean.ts, which searches both of its lists, for a
 * site's own bundle; from detector-lean-ar.ts, which also reads words glued to Arabic
 * proclitics, for the Arabic one.
 */
import { bundledQuickTerms } from '../extraction/quick-bundles';
import { lookAtDocument, type GlueReader, type LanguageGuess } from '../extraction/quick-look';
import { message, type Message } from './messages';

interface SidebarHandle {
  clear(): void;
}

type Runtime = { id?: string; sendMessage(m: unknown): Promise<unknown> };

/**
 * The extension's messaging, looked up only when there is something to send (Firefox's
 * `browser`, else Chrome's `chrome`, whose MV3 sendMessage returns a promise); null once the
 * extension was updated or removed under this page, which leaves this script orphaned.
 */
function runtime(): Runtime | null {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  try {
    const rt = g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
    return rt?.id ? rt : null;
  } catch {
    return null;
  }
}

/**
 * Looks at the page now and after each single-page navigation; `guess` tells which lists to
 * search a page with, `glue` reads Arabic words glued to proclitics (bundles with Arabic lists).
 */
export function runDetector(guess: LanguageGuess, glue?: GlueReader): void {
  if (window.top !== window) return;
  const terms = bundledQuickTerms();
  if (!terms) return;
  let lastUrl = '';
  let orphaned = false;
  const send = (m: Message) => {
    const rt = runtime();
    if (!rt) {
      orphaned = true;
      stopListening();
      return;
    }
    rt.sendMessage(m).catch(() => {});
  };
  const look = () => {
    // document.URL, not location.href: the same address, without making the Location object
    // (whose properties are defined anew on each instance) on every news page.
    const url = document.URL;
    if (orphaned || url === lastUrl) return;
    lastUrl = url;
    let candidate = false;
    try {
      candidate = lookAtDocument(document, terms, guess, glue).candidate;
    } catch {
      // a page we cannot read is not an outage report
    }
    // Our own property only: a page element with id/name "__outageLens" shows through as
    // window.__outageLens in every world (DOM clobbering).
    const g = globalThis as { __outageLens?: SidebarHandle };
    const handle = Object.prototype.hasOwnProperty.call(g, '__outageLens') ? g.__outageLens : undefined;
    if (candidate) send(message('cs:candidate', { url }));
    else if (handle) {
      handle.clear();
      send(message('cs:clear', { url }));
    }
  };
  look();
  // Single-page sites: the Navigation API tells of pushState without polling. Debounced: a
  // page that pushes state in a burst (or without end) gets one look once it settles.
  const nav = (window as { navigation?: EventTarget }).navigation;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const onNavigate = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      look();
    }, 400);
  };
  nav?.addEventListener('currententrychange', onNavigate, { passive: true });
  window.addEventListener('popstate', onNavigate, { passive: true });
  function stopListening() {
    nav?.removeEventListener('currententrychange', onNavigate);
    window.removeEventListener('popstate', onNavigate);
    if (pending !== undefined) clearTimeout(pending);
  }
}
