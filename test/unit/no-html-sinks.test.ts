/**
 * Page text is only ever rendered as text: no HTML sink anywhere in our own code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOTS = ['entrypoints', 'components', 'utils', 'extraction'];
const SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(|new Function\(|\beval\(/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

it('our sources contain no HTML sink (innerHTML, insertAdjacentHTML, eval …)', () => {
  const all = ROOTS.flatMap(files);
  expect(all.length).toBeGreaterThan(30);
  const offenders = all.filter((f) => SINKS.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
