/**
 * Report sources (trackers such as Downdetector, news agencies) and outage hashtags.
 */
import type { Context } from './context';
import { sourceEntry } from './entities';

export function findSources(ctx: Context): { all: string[]; trackers: string[] } {
  const all: string[] = [];
  for (const e of ctx.entities) {
    if (e.payload.type === 'source' && !all.includes(e.payload.name)) all.push(e.payload.name);
  }
  // Trackers first, then agencies and outlets.
  const kindOrder = (n: string) => (sourceEntry(n)?.kind === 'tracker' ? 0 : 1);
  all.sort((a, b) => kindOrder(a) - kindOrder(b));
  return { all, trackers: all.filter((n) => sourceEntry(n)?.kind === 'tracker') };
}

const HASHTAG_RE = /#[\p{L}\p{N}_]*(?:down|caido|caida|panne|ausfall|çöktü|دون|داون)[\p{L}\p{N}_]*|[\p{L}\p{N}_]*(?:down|داون)#/gu;

export function findHashtags(ctx: Context): string[] {
  const tags = new Set<string>();
  for (const m of ctx.at.folded.matchAll(HASHTAG_RE)) if (m[0].length > 5) tags.add(m[0]);
  return [...tags].slice(0, 5);
}
