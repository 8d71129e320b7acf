/**
 * Debugging aid: `npx tsx scripts/debug-article.ts <file.json> <id>` prints, per sentence,
 * the cues the engine found and the report's main facts. Dev articles and fixtures only.
 */
import { readFileSync } from 'node:fs';
import { Context } from '../extraction/facts/context';
import { sentenceState } from '../extraction/facts/phases';
import { analyzeText } from '../extraction/index';
import { ArticleText } from '../extraction/text/article-text';

const [file, id] = process.argv.slice(2);
const a = (JSON.parse(readFileSync(file, 'utf8')) as { id: string; split: string; title: string; body: string; published: string; gold: unknown }[]).find((x) => x.id === id);
if (!a) throw new Error(`no ${id} in ${file}`);
if (a.split === 'heldout') throw new Error('held-out articles are not for tuning');
const lang = file.split('/').pop()!.replace('.json', '');
const at = new ArticleText(a.title, a.body);
const ctx = new Context(at, lang, Date.parse(a.published));
for (const s of at.sentences) {
  console.log(`#${s.index} past=${ctx.isPast(s)} outage=${ctx.isOutageSentence(s)} state=${ctx.isPast(s) ? '-' : sentenceState(ctx, s)} | ${at.sentenceText(s).slice(0, 120)}`);
  console.log('   ', ctx.termsIn(s).filter((t) => !['digital', 'number', 'country'].includes(t.payload.kind)).map((t) => `${t.payload.kind}:${at.folded.slice(t.start, t.end)}`).join(' '), '|', ctx.entitiesIn(s).map((e) => `${e.payload.type}:${e.payload.name}`).join(' '));
}
const r = analyzeText(a.title, a.body, { published: a.published, lang });
console.log(JSON.stringify({ isOutage: r.isOutage, services: r.services.map((s) => s.name), status: r.status, start: r.start?.iso, end: r.end?.iso, cause: r.cause.category, sources: r.reportSources, regions: r.regions, related: r.related.map((x) => x.id) }));
console.log('gold', JSON.stringify(a.gold));
