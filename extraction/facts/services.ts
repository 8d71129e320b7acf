/**
 * Which services the story is about, most affected first: a service scores for being in the
 * title, in sentences that speak of the outage and early in the text; mentions in sentences
 * about an earlier incident, or as the place where people complained, do not count.
 */
import type { ServiceFact } from '../report';
import type { Context, EntityMatch } from './context';
import { serviceEntry } from './entities';

export interface RankedService {
  fact: ServiceFact;
  score: number;
}

export function findServices(ctx: Context): RankedService[] {
  const scores = new Map<string, { score: number; first: number; matches: EntityMatch[] }>();
  for (const s of ctx.sentences()) {
    const ents = ctx.entitiesIn(s).filter((e) => e.payload.type === 'service');
    if (ents.length === 0) continue;
    const past = ctx.isPast(s);
    const outage = ctx.isOutageSentence(s);
    const title = ctx.at.isTitle(s);
    const seen = new Set<string>();
    for (const e of ents) {
      const name = e.payload.name;
      const entry = scores.get(name) ?? { score: 0, first: e.start, matches: [] };
      entry.matches.push(e);
      if (!seen.has(name)) {
        seen.add(name);
        let w = 0;
        if (title) w += 3;
        if (outage && !past) w += 2;
        else if (!past) w += 0.5;
        if (s.paragraph <= 2 && !past) w += 0.5;
        entry.score += w;
      }
      scores.set(name, entry);
    }
  }
  const ranked = [...scores.entries()]
    .filter(([, v]) => v.score > 0)
    .sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  if (ranked.length === 0) return [];
  const top = ranked[0][1].score;
  return ranked
    .filter(([, v], i) => i === 0 || v.score >= Math.max(2.5, top * 0.45))
    .slice(0, 6)
    .map(([name, v]) => ({
      score: v.score,
      fact: {
        name,
        company: serviceEntry(name)?.company ?? null,
        evidence: v.matches.slice(0, 5).map((m) => ctx.at.evidence(m.start, m.end)),
      },
    }));
}

/** The company of the main service, or the service itself when it is its own company. */
export function mainCompany(ctx: Context, services: RankedService[]): string | null {
  const main = services[0];
  if (!main) return null;
  return main.fact.company ?? serviceEntry(main.fact.name)?.name ?? main.fact.name;
}
