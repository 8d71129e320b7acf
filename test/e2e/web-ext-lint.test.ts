/**
 * `web-ext lint` of the Firefox build: no error, and no warning that points at our own code.
 * UNSAFE_VAR_ASSIGNMENT (innerHTML) warnings come from bundled libraries: Preact's
 * dangerouslySetInnerHTML support and Readability restoring its own detached clone. Our
 * sources have no HTML sink at all (test/unit/no-html-sinks.test.ts checks that).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  description?: string | string[];
}

it('web-ext lint: Firefox build has no errors and no warnings from our code', () => {
  let out = '';
  try {
    out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    out = (err as { stdout?: string }).stdout ?? ''; // a non-zero exit still prints the JSON
  }
  const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
  assert.deepEqual(report.errors.map((e) => `${e.code} ${e.file ?? ''} ${e.message}`), []);
  const ours = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message) && isUiBundle(w.file)));
  assert.deepEqual(ours.map((w) => `${w.code} ${w.file ?? ''} ${w.message}`), []);
});

/** Bundles that carry Preact or Readability; the warning names the bundle, not a source. */
function isUiBundle(file: string | undefined): boolean {
  return Boolean(file && /(chunks\/|content-scripts\/sidebar\.js|popup|options)/.test(file));
}
