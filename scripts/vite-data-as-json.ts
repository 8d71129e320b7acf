/**
 * Build step: the extraction module's large data files (the twelve language files and the
 * gazetteer's lists) go into the bundles as `JSON.parse("…")` of one string each, not as
 * JavaScript literals.
 *
 * Why: the analyser bundle is injected into a candidate page and evaluated there, in one task.
 * Most of its ~1 MB is these lists, and V8 parses and compiles an object literal as code (an AST,
 * then bytecode that builds every object), where a string is scanned once and JSON.parse builds
 * the objects with a parser made for nothing else. V8's own advice is to do this for data over
 * 10 KB (v8.dev/blog/cost-of-javascript-2019#json).
 *
 * Only modules that hold data alone are turned: each is evaluated here (esbuild, then run in
 * Node) and each of its exports must come back from JSON unchanged, or the build stops. A
 * module with a value import (services.ts, which joins two lists) is left as it is.
 */
import { isDeepStrictEqual } from 'node:util';
import { buildSync } from 'esbuild';
import type { Plugin } from 'vite';

const DATA_MODULE = /[\\/]extraction[\\/](?:lang[\\/](?:ar|de|en|es|fr|id|it|ja|pt|ru|tr|zh)|data[\\/](?:services-local|companies|incidents|news-sites|sources))\.ts$/;
/** A value import: the module computes from another, and its exports are not its own data. */
const VALUE_IMPORT = /^import (?!type\b)/m;

export function dataAsJson(): Plugin {
  return {
    name: 'outage-lens:data-as-json',
    enforce: 'pre',
    transform(code, id) {
      if (!DATA_MODULE.test(id) || VALUE_IMPORT.test(code)) return null;
      const cjs = buildSync({ entryPoints: [id], bundle: true, format: 'cjs', platform: 'neutral', write: false, logLevel: 'silent' }).outputFiles[0].text;
      const module = { exports: {} as Record<string, unknown> };
      new Function('module', 'exports', cjs)(module, module.exports);
      const lines: string[] = [];
      for (const [name, value] of Object.entries(module.exports)) {
        const json = JSON.stringify(value);
        if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${id}: export ${name} is not plain JSON data`);
        // The apostrophes as JSON escapes: with no ' left, the printers write the string in single
        // quotes; with both kinds of quote in it they would write a template literal, which V8
        // scans into a raw and a cooked string. Pure: a bundle that does not read an export may
        // drop it, as it would a literal.
        const parsed = `/* @__PURE__ */ JSON.parse(${JSON.stringify(json.replaceAll("'", '\\u0027'))})`;
        lines.push(name === 'default' ? `export default ${parsed};` : `export const ${name} = ${parsed};`);
      }
      return { code: lines.join('\n'), map: null };
    },
  };
}
