/**
 * Report sources (trackers such as Downdetector, news agencies and outlets; not regulators) and outage hashtags.
 */
import type { Context } from './context';
import { sourceEntry } from './entities';

export function findSources(ctx: Context): { all: string[]; trackers: string[] } {
  const all: string[] = [];
  // The agency of the dateline publishes the story; it cites nobody there. Named elsewhere too, it is a source.
  // And words that name a service of the story name it, not a source ("UPI" in India's payments
  // news is the payment system, not United Press International, unless written out).
  const serviceSpans = new Set(ctx.entities.filter((e) => e.payload.type === 'service').map((e) => `${e.start}:${e.end}`));
  const elsewhere = new Set(ctx.entities.filter((e) => e.payload.type === 'source' && !inDateline(ctx, e) && !serviceSpans.has(`${e.start}:${e.end}`)).map((e) => e.payload.name));
  for (const e of ctx.entities) {
    if (e.payload.type !== 'source' || all.includes(e.payload.name) || !elsewhere.has(e.payload.name)) continue;
    const kind = sourceEntry(e.payload.name)?.kind;
    if (kind === 'regulator') continue;
    // An outlet is a source where the sentence cites it ("selon franceinfo", "told the BBC"), not
    // where it is only named ("France 24 and RFI were taken off air").
    if (kind === 'outlet' && !citedIn(ctx, e)) continue;
    all.push(e.payload.name);
  }
  // Trackers first, then agencies and outlets.
  const kindOrder = (n: string) => (sourceEntry(n)?.kind === 'tracker' ? 0 : 1);
  all.sort((a, b) => kindOrder(a) - kindOrder(b));
  return { all, trackers: all.filter((n) => sourceEntry(n)?.kind === 'tracker') };
}

/** How far into the body a dateline reaches ("JAKARTA, 5 Mei (ANTARA) -", "中新网10月8日电"). */
const DATELINE_REACH = 80;
/** After the agency's name: the bracket and dash of a Latin dateline, or the date and 电 of a Chinese wire. */
const DATELINE_AFTER = /^(?:\s*\)\s*[-–—]|[^。，,.\n]{0,12}[电電讯訊])/u;

/** A mention that opens the body as its dateline: the story's publisher, not a source it cites. */
function inDateline(ctx: Context, e: { start: number; end: number }): boolean {
  const { text, titleEnd } = ctx.at;
  const start = ctx.at.toOriginal(e.start);
  const end = ctx.at.toOriginal(e.end - 1) + 1;
  return start >= titleEnd && start - titleEnd <= DATELINE_REACH && DATELINE_AFTER.test(text.slice(end, end + 16));
}

function citedIn(ctx: Context, e: { start: number }): boolean {
  const s = ctx.at.sentenceAtFolded(e.start);
  return ctx.has(s, 'said') || ctx.has(s, 'report') || ctx.has(s, 'reportWord');
}

/** A hashtag (either side of the word, as right-to-left text writes "whatsappdown#") about something being down. */
const TAG_RE = /#[\p{L}\p{N}_]{3,40}|[\p{L}\p{N}_]{3,40}#/gu;
const DOWN_RE = /down|caido|caida|panne|ausfall|çöktü|داون/;

export function findHashtags(ctx: Context): string[] {
  const tags = new Set<string>();
  const { folded } = ctx.at;
  if (!folded.includes('#')) return [];
  for (const m of folded.matchAll(TAG_RE)) if (DOWN_RE.test(m[0])) tags.add(m[0]);
  return [...tags].slice(0, 5);
}
