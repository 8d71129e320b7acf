import { ArticleText } from '../extraction/text/article-text';
import { Context } from '../extraction/facts/context';
import { readFileSync } from 'node:fs';
const [file, lang, pub] = process.argv.slice(2);
const raw = readFileSync(file, 'utf8'); const i = raw.indexOf('\n');
const at = new ArticleText(raw.slice(0, i), raw.slice(i + 1));
const ctx = new Context(at, lang, Date.parse(pub));
for (const s of at.sentences) {
  console.log(`#${s.index} p${s.paragraph} past=${ctx.isPast(s)} outage=${ctx.isOutageSentence(s)} | ${at.sentenceText(s).slice(0, 90)}`);
  console.log('   terms:', ctx.termsIn(s).map((t) => `${t.payload.kind}:${at.folded.slice(t.start, t.end)}`).join(' '));
  console.log('   ents:', ctx.entitiesIn(s).map((t) => `${t.payload.type}:${t.payload.name}`).join(' '));
}
