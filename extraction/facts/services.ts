/**
 * Which services the story is about, most affected first: a service scores for being in the
 * title, in sentences that speak of the outage and early in the text; mentions in sentences
 * about an earlier incident, or as the place where people complained, do not count.
 */
import type { ServiceFact } from '../report';
import type { Sentence } from '../text/article-text';
import type { Context, EntityMatch } from './context';
import { serviceEntry } from './entities';

export interface RankedService {
  fact: ServiceFact;
  score: number;
}

/** Carriers: a network cut is their own outage. */
const CARRIERS = new Set(['telecom', 'isp']);
/** Platforms other services run on. */
const INFRASTRUCTURE = new Set(['cloud', 'cdn', 'dns', 'hosting', 'security']);

export function findServices(ctx: Context): RankedService[] {
  const scores = new Map<string, { score: number; first: number; matches: EntityMatch[] }>();
  const underlying = new Set<string>(); // platforms already given their due, once per story
  const outageAt = (s: Sentence) => ctx.termsIn(s).filter((t) => t.payload.kind === 'outage' || t.payload.kind === 'serviceDown');
  for (const s of ctx.sentences()) {
    const ents = ctx.entitiesIn(s).filter((e) => e.payload.type === 'service');
    if (ents.length === 0) continue;
    const past = ctx.isPast(s);
    const outage = ctx.isOutageSentence(s);
    const title = ctx.at.isTitle(s);
    const seen = new Set<string>();
    // The service standing nearest the outage word is its subject ("تعطل تطبيق المراسلة واتساب").
    const cues = outage && !past ? outageAt(s) : [];
    const distance = (e: EntityMatch) => Math.min(...cues.map((c) => (c.start >= e.end ? c.start - e.end : e.start >= c.end ? e.start - c.end : 0)));
    const nearest = cues.length > 0 ? [...ents].sort((a, b) => distance(a) - distance(b))[0] : null;
    const subject = nearest ? headOfList(ctx, ents, nearest) : null;
    for (const e of ents) {
      const name = e.payload.name;
      const entry = scores.get(name) ?? { score: 0, first: e.start, matches: [] };
      entry.matches.push(e);
      // "a user joked on X", "sur X", "على إكس": the network where people complained, not what failed.
      if (!title && isVenue(ctx, e, outage)) continue;
      if (!seen.has(name)) {
        seen.add(name);
        let w = 0;
        // The headline names the main service first ("Facebook, Instagram et WhatsApp de retour").
        if (title) w += ents[0].payload.name === name ? 3.5 : 3;
        if (outage && !past) w += 2;
        else if (!past) w += 0.5;
        if (ctx.at.leadParagraph(s) <= 2 && !past) w += 0.5;
        if (subject && subject.payload.name === name) w += 1;
        // The platform under the others (a cloud, a CDN, a security agent): where the story tells of it
        // failing or of what it caused, the services that went down with it are its knock-on effects.
        if (!past && (outage || ctx.has(s, 'causeCue')) && INFRASTRUCTURE.has(serviceEntry(name)?.category ?? '') && !underlying.has(name)) {
          underlying.add(name);
          w += 2;
        }
        entry.score += w;
      }
      scores.set(name, entry);
    }
  }
  mergeBareCompanyNames(scores);
  internetHeadline(ctx, scores);
  const ranked = [...scores.entries()]
    .filter(([, v]) => v.score > 0)
    .sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  if (ranked.length === 0) return [];
  const top = ranked[0][1].score;
  headlineFirst(ctx, ranked, top);
  // A service the headline names beside the failure is part of the story, however much more the
  // body says of the platform under it ("Cloudflare outage: X and ChatGPT … knocked offline").
  const inHeadline = new Set(ctx.sentences().filter((s) => ctx.at.isTitle(s) && !ctx.isPast(s) && ctx.isOutageSentence(s))
    .flatMap((s) => ctx.entitiesIn(s)).filter((e) => e.payload.type === 'service').map((e) => e.payload.name));
  return ranked
    .filter(([name, v], i) => i === 0 || v.score >= Math.max(2.5, top * 0.45) || (inHeadline.has(name) && v.score >= 2.5))
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

/**
 * The service the headline names first leads the story where the body speaks as much of another
 * ("Panne géante chez Fastly : Amazon, Reddit, Twitch …", then a paragraph on each site): the
 * headline says what the story is about, the body's count says how often it comes back to it.
 * Only its place changes, not its score, so the services kept beside it stay the same. A platform
 * the others run on keeps the lead it earned (a cloud's failure that took down the services the
 * headline names).
 */
const HEADLINE_FIRST_SHARE = 0.5;
function headlineFirst(ctx: Context, ranked: [string, { score: number }][], top: number): void {
  const titled = ctx.sentences().filter((s) => ctx.at.isTitle(s));
  for (const s of titled) {
    const first = ctx
      .entitiesIn(s)
      .filter((e) => e.payload.type === 'service')
      .sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    const at = ranked.findIndex(([name]) => name === first.payload.name);
    const platformLeads = INFRASTRUCTURE.has(serviceEntry(ranked[0][0])?.category ?? '');
    if (at > 0 && !platformLeads && ranked[at][1].score >= top * HEADLINE_FIRST_SHARE) ranked.unshift(...ranked.splice(at, 1));
    return;
  }
}

/** The bare word for the internet in each script ("internet", "интернет", "الإنترنت", "インターネット", "互联网", "断网"), on folded text. */
const INTERNET_WORD = /(?<![\p{L}])(?:internet|интернет\p{L}*)(?![\p{L}])|انترنت|インターネット|ネット遮断|互联网|互聯網|断网|斷網/u;

/**
 * "RDC : internet et SMS toujours coupés", "blackout quasi totale di Internet": a headline that
 * tells of the internet itself failing, and names no service of its own, is about access to it,
 * whatever apps and carriers the body then lists as cut off.
 */
function internetHeadline(ctx: Context, scores: Map<string, { score: number; first: number; matches: EntityMatch[] }>): void {
  const title = ctx.sentences().filter((s) => ctx.at.isTitle(s) && !ctx.isPast(s));
  // The body telling of the internet itself failing ("с 13:50 до 14:40 интернет не работал").
  const bodyTellsOfIt = ctx.sentences().some((s) => !ctx.at.isTitle(s) && !ctx.isPast(s) && ctx.isOutageSentence(s) && INTERNET_WORD.test(ctx.at.foldedSentence(s)));
  // (Or a headline of its return over such a body: "Интернет в Узбекистане вернулся после …".)
  const failing = title.filter((s) => ctx.isOutageSentence(s) || ctx.has(s, 'serviceDown') || (bodyTellsOfIt && (ctx.has(s, 'restore') || ctx.has(s, 'resolved'))));
  if (failing.length === 0) return;
  // (A headline naming a carrier or an app, or access by its own phrase, is scored as it stands.)
  if (title.some((s) => ctx.entitiesIn(s).some((e) => e.payload.type !== 'source'))) return;
  // Only among services the body tells of, or where it tells of the internet failing: a column
  // on "the internet" names none.
  if (scores.size === 0 && !bodyTellsOfIt) return;
  // One carrier's network cut ("Tausende ohne Telefon und Internet" where the body names only
  // the Telekom) is that carrier's outage; where several carriers go dark, the internet is.
  // Access found first by its own phrase ("без мобильного интернета") is scored as it stands; and it is no carrier.
  const leading = [...scores.entries()].sort((a, b) => b[1].score - a[1].score)[0]?.[0];
  if (leading !== undefined && ACCESS.has(leading)) return;
  const carriers = new Set([...scores.keys()].filter((n) => !ACCESS.has(n) && CARRIERS.has(serviceEntry(n)?.category ?? '')).map((n) => serviceEntry(n)?.company ?? n));
  if (carriers.size === 1) return;
  // (The headline is one: "سوريا معزولة عن الإنترنت.. و«سانا» تتحدث عن عطل في كابل" tells of the failure in its second part.)
  for (const s of [...failing, ...title.filter((x) => !failing.includes(x))]) {
    const word = INTERNET_WORD.exec(ctx.at.foldedSentence(s));
    if (!word) continue;
    const at = s.foldedStart + word.index;
    const top = Math.max(0, ...[...scores.values()].map((v) => v.score));
    const entry = scores.get('Internet access') ?? { score: 0, first: at, matches: [] };
    entry.matches.unshift({ start: at, end: at + word[0].length, term: word[0], payload: { type: 'service', name: 'Internet access' } });
    entry.score = Math.max(entry.score, top + 1);
    scores.set('Internet access', entry);
    return;
  }
}

/** Between the names of a list: a comma or "and" ("Facebook, Instagram et WhatsApp", "微信、QQ"). */
const LIST_GAP = /^\s*(?:,|、|，|\/|&|\+|and|et|y|e|und|и|ve|dan|و|及|和|と)?\s*$/;

/** A service named in a list shares the list's place: the list's first name stands for it. */
function headOfList(ctx: Context, ents: EntityMatch[], e: EntityMatch): EntityMatch {
  const sorted = [...ents].sort((a, b) => a.start - b.start);
  let i = sorted.indexOf(e);
  while (i > 0 && LIST_GAP.test(ctx.at.folded.slice(sorted[i - 1].end, sorted[i].start))) i--;
  return sorted[i];
}

// Prepositions that put a social network as the place something was said ("on X", "sur X", "auf X", "عبر إكس"),
// perhaps with the words for a social network between ("di media sosial X", "sur le réseau social X").
const VENUE_BEFORE = /(?:^|\s)(?:on|via|through|sur|en|no|na|em|auf|bei|über|su|sul|tramite|attraverso|através|por|в|во|через|di|melalui|lewat|على|عبر|في|(?:took|take|takes|taking|turned|turning) to|flood(?:ed|ing)?)\s*(?:(?:the |le |la |il |el |o |a |dem |der )?(?:social (?:network|media)|social media platform|media sosial|réseau social|red social|rede social|social network|sozialen netzwerk|sozialen medien|социальной сети|соцсети|منصة|شبكة التواصل)\s*)?[«"“„'‘]?$/;
// The company's own account ("公式X", "its official X account"): where it spoke, not what failed.
// (Or an account named before it: "dall'account Twitter della compagnia", "compte X", "حسابها على".)
const OWN_ACCOUNT_BEFORE = /(?:公式|官方|official|offiziellen?|officiel(?:le)?|oficial|ufficiale|resmi|официальн\S*|account|compte|cuenta|conta|akun|аккаунт\S*)\s*[«"“„'‘]?$/;

function isVenue(ctx: Context, e: EntityMatch, outageSentence: boolean): boolean {
  const category = serviceEntry(e.payload.name)?.category;
  // A messaging app is a venue too ("revendiqué sur Telegram"), but only in a sentence that tells
  // of no failure: "une panne sur WhatsApp" is WhatsApp's own.
  if (category !== 'social' && (category !== 'messaging' || outageSentence)) return false;
  const before = ctx.at.folded.slice(Math.max(0, e.start - 40), e.start);
  return VENUE_BEFORE.test(before) || OWN_ACCOUNT_BEFORE.test(before);
}

/**
 * "Amazon" next to "Amazon Web Services", "Google" next to "Google Cloud": a service named only by
 * its company's bare name is that company's other service in the story, not a second service.
 */
function mergeBareCompanyNames(scores: Map<string, { score: number; first: number; matches: EntityMatch[] }>) {
  for (const [name, v] of scores) {
    const entry = serviceEntry(name);
    const company = entry?.company;
    if (!company) continue;
    const bare = v.matches.every((m) => m.term.toLowerCase() === company.toLowerCase());
    if (!bare) continue;
    const sibling = [...scores.keys()].find((other) => other !== name && serviceEntry(other)?.company === company && !scores.get(other)!.matches.every((m) => m.term.toLowerCase() === company.toLowerCase()));
    if (!sibling) continue;
    const target = scores.get(sibling)!;
    target.score += v.score;
    target.first = Math.min(target.first, v.first);
    scores.delete(name);
  }
}

/** Descriptions of access, not brands: no company stands behind them. */
const ACCESS = new Set(['Internet access', 'Mobile internet']);
export const isAccessService = (name: string) => ACCESS.has(name);

/** The company of the main service, or the service itself when it is its own company. */
export function mainCompany(ctx: Context, services: RankedService[]): string | null {
  const main = services[0];
  if (!main || ACCESS.has(main.fact.name)) return null;
  // A service the gazetteer does not know: its operator is the listed company the headline names
  // beside it ("Sistem CEISA Bea Cukai …", "Portal KPU …"), if any; else not known.
  if (!serviceEntry(main.fact.name)) return main.fact.company ?? headlineCompany(ctx);
  const company = main.fact.company;
  // "Virgin Media" of Virgin Media O2, "Paltel" of Paltel Group: the service is its company's own
  // name. (Not a one- or two-letter brand: "X" of X Corp.)
  if (company && main.fact.name.length >= 3 && company.toLowerCase().startsWith(`${main.fact.name.toLowerCase()} `)) return main.fact.name;
  // A bank is its own operator to its customers: a holding company the story never names
  // ("Concordia Financial Group" for the Bank of Yokohama) tells the reader nothing.
  if (company && serviceEntry(main.fact.name)?.category === 'bank' && !ctx.entities.some((e) => e.payload.type === 'company' && e.payload.name === company)) return main.fact.name;
  return company ?? main.fact.name;
}

/** The one listed company a headline names, where it names exactly one. */
function headlineCompany(ctx: Context): string | null {
  const names = new Set(ctx.sentences().filter((s) => ctx.at.isTitle(s)).flatMap((s) => ctx.entitiesIn(s)).filter((e) => e.payload.type === 'company').map((e) => e.payload.name));
  return names.size === 1 ? [...names][0] : null;
}
