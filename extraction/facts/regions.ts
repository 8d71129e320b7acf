/**
 * Regions named as affected: "global" from worldwide words in outage sentences, and country
 * names (ISO 3166-1 alpha-2) in sentences about the outage or its users.
 */
import type { Context } from './context';

export function findRegions(ctx: Context): string[] {
  const regions: string[] = [];
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s)) continue;
    // The headline and lead name where it happened; later, only sentences about the outage or its users count.
    const relevant = s.paragraph === 0 || ctx.isOutageSentence(s) || ctx.has(s, 'userWord') || ctx.has(s, 'customerWord') || ctx.has(s, 'reportWord') || ctx.has(s, 'restore');
    if (!relevant || ctx.has(s, 'userBase')) continue;
    for (const t of ctx.termsIn(s)) {
      if (t.payload.kind === 'global' && !regions.includes('global')) regions.push('global');
      if (t.payload.kind === 'country' && !regions.includes(t.payload.code)) regions.push(t.payload.code);
    }
  }
  // "global" first; countries keep their order of mention.
  return regions.sort((a, b) => (a === 'global' ? -1 : b === 'global' ? 1 : 0)).slice(0, 12);
}
