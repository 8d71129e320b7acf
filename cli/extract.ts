/**
 * `npm run --silent extract -- [--published ISO] [--url URL] [--lang CODE] FILE...`
 * One OutageReport per file as JSON Lines on stdout, in the order given; errors on stderr,
 * and a bad file never stops the others (exit code 1 when any failed).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeDocument, analyzeText } from '../extraction/index';

const USAGE = 'usage: npm run --silent extract -- [--published ISO] [--url URL] [--lang CODE] FILE...';

export function reportFile(path: string, opts: { published?: string; url?: string; lang?: string }): string {
  const raw = readFileSync(path, 'utf8');
  if (/\.html?$/i.test(path)) {
    const { document } = parseHTML(raw);
    return JSON.stringify(analyzeDocument(document as unknown as Document, { url: opts.url ?? null, published: opts.published ?? null, lang: opts.lang ?? null }));
  }
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const newline = text.indexOf('\n');
  const title = newline < 0 ? text : text.slice(0, newline);
  const body = newline < 0 ? '' : text.slice(newline + 1);
  return JSON.stringify(analyzeText(title, body.trimEnd(), { url: opts.url ?? null, published: opts.published ?? null, lang: opts.lang ?? null }));
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { published: { type: 'string' }, url: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`extract: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`extract: no FILE given\n${USAGE}\n`);
    return 2;
  }
  if (values.published && Number.isNaN(Date.parse(values.published))) {
    process.stderr.write(`extract: --published "${values.published}" is not a date (expected ISO 8601, e.g. 2022-10-25 or 2022-10-25T09:30:00Z)\n`);
    return 2;
  }
  let failed = 0;
  for (const file of positionals) {
    try {
      process.stdout.write(`${reportFile(file, values)}\n`);
    } catch (err) {
      failed++;
      const e = err as NodeJS.ErrnoException;
      const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.code === 'EACCES' ? 'permission denied' : e.message;
      process.stderr.write(`extract: ${file}: ${why}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
