import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { NEWS_SITES } from './extraction/data/news-sites';

/** Match patterns of the bundled news sites (and their subdomains). */
const newsMatches = NEWS_SITES.flatMap((s) => [`*://${s.host}/*`, `*://*.${s.host}/*`]);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // OL_NO_MINIFY=1: readable function names in profiles (bench:browser with BENCH_FUNCTIONS=1).
  vite: () => ({ plugins: [preact()], ...(process.env.OL_NO_MINIFY === '1' ? { build: { minify: false } } : {}) }),
  hooks: {
    // The detector runs on every news page and only sends one message, which returns a promise
    // in Chrome MV3 and Firefox alike: it gets the browser's own API object instead of the
    // polyfill (whose set-up on each page cost ~1 ms of a 2 ms budget). Everything else keeps
    // the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'detector')) return;
      const lite = { find: /^wxt\/browser$/, replacement: fileURLToPath(new URL('./utils/native-browser.ts', import.meta.url)) };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [lite, ...rest.filter((a) => a.find !== 'wxt/browser')] };
    },
    // The detector's matches are the news list; WXT takes them from the entrypoint, which
    // cannot import data at build time without pulling it into the bundle twice.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const cs of manifest.content_scripts ?? []) {
        if (cs.matches?.includes('*://outage-lens.invalid/*')) cs.matches = newsMatches;
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: newsMatches,
    ...(manifestVersion === 3 ? { optional_host_permissions: ['*://*/*'] } : { optional_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // The sidebar shows the reader's history from this extension page in an iframe, which the
    // news page cannot read. Only this page is exposed (it shows nothing without the extension's
    // own messaging, so a page that loads it learns only that Outage Lens is installed).
    web_accessible_resources: manifestVersion === 3 ? [{ resources: ['also-read.html'], matches: ['*://*/*'] }] : ['also-read.html'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'outage-lens@outage-lens.example',
              // 140: the first version with data_collection_permissions (an ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'" }
        : "script-src 'self'; object-src 'self'",
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    excludeSources: ['demo/**', 'test-results/**', '*.log', '.e2e-profile*/**', '.ci/**'],
  },
});
