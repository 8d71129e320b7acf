/**
 * Regions named as affected: "global" from worldwide words in outage sentences, and country
 * names (ISO 3166-1 alpha-2) in sentences about the outage or its users.
 */
import { NEWS_SITES } from '../data/news-sites';
import type { Context } from './context';
import { serviceEntry } from './entities';

/** The country of the outlet, from its host ("www.lemonde.fr" → FR), for "nationwide". */
export function outletCountry(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const site = NEWS_SITES.find((s) => host === s.host || host.endsWith(`.${s.host}`));
  return site?.country ?? null;
}

/** Services that serve one country: when the story names no place, the outlet's country is where it failed. */
const NATIONAL_CATEGORIES = new Set(['telecom', 'isp', 'bank', 'government', 'payments', 'transport']);

export function findRegions(ctx: Context, url: string | null = null, mainService: string | null = null): string[] {
  const regions: string[] = [];
  for (const s of ctx.sentences()) {
    if (ctx.isPast(s)) continue;
    // The headline and lead name where it happened; later, only sentences about the outage or its users count.
    const relevant = s.paragraph === 0 || ctx.isOutageSentence(s) || ctx.has(s, 'userWord') || ctx.has(s, 'customerWord') || ctx.has(s, 'reportWord') || ctx.has(s, 'restore');
    if (!relevant || ctx.has(s, 'userBase')) continue;
    // "Türkiye saatiyle 20.45", "美国东部时间": a country inside a zone's name is no region.
    const zones = ctx.termsIn(s).filter((t) => t.payload.kind === 'zone');
    for (const t of ctx.termsIn(s)) {
      if (t.payload.kind === 'country' && zones.some((z) => z.start <= t.start && z.end >= t.end)) continue;
      if (t.payload.kind === 'global' && !regions.includes('global')) regions.push('global');
      if (t.payload.kind === 'country' && !regions.includes(t.payload.code)) regions.push(t.payload.code);
      if (t.payload.kind === 'national') {
        const home = outletCountry(url);
        if (home && !regions.includes(home)) regions.push(home);
      }
    }
  }
  if (regions.length === 0 && mainService) {
    const category = serviceEntry(mainService)?.category;
    const home = outletCountry(url);
    if (home && category && NATIONAL_CATEGORIES.has(category)) regions.push(home);
  }
  // "global" first; countries keep their order of mention.
  return regions.sort((a, b) => (a === 'global' ? -1 : b === 'global' ? 1 : 0)).slice(0, 12);
}
