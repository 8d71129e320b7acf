/**
 * The detector: the only code that runs on every news page. It takes the cheap first look and,
 * on a candidate only, asks the background to inject the analyser and sidebar. On any other
 * page it adds nothing and leaves nothing running (one navigation listener for single-page
 * sites, no timer, no observer).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { quickLook } from '../extraction/quick';
import { message } from '../utils/messages';

interface SidebarHandle {
  clear(): void;
}

export default defineContentScript({
  // Replaced by the bundled news list at build time (wxt.config.ts); other sites are added
  // at run time when the reader allows them.
  matches: ['*://outage-lens.invalid/*'],
  runAt: 'document_idle',
  // WXT's extra window.postMessage at start-up reaches the page's own "message" listeners (and
  // tells the page our extension id); the document event WXT also sends is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top !== window) return;
    let lastUrl = '';
    const look = () => {
      if (ctx.isInvalid || location.href === lastUrl) return;
      lastUrl = location.href;
      let candidate = false;
      try {
        candidate = quickLook(document).candidate;
      } catch {
        candidate = false; // a page we cannot read is not an outage report
      }
      // Our own property only: a page element with id/name "__outageLens" shows through as
      // window.__outageLens in every world (DOM clobbering).
      const g = globalThis as { __outageLens?: SidebarHandle };
      const handle = Object.prototype.hasOwnProperty.call(g, '__outageLens') ? g.__outageLens : undefined;
      if (candidate) {
        browser.runtime.sendMessage(message('cs:candidate', { url: location.href })).catch(() => {});
      } else if (handle) {
        handle.clear();
        browser.runtime.sendMessage(message('cs:clear', { url: location.href })).catch(() => {});
      }
    };
    look();
    // Single-page sites: the Navigation API tells of pushState without polling. Debounced: a
    // page that pushes state in a burst (or without end) gets one look once it settles.
    const nav = (window as { navigation?: EventTarget }).navigation;
    let pending: number | undefined;
    const onNavigate = () => {
      if (pending !== undefined) clearTimeout(pending);
      pending = ctx.setTimeout(() => {
        pending = undefined;
        look();
      }, 400);
    };
    if (nav) ctx.addEventListener(nav as unknown as Window, 'currententrychange' as keyof WindowEventMap, onNavigate);
    ctx.addEventListener(window, 'popstate', onNavigate);
  },
});
