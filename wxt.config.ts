import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { buildSync, transformSync } from 'esbuild';
import { defineConfig } from 'wxt';
import { NEWS_SITES } from './extraction/data/news-sites';
import { QUICK_TERMS } from './extraction/lang/quick-terms.generated';
import { bundleLanguages, detectorFileFor, FULL_DETECTOR_FILE, quickTermsDeclaration, quickTermsFor } from './extraction/quick-bundles';
import { dataAsJson } from './scripts/vite-data-as-json';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Match patterns of a news site (and its subdomains). */
const siteMatches = (host: string) => [`*://${host}/*`, `*://*.${host}/*`];
const newsMatches = NEWS_SITES.flatMap((s) => siteMatches(s.host));

/** Each detector bundle (quick-bundles.ts) with the news sites it is declared for and its languages. */
const LISTED = Object.keys(QUICK_TERMS.outage);
const detectorBundles = new Map<string, { matches: string[]; langs: string[] }>([[FULL_DETECTOR_FILE, { matches: [], langs: LISTED }]]);
for (const site of NEWS_SITES) {
  const file = detectorFileFor(site.languages, LISTED);
  const langs = file === FULL_DETECTOR_FILE ? LISTED : (bundleLanguages(site.languages) ?? LISTED);
  const bundle = detectorBundles.get(file) ?? { matches: [], langs };
  bundle.matches.push(...siteMatches(site.host));
  detectorBundles.set(file, bundle);
}
// Every language's bundle, for the sites a reader adds (utils/sites.ts), news site or not.
for (const lang of LISTED) {
  const file = detectorFileFor([lang], LISTED);
  if (!detectorBundles.has(file)) detectorBundles.set(file, { matches: [], langs: bundleLanguages([lang]) ?? LISTED });
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // OL_NO_MINIFY=1: readable function names in profiles (bench:browser with BENCH_FUNCTIONS=1).
  // dataAsJson: the word lists and gazetteer as JSON.parse of a string (see scripts/vite-data-as-json.ts).
  vite: () => ({ plugins: [preact(), dataAsJson()], ...(process.env.OL_NO_MINIFY === '1' ? { build: { minify: false } } : {}) }),
  hooks: {
    // The detector (a plain script built below, see utils/detector.ts) is the content script of
    // the bundled news sites, each site's bundle carrying its languages' word lists.
    'build:manifestGenerated': (_wxt, manifest) => {
      const detectors = [...detectorBundles].filter(([, b]) => b.matches.length > 0).map(([file, b]) => ({ matches: b.matches, js: [file], run_at: 'document_idle' as const }));
      manifest.content_scripts = [...(manifest.content_scripts ?? []), ...detectors];
    },
    // The detector is built here with esbuild, without WXT's wrapper of an unlisted script, and
    // written out once per bundle, its word lists declared ahead of its code. It is parsed and
    // compiled on every news page, which costs about 0.1 ms per KB of code (bench:browser: an
    // empty script costs 0.19 ms, the detector returning at once 1.05), so:
    // - the smallest code that does the work: a lean build for the sites' own bundles;
    // - printed by esbuild, which writes a string without escapes as a quoted literal; Vite's
    //   minifier wrote every string as a template literal, whose raw and cooked forms make V8's
    //   parse of the word lists slower (negatives' median: 2.00 ms over four runs with it, 2.13
    //   over three without);
    // - V8's compile hint: all of the detector runs at once, so compiling it eagerly spares V8
    //   a pre-parse and a second parse of each function (≈0.2 ms a page in bench:browser).
    //   Added last, as minifiers drop comments.
    'build:done': (wxt) => {
      const minify = process.env.OL_NO_MINIFY !== '1';
      // esbuild's printing: strings without substitutions as quoted literals (see above).
      const print = (code: string) => transformSync(code, { minifyWhitespace: minify, minifySyntax: minify, charset: 'utf8', target: 'es2022' }).code;
      const build = (entry: string) => buildSync({ entryPoints: [resolve(wxt.config.root, entry)], bundle: true, format: 'iife', write: false, minify, charset: 'utf8', target: 'es2022', legalComments: 'none' }).outputFiles[0].text;
      // A site's own bundle (two languages) takes the lean build, which guesses no language (and
      // reads no Arabic proclitics but in the Arabic bundle).
      const full = build('utils/detector-full.ts');
      const lean = build('utils/detector-lean.ts');
      const leanArabic = build('utils/detector-lean-ar.ts');
      for (const [file, { langs }] of detectorBundles) {
        const code = file === FULL_DETECTOR_FILE ? full : langs.includes('ar') ? leanArabic : lean;
        const bundle = `${quickTermsDeclaration(quickTermsFor(QUICK_TERMS, langs))}\n${code}`;
        const printed = print(bundle);
        writeFileSync(resolve(wxt.config.outDir, file), `${COMPILE_HINT}\n${printed}`);
      }
      // The analyser (injected into a candidate page) is printed again by esbuild for the same
      // reason: Vite's minifier writes its 350 KB of word lists and gazetteer as 24,000 template
      // literals. Quoted, its evaluation on the page drops from about 38 to 32 ms (parse and
      // compile 26 → 20 ms; bench:browser, BENCH_ONLY=… BENCH_DEBUG=1), which kept it one task
      // under 50 ms on a slow page where it had made a long task.
      const analyser = resolve(wxt.config.outDir, 'content-scripts/sidebar.js');
      if (minify && existsSync(analyser)) {
        writeFileSync(analyser, print(readFileSync(analyser, 'utf8')));
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
