/**
 * Official statements: sentences where a company (or its spokesperson) speaks, quoted
 * ("…", «…», „…“, 「…」) or reported ("Meta said it was working to restore service").
 * The speaker is the company or service named nearest the speech verb.
 */
import type { Statement } from '../report';
import type { Sentence } from '../text/article-text';
import type { Context, EntityMatch, TermMatch } from './context';
import type { RankedService } from './services';
import { serviceEntry } from './entities';

/**
 * The company that speaks: a company or service named just before a speech verb ("Meta said"),
 * just after it ("said Meta"), or with a spokesperson word ("a Meta spokesperson",
 * "متحدث باسم ميتا"). Agencies and trackers are who was told, never the speaker.
 */
export function speakerOf(ctx: Context, s: Sentence, said: TermMatch[], spokes: TermMatch[], services: RankedService[]): string | null {
  // A company speaks; a service only when it is one the story is about ("users of Twitter said" is not Twitter).
  const main = new Set(services.map((x) => x.fact.name));
  const ents = ctx.entitiesIn(s).filter((e) => e.payload.type === 'company' || (e.payload.type === 'service' && main.has(e.payload.name)));
  if (ents.length === 0) return null;
  const name = (e: EntityMatch) => (e.payload.type === 'service' ? serviceEntry(e.payload.name)?.company ?? e.payload.name : e.payload.name);
  for (const v of [...spokes, ...said]) {
    if (v.term === 'according to') continue;
    const before = ents.filter((e) => e.end <= v.start && v.start - e.end <= 40).pop();
    if (before) return name(before);
    const after = ents.find((e) => e.start >= v.end && e.start - v.end <= 25);
    if (after) return name(after);
  }
  return null;
}

const QUOTE_RE = /"([^"\n]{12,400})"|“([^”\n]{12,400})”|«\s?([^»\n]{12,400})\s?»|„([^“”\n]{12,400})[“”]|「([^」\n]{8,400})」|『([^』\n]{8,400})』/g;

/** A quotation of at least `min` characters in the sentence (a statement, not a quoted phrase). */
export function hasLongQuote(sentence: string, min = 30): boolean {
  for (const q of sentence.matchAll(QUOTE_RE)) if ((q.slice(1).find(Boolean) ?? '').trim().length >= min) return true;
  return false;
}

export function findStatements(ctx: Context, services: RankedService[]): Statement[] {
  const out: Statement[] = [];
  const { at } = ctx;
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s) || at.isTitle(s) || at.repeatsTitle(s)) continue;
    const said = ctx.cues(s, 'said');
    const spokes = ctx.cues(s, 'spokesperson');
    if (said.length === 0 && spokes.length === 0) continue;
    const speaker = speakerOf(ctx, s, said, spokes, services);
    if (!speaker) continue;
    const sentenceText = at.sentenceText(s);
    const quotes = [...sentenceText.matchAll(QUOTE_RE)];
    const relevant = quotes.length > 0 || ctx.isOutageSentence(s) || ctx.has(s, 'restore') || ctx.has(s, 'resolved') || ctx.has(s, 'apology') || ctx.has(s, 'update') || ctx.has(s, 'unknownCause');
    if (!relevant) continue;
    if (quotes.length > 0) {
      for (const q of quotes) {
        const text = (q.slice(1).find(Boolean) ?? '').trim();
        // A short quote ("as quickly as possible") says little alone: keep its whole sentence.
        if (text.length < 30) {
          out.push({ speaker, text: sentenceText, evidence: at.sentenceEvidence(s), quoted: false });
          break;
        }
        const start = s.start + q.index!;
        out.push({ speaker, text, evidence: { start, end: start + q[0].length, sentence: sentenceText }, quoted: true });
      }
    } else {
      out.push({ speaker, text: sentenceText, evidence: at.sentenceEvidence(s), quoted: false });
    }
  }
  return out.slice(0, 8);
}
