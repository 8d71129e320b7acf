/**
 * The browser's own extension API object, for the detector only (see wxt.config.ts): Firefox's
 * `browser`, else Chrome's `chrome`, whose MV3 methods return promises. The detector uses
 * `runtime.sendMessage` and WXT's context uses `runtime.id`; both exist natively.
 */
type Browser = typeof import('wxt/browser').browser;
type Globals = { browser?: { runtime?: { id?: string } }; chrome?: unknown };
const g = globalThis as unknown as Globals;

export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as unknown as Browser;
