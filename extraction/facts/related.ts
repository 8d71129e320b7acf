/**
 * Related incidents from the bundled catalogue: earlier outages the article mentions ("last
 * year", "in October 2021", "العام الماضي" in a sentence about an outage, matched by date and
 * service), then earlier incidents of the same services. Each link says why it is there.
 */
import { INCIDENTS } from '../data/incidents';
import type { CatalogueIncident } from '../data/types';
import type { RelatedIncident } from '../report';
import type { DateMark } from '../time/dates';
import type { Sentence } from '../text/article-text';
import type { Context } from './context';
import { isAccessService, type RankedService } from './services';

/** Catalogue start instants, parsed once. */
let startsMs: Map<CatalogueIncident, number> | null = null;
function startMs(inc: CatalogueIncident): number {
  if (!startsMs) startsMs = new Map(INCIDENTS.map((i) => [i, Date.parse(i.start)]));
  return startsMs.get(inc) ?? Date.parse(inc.start);
}

/** How far before publication a date must end to name an earlier outage in a present-tense sentence. */
const EARLIER_MS = 10 * 86_400_000;

interface Window {
  from: number;
  to: number;
  label: string;
}

export function findRelated(ctx: Context, services: RankedService[], dates: DateMark[], limit = 5): RelatedIncident[] {
  const pub = ctx.published;
  const out: RelatedIncident[] = [];
  const used = new Set<string>();
  const mainNames = services.map((s) => s.fact.name);
  const add = (inc: CatalogueIncident, why: string) => {
    if (used.has(inc.id) || out.length >= limit) return;
    used.add(inc.id);
    out.push({ id: inc.id, title: inc.title, date: inc.start, url: inc.references[0]?.url ?? null, why });
  };

  // 1. Mentions: past sentences that speak of an outage, with a period we can place.
  for (const s of ctx.sentences()) {
    // (An attack counts as an outage here: "recalls February's ransomware attack on X".)
    const attack = ctx.termsIn(s).some((t) => t.payload.kind === 'cause' && t.payload.category === 'cyberattack');
    // (Or a service named with a verb of its failing, further from it than an outage sentence
    // needs: "martedì 25 ottobre WhatsApp era rimasta bloccata".)
    const downNamed = ctx.has(s, 'serviceDown') && ctx.entitiesIn(s).some((e) => e.payload.type === 'service');
    if (!(ctx.isOutageSentence(s) || ctx.has(s, 'past') || attack || downNamed)) continue;
    // A sentence not told in the past may still name an earlier outage by its date ("le 20
    // octobre", "im Oktober" in a November story): then only windows well before publication.
    const past = ctx.isPast(s);
    const windows: Window[] = [];
    for (const t of ctx.termsIn(s)) {
      if (t.payload.kind !== 'pastPeriod' || pub === null) continue;
      const d = new Date(pub);
      const label = ctx.at.text.slice(ctx.at.toOriginal(t.start), ctx.at.toOriginal(t.end - 1) + 1);
      if (t.payload.years) {
        const y = d.getUTCFullYear() + t.payload.years;
        windows.push({ from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), label });
      } else if (t.payload.months) {
        const m = d.getUTCMonth() + t.payload.months;
        windows.push({ from: Date.UTC(d.getUTCFullYear(), m, 1), to: Date.UTC(d.getUTCFullYear(), m + 1, 1), label });
      }
    }
    for (const dm of dates) {
      if (dm.start < s.foldedStart || dm.end > s.foldedEnd) continue;
      const label = ctx.at.text.slice(ctx.at.toOriginal(dm.start), ctx.at.toOriginal(dm.end - 1) + 1);
      if (dm.precision === 'month' && dm.year === null && dm.month !== null && pub !== null) {
        // "im Oktober" without a year: the latest October up to publication.
        const p = new Date(pub);
        const y = dm.month <= p.getUTCMonth() ? p.getUTCFullYear() : p.getUTCFullYear() - 1;
        windows.push({ from: Date.UTC(y, dm.month, 1), to: Date.UTC(y, dm.month + 1, 1), label });
        continue;
      }
      if (dm.dayMs === null || dm.year === null) continue;
      const to = dm.precision === 'day' ? dm.dayMs + 86400000 * 2 : Date.UTC(dm.year, (dm.month ?? 0) + 1, 1);
      windows.push({ from: dm.dayMs - (dm.precision === 'day' ? 86400000 : 0), to, label });
    }
    for (const m of ctx.at.foldedSentence(s).matchAll(/(?<!\d)(20[0-2]\d)(?!\d)/g)) {
      const y = Number(m[1]);
      if (!windows.some((w) => new Date(w.from).getUTCFullYear() === y)) windows.push({ from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), label: m[1] });
    }
    const named = ctx.entitiesIn(s).filter((e) => e.payload.type === 'service' || e.payload.type === 'company').map((e) => e.payload.name);
    // A date of the last few days in a sentence not told in the past may be this outage's own; but
    // not where the sentence names another service ("a week after WhatsApp went down on 25/10"):
    // then it names that one's outage, if the catalogue holds one not of the story's main service.
    const other = named.some((n) => !mainNames.includes(n));
    const recent = (w: Window) => pub !== null && w.to >= pub - EARLIER_MS && w.from < pub - 86_400_000;
    if (!past) windows.splice(0, windows.length, ...windows.filter((w) => pub !== null && (w.to < pub - EARLIER_MS || (other && recent(w)))));
    if (windows.length === 0) continue;
    const stated = sentenceDuration(ctx, s);
    const wanted = named.length > 0 ? named : mainNames;
    for (const w of windows) {
      const candidates = INCIDENTS.filter((inc) => {
        const t = startMs(inc);
        if (!past && recent(w) && mainNames[0] !== undefined && inc.services.includes(mainNames[0])) return false;
        return t >= w.from && t < w.to && (pub === null || t < pub) && sharesService(inc, wanted);
      }).sort((a, b) => overlap(b, wanted) - overlap(a, wanted) || closeness(a, stated) - closeness(b, stated));
      if (candidates[0]) add(candidates[0], `mentioned: “${w.label}”`);
    }
  }

  // 2. Earlier incidents of the same services, newest first. (Not of "Internet access": a
  // provider's fault and a government's shutdown share the words, not the incident's kind.)
  if (pub !== null) {
    for (const name of mainNames.slice(0, 2).filter((n) => !isAccessService(n))) {
      const earlier = INCIDENTS.filter((inc) => inc.services.includes(name) && startMs(inc) < pub - 86400000 * 2)
        .sort((a, b) => startMs(b) - startMs(a));
      for (const inc of earlier.slice(0, 2)) add(inc, `earlier ${name} outage`);
    }
  }
  return out;
}

/** "for six hours" in the mention: minutes, to tell apart incidents of the same services. */
function sentenceDuration(ctx: Context, s: Sentence): number | null {
  const terms = ctx.termsIn(s);
  for (const unit of terms) {
    if (unit.payload.kind !== 'durUnit') continue;
    const num = terms.filter((t) => t.payload.kind === 'number' && t.end <= unit.start && unit.start - t.end <= 2).pop();
    const digits = /(\d+)\s*$/.exec(ctx.at.folded.slice(Math.max(0, unit.start - 6), unit.start));
    const count = num ? (num.payload as { value: number }).value : digits ? Number(digits[1]) : null;
    if (count !== null) return count * unit.payload.minutes;
  }
  return null;
}

/** Distance of an incident's duration from the stated one; without one, bigger incidents first. */
function closeness(inc: CatalogueIncident, stated: number | null): number {
  if (stated === null) return -(inc.durationMinutes ?? 0);
  return inc.durationMinutes === null ? 1e9 : Math.abs(Math.log((inc.durationMinutes + 1) / (stated + 1)));
}

function sharesService(inc: CatalogueIncident, names: string[]): boolean {
  return names.some((n) => inc.services.includes(n) || inc.company === n);
}

function overlap(inc: CatalogueIncident, names: string[]): number {
  return names.filter((n) => inc.services.includes(n) || inc.company === n).length;
}
