/**
 * Is this a report of a digital-service outage? An explainable score: each feature adds or
 * takes away a weight and leaves a reason the reader can understand.
 */
import type { NegativeGroup } from '../lang/compile';
import type { Sentence } from '../text/article-text';
import type { Context } from './context';
import { serviceEntry } from './entities';
import { NEWS_SITES } from '../data/news-sites';
import { isNegated } from './phases';
import type { RankedService } from './services';

export interface Reason {
  /** Stable code for the UI to translate. */
  code: 'title-outage' | 'outage-sentences' | 'service' | 'tracker' | 'hashtag' | 'restoration' | 'negative' | 'no-digital' | 'no-outage-words' | 'not-up-front' | 'no-service' | 'described';
  /** Words of the article or names behind the reason. */
  terms: string[];
  weight: number;
}

export interface Verdict {
  isOutage: boolean;
  confidence: number;
  reasons: Reason[];
}

const NEGATIVE_LABEL: Record<NegativeGroup, string> = {
  maintenance: 'planned maintenance',
  power: 'a power cut',
  breach: 'a data breach',
  finance: 'markets',
  mechanical: 'a mechanical breakdown',
  discontinued: 'a product closing',
  opinion: 'an opinion piece',
  retrospective: 'a look back at an old outage',
  explainer: 'a guide to outages in general',
  exercise: 'a drill',
  sports: 'sports',
};

/** Stories that explain themselves at length (a notice, a closure, a column, a look back): each of their words counts, and weighs more. */
const SELF_EXPLAINING = new Set<NegativeGroup>(['maintenance', 'discontinued', 'opinion', 'retrospective', 'explainer', 'exercise']);

export function judge(ctx: Context, services: RankedService[], hashtags: string[], trackers: string[]): Verdict {
  const reasons: Reason[] = [];
  const add = (code: Reason['code'], terms: string[], weight: number) => reasons.push({ code, terms: [...new Set(terms)].slice(0, 4), weight });
  const sentences = ctx.sentences();
  const title = sentences.filter((s) => ctx.at.isTitle(s));
  const termText = (t: { start: number; end: number }) => ctx.at.text.slice(ctx.at.toOriginal(t.start), ctx.at.toOriginal(t.end - 1) + 1);

  // An exchange whose own trading systems failed: its story is told in market words, which
  // then say nothing against it. (A sentence must name the exchange beside outage words and a
  // system or a technical cause, "cyber attacks force another trading halt": "la Bourse a chuté"
  // names an exchange and a fall, not a fault.)
  const isExchange = (name: string) => serviceEntry(name)?.category === 'exchange';
  const exchangeDown = services.length > 0 && isExchange(services[0].fact.name) &&
    sentences.some((s) => !ctx.isPast(s) && ctx.isOutageSentence(s) && (ctx.has(s, 'digital') || ctx.has(s, 'cause')) && ctx.entitiesIn(s).some((e) => e.payload.type === 'service' && isExchange(e.payload.name)));

  // A headline looking back ("A year after the Optus outage") speaks of an old outage, not of one now.
  // So does a guide to outages in general ("Is it down for everyone? How to tell", "Welche Rechte Kunden bei Störungen haben").
  const looksBack = (s: Sentence) => ctx.termsIn(s).some((t) => t.payload.kind === 'neg' && (t.payload.group === 'retrospective' || t.payload.group === 'explainer'));
  // (The whole headline: "Kein Netz? Welche Rechte …" is one guide in two sentences.)
  const titleLooksBack = title.some(looksBack);
  // A service outside the gazetteer is no entity: its name in the headline counts as one.
  // (Only where the body tells of something digital failing: "Giornata", "Timnas" head stories
  // of other kinds.)
  const digitalFailing = sentences.some((s) => !ctx.at.isTitle(s) && !ctx.isPast(s) && ctx.isOutageSentence(s) && ctx.has(s, 'digital'));
  // Otherwise an exchange named in a market story ("la Bolsa cerró con una caída") is no
  // service that failed. And a name outside the gazetteer is a service only where the text is
  // digital: «هبوط صعب» (a "hard landing") heads a story of a helicopter that lost contact.
  const digitalSentences = sentences.filter((s) => !ctx.isPast(s) && ctx.has(s, 'digital')).length;
  const named = services.filter((x) => (exchangeDown || !isExchange(x.fact.name)) && (digitalFailing || digitalSentences >= 2 || serviceEntry(x.fact.name) !== undefined));
  const isService = (e: { payload: { type: string; name: string } }) => e.payload.type === 'service' && (exchangeDown || !isExchange(e.payload.name));
  const unlisted = digitalFailing && services[0] && !serviceEntry(services[0].fact.name) ? services[0].fact.name : null;
  const writesUnlisted = (s: Sentence) => unlisted !== null && ctx.at.sentenceText(s).includes(unlisted);
  // ("BookMyShow crashes at noon": a failure verb right beside the unlisted name the body tells
  // of failing; not one further off, "London Underground at a standstill as a walkout shuts down …".)
  const downBesideUnlisted = (s: Sentence) => {
    if (unlisted === null) return false;
    const at = ctx.at.sentenceText(s).indexOf(unlisted);
    if (at < 0) return false;
    const [from, to] = [s.start + at, s.start + at + unlisted.length];
    return ctx.cues(s, 'serviceDown').some((d) => {
      const [ds, de] = [ctx.at.toOriginal(d.start), ctx.at.toOriginal(d.end - 1) + 1];
      return (ds >= to && ds - to <= 2) || (de <= from && from - de <= 2);
    });
  };
  // (Not a headline whose every outage word is denied: "Sonatel ne connaît pas la panne", "no outage at X".)
  const denied = (s: Sentence) => {
    const cues = [...ctx.cues(s, 'outage'), ...ctx.cues(s, 'serviceDown')];
    // (Right before it: "查不到核酸 … 出故障" is a failure told after a different negated verb.)
    const reach = { before: ctx.lang.data.spaces ? 25 : 2, after: null, withinClause: true };
    return cues.length > 0 && cues.every((c) => isNegated(ctx, s, c, reach));
  };
  const titleOutage = titleLooksBack ? [] : title.filter((s) => (ctx.isOutageSentence(s) || downBesideUnlisted(s)) && !denied(s));
  const titleDigital = title.some((s) => ctx.has(s, 'digital') || ctx.entitiesIn(s).some(isService) || writesUnlisted(s));
  if (titleOutage.length > 0) {
    const words = titleOutage.flatMap((s) => ctx.cues(s, 'outage').concat(ctx.cues(s, 'serviceDown')).map(termText));
    add('title-outage', words, titleDigital ? 2.2 : 1.0);
  }
  // A cyber-attack in the headline ("Synnovis cyber-attack enters third day") reports the
  // systems it took down, when the text goes on to tell of them failing ("without any
  // interruption of service" tells of none).
  const attack = (s: Sentence) => ctx.cues(s, 'cause').filter((t) => t.payload.kind === 'cause' && t.payload.category === 'cyberattack');
  const titleAttack = titleOutage.length === 0 ? title.filter((s) => !ctx.isPast(s) && attack(s).length > 0) : [];

  const outageDigital = sentences.filter((s) => !ctx.isPast(s) && ctx.isOutageSentence(s) && (ctx.has(s, 'digital') || writesDomain(ctx, s) || ctx.entitiesIn(s).some((e) => isService(e) || e.payload.type === 'source')));
  if (outageDigital.length > 0) {
    add('outage-sentences', outageDigital.flatMap((s) => ctx.cues(s, 'outage').map(termText)), 0.55 * Math.min(outageDigital.length, 5));
  }
  const attackReported = titleAttack.length > 0 && outageDigital.some((s) => ctx.cues(s, 'outage').some((c) => !isNegated(ctx, s, c)));
  if (attackReported) add('title-outage', titleAttack.flatMap(attack).map(termText), 1.2);
  // "Members start to regain access a week after …": a headline telling of a return, over a body
  // that tells of the failure, reports the outage too.
  const titleReturn = titleOutage.length === 0 && titleAttack.length === 0 && titleDigital && outageDigital.length > 0
    ? title.filter((s) => !ctx.isPast(s) && !titleLooksBack).flatMap((s) => [...ctx.cues(s, 'restore'), ...ctx.cues(s, 'resolved')].filter((c) => !isNegated(ctx, s, c)))
    : [];
  if (titleReturn.length > 0) add('title-outage', titleReturn.map(termText), 1.0);
  const anyOutage = sentences.some((s) => ctx.isOutageSentence(s));
  if (!anyOutage) add('no-outage-words', [], -3);

  if (named.length > 0 && (titleOutage.length > 0 || outageDigital.length > 0)) {
    add('service', named.slice(0, 3).map((s) => s.fact.name), Math.min(1.5, 0.5 + named[0].score / 6));
  }
  if (trackers.length > 0) add('tracker', trackers, 1.4);
  if (hashtags.length > 0) add('hashtag', hashtags, 1.0);
  const restoring = outageDigital.length > 0 && sentences.some((s) => !ctx.isPast(s) && (ctx.has(s, 'restore') || ctx.has(s, 'resolved') || ctx.has(s, 'apology')));
  if (restoring) add('restoration', [], 0.5);
  if (outageDigital.length === 0 && named.length === 0) add('no-digital', [], -0.8);

  // Other stories that share the words (markets, power cuts, breaches, closures …): each such
  // word weighs heavily in the headline or beside outage words, lightly elsewhere.
  const groups = new Map<NegativeGroup, { words: string[]; weight: number }>();
  for (const s of sentences) {
    if (ctx.isPast(s)) continue;
    const inTitle = ctx.at.isTitle(s);
    const near = inTitle ? 1.0 : ctx.isOutageSentence(s) ? 0.6 : 0.2;
    // "No customer data was leaked": a denied breach hardly counts (outage reports say so).
    const negated = ctx.has(s, 'negation');
    // A body sentence counts at most twice per group, however many of the group's words it
    // holds (a sentence on the share price lists several market words; it is still one
    // sentence). The headline, and notices that explain themselves at length, count word by word.
    const inSentence = new Map<NegativeGroup, number[]>();
    const perWord = (group: NegativeGroup) => inTitle || SELF_EXPLAINING.has(group);
    for (const t of ctx.termsIn(s)) {
      if (t.payload.kind !== 'neg' || (exchangeDown && t.payload.group === 'finance')) continue;
      // Inside a name it names nothing: "Kereta Api Indonesia" is a railway company, not a train that broke down.
      if (ctx.entities.some((e) => e.start <= t.start && e.end >= t.end)) continue;
      // Maintenance notices and closures explain themselves over several sentences: count them all.
      let w = near === 0.2 && (t.payload.group === 'maintenance' || t.payload.group === 'discontinued' || t.payload.group === 'exercise') ? 0.5 : near;
      // "Opinion", "Tribune", "社説" label the piece: in the headline, or opening its first
      // paragraph, they weigh fully; elsewhere "analysis" is as often a forensic one.
      // A look back ("a year after") is one when the headline or lead says so; later it is context.
      if (t.payload.group === 'retrospective') w = inTitle || ctx.at.leadParagraph(s) <= 1 ? 1.5 : 0;
      if (t.payload.group === 'explainer') w = inTitle ? 1.5 : 0.2;
      if (t.payload.group === 'opinion') w = inTitle || (ctx.at.leadParagraph(s) <= 1 && ctx.at.toOriginal(t.start) - s.start <= 2) ? 1.5 : 0.2;
      const denied = negated && t.payload.group === 'breach' ? 0.25 : 1;
      // Beside a digital noun, a bus or a metro is where the system stands ("the metro's ticket
      // machines", "card readers on buses"), not a vehicle that broke down.
      if (t.payload.group === 'mechanical' && ctx.has(s, 'digital')) w *= 0.25;
      const g = groups.get(t.payload.group) ?? { words: [], weight: 0 };
      g.words.push(termText(t));
      groups.set(t.payload.group, g);
      if (perWord(t.payload.group)) g.weight += w * denied;
      else inSentence.set(t.payload.group, [...(inSentence.get(t.payload.group) ?? []), w * denied]);
    }
    for (const [group, ws] of inSentence) groups.get(group)!.weight += ws.sort((a, b) => b - a).slice(0, 2).reduce((x, y) => x + y, 0);
  }
  for (const [group, g] of groups) {
    const factor = SELF_EXPLAINING.has(group) ? 1.5 : group === 'breach' ? 1.0 : 0.8;
    add('negative', [NEGATIVE_LABEL[group], ...g.words], -factor * Math.min(g.weight, 3));
  }
  // A report names what is down: a service, or a tracker watching it (national shutdowns); or it
  // describes it, where no name would tell a reader more ("總統府網站", "the tax portals", "ATMs"):
  // a headline telling of a digital system failing, over a body that tells of it again and again,
  // at a moment it names: a weekday, a date, a clock time (a column on outages in general names
  // none: "every few months", and its "today" means nowadays).
  const withDigits = (x: { start: number; end: number }) => /\p{N}/u.test(ctx.at.folded.slice(x.start, x.end));
  const atAMoment = () => ctx.terms.some((t) => t.payload.kind === 'weekday') || ctx.dates.some((d) => d.precision === 'day' && withDigits(d))
    || ctx.clocks().some((c) => withDigits(c));
  // (Or a headline's attack on an organisation whose systems the body then tells of failing: "Cyberattaque à
  // l'hôpital de X", "Hackerangriff auf Dienstleister": what the attack took down is its systems.)
  const headlineDescribes = [...titleOutage, ...titleAttack].some((s) => ctx.has(s, 'digital'));
  const described = named.length === 0 && (headlineDescribes || attackReported) && outageDigital.length >= 2 && atAMoment();
  // (A report that only describes what failed says less than one that names it; an attack the
  // headline reports, and the body tells of taking systems down, needs no name to be one, and
  // leaves no reason of its own: the attack in the headline is it.)
  if (described) {
    if (headlineDescribes) add('described', [...titleOutage, ...titleAttack].flatMap((s) => ctx.cues(s, 'digital').map(termText)), -0.6);
  } else if (named.length === 0 && trackers.length === 0) add('no-service', [], -1.8);

  // A report says so up front: outage words in the headline, or in the lead with a service or tracker.
  // (A service outside the gazetteer counts where the lead writes its name, as in the headline.)
  const lead = outageDigital.filter((s) => ctx.at.leadParagraph(s) <= 3
    && (ctx.entitiesIn(s).some((e) => isService(e) || e.payload.type === 'source') || writesUnlisted(s)));
  if (titleOutage.length === 0 && lead.length === 0 && !attackReported && titleReturn.length === 0) add('not-up-front', [], -1.2);
  const score = reasons.reduce((sum, r) => sum + r.weight, 0);
  const confidence = 1 / (1 + Math.exp(-(score - 2.6) * 1.4));
  // And a report says what is down, or cites a tracker that saw it: a piece on outages in
  // general, however many outage words it holds, names neither.
  const saysWhat = named.length > 0 || trackers.length > 0 || described;
  const isOutage = confidence >= 0.5 && saysWhat && (outageDigital.length > 0 || (titleOutage.length > 0 && titleDigital));
  return { isOutage, confidence: Math.round(confidence * 1000) / 1000, reasons };
}

/** A web address: "iftarver.com", "mein-apothekenmanager.de", "ktn.gv.at". */
const DOMAIN_RE = /(?<![\p{L}\p{N}@.-])([a-z0-9][a-z0-9-]{2,}(?:\.[a-z0-9-]+)*)\.(?:com|net|org|gov|edu|info|app|io|(?:(?:gov|com|co|ac|go|or|gv)\.)?[a-z]{2})(?![\p{L}\p{N}-])/u;
const NEWS_HOSTS = new Set(NEWS_SITES.map((n) => n.host));
/** The host and each parent domain of it: "edition.cnn.com", "cnn.com", "com". */
const hostAndParents = (host: string) => host.split('.').map((_, i, parts) => parts.slice(i).join('.'));
/**
 * A sentence that writes a web address names a website, as its noun would ("iftarver.com adresine
 * ulaşılamadı"). Not a news site's own ("TANGERANG, KOMPAS.com -" is a dateline).
 */
function writesDomain(ctx: Context, s: Sentence): boolean {
  const m = DOMAIN_RE.exec(ctx.at.foldedSentence(s));
  if (!m) return false;
  const host = m[0].replace(/^www\./, '');
  return !hostAndParents(host).some((h) => NEWS_HOSTS.has(h));
}

/** Reasons as short English sentences (the contract's `why`); the UI translates from `reasons`. */
export function explain(reasons: Reason[]): string[] {
  return reasons.map((r) => {
    const words = r.terms.map((t) => `“${t}”`).join(', ');
    switch (r.code) {
      case 'title-outage': return `the headline speaks of an outage: ${words}`;
      case 'outage-sentences': return `sentences describe a service failing: ${words}`;
      case 'service': return `names a service: ${r.terms.join(', ')}`;
      case 'tracker': return `cites an outage tracker: ${r.terms.join(', ')}`;
      case 'hashtag': return `quotes an outage hashtag: ${r.terms.join(', ')}`;
      case 'restoration': return 'tells of service coming back';
      case 'negative': return `reads like ${r.terms[0]}: ${r.terms.slice(1).map((t) => `“${t}”`).join(', ')}`;
      case 'no-digital': return 'no digital service named';
      case 'no-outage-words': return 'no outage words';
      case 'no-service': return 'names no service that failed';
      case 'described': return `describes what failed instead of naming it: ${words}`;
      case 'not-up-front': return 'neither the headline nor the lead reports an outage';
    }
  });
}
