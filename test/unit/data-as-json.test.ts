/** The build step that writes the data files as JSON.parse of a string (scripts/vite-data-as-json.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataAsJson } from '../../scripts/vite-data-as-json';
import en from '../../extraction/lang/en';
import { COMPANIES } from '../../extraction/data/companies';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = dataAsJson().transform as unknown as Transform;
const read = (file: string) => transform(`import type { X } from './types';\n`, resolve(file));

/** The value an emitted `JSON.parse('…')` stands for. */
function parsedValue(line: string): unknown {
  const literal = /JSON\.parse\((.*)\);$/.exec(line)?.[1];
  if (!literal) throw new Error(`no JSON.parse in ${line.slice(0, 80)}`);
  return JSON.parse(new Function(`return ${literal}`)() as string);
}

describe('data files as JSON.parse of a string', () => {
  it('turns a language file and a gazetteer list into the same values, with no apostrophe left unescaped', () => {
    const lang = read('extraction/lang/en.ts')!.code;
    expect(lang.startsWith('export default /* @__PURE__ */ JSON.parse(')).toBe(true);
    expect(parsedValue(lang)).toEqual(en);
    const companies = read('extraction/data/companies.ts')!.code;
    expect(companies.startsWith('export const COMPANIES = ')).toBe(true);
    expect(parsedValue(companies)).toEqual(COMPANIES);
    // "McDonald's", "Lloyd's": the JSON writes the apostrophe as \u0027.
    expect(/JSON\.parse\((.*)\)/.exec(lang)![1]).not.toContain("'s");
  });

  it('leaves other modules alone: code, and data that joins other modules', () => {
    expect(read('extraction/lang/compile.ts')).toBeNull();
    expect(transform(`import { LOCAL_SERVICES } from './services-local';\n`, resolve('extraction/data/services.ts'))).toBeNull();
  });

  it('stops the build on a data file whose values JSON cannot carry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ol-json-'));
    mkdirSync(join(dir, 'extraction', 'lang'), { recursive: true });
    const file = join(dir, 'extraction', 'lang', 'fr.ts');
    writeFileSync(file, 'export default { code: "fr", missing: undefined };\n');
    expect(() => transform('', file)).toThrow(/not plain JSON data/);
  });
});
