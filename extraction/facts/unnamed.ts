/**
 * The service a headline names when the gazetteer does not know it: a hospital's laboratory
 * ("Synnovis cyber-attack"), a regional IT provider ("Cyberangriff auf Südwestfalen-IT"), a
 * ministry in quotes ("الهجوم على «المالية»"). Outages of such organisations are reported as
 * often as those of famous apps, and no list can hold them all.
 *
 * Only a name that stands right beside the headline's outage or attack word ("X down",
 * "attack on X"), or that opens the headline as its subject, is taken; and only a word the text
 * never writes in lower case (in the languages whose capitals mark names), so that "Hospitals
 * in London …" names nothing.
 */
import type { Context, TermMatch } from './context';
import type { RankedService } from './services';
import type { Sentence } from '../text/article-text';
import { escapeRegExp } from '../text/normalize';

/** Capitalised words in a run, with the lower-case joiners of names between them ("Garcia de Orta"). */
const NAME_RE = /\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*(?:[ -](?:(?:de|da|do|dos|das|del|della|di|des|du|la|le|von|van|der|of|y|e|et|and|&) )?\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*)*/gu;
/** A short name in quotes: how Arabic, Chinese and Japanese headlines often mark one. */
const QUOTED_RE = /[«"“„「『]([^«»"“”„「」『』\n]{2,40})[»"”“」』]/gu;
/**
 * Words that join a fault to what it struck: "attack on X", "Störung bei X", "panne chez X",
 * "attacco a X", "сбой у X", "الهجوم على X". Not "in"/"en"/"в"/"في", which mostly lead to places.
 */
const LINKS = new Set([
  'on', 'at', 'against', 'auf', 'bei', 'gegen', 'chez', 'contre', 'à', 'a', 'ao', 'à', 'alla', 'al', 'allo', 'ai', 'contro', 'di', 'del', 'de', 'do', 'da',
  'на', 'у', 'против', 'على', 'ضد', 'لدى',
]);
/** A Chinese headline's opening subject, before a verb of telling, an outage word or 遭 ("suffered": 遭勒索軟件攻擊). */
const ZH_SUBJECT_RE = /^([\p{Script=Han}A-Za-z0-9]{2,8}?)(?:遭|公布|回应|回應|致歉|道歉|发布|發布|宣布|官方|称|稱|表示|宕机|宕機|崩了|崩溃|崩潰|故障|瘫痪|癱瘓|服务中断|服務中斷)/u;
/** A Japanese headline's opening subject, joined by に/で to the fault or attack. */
const JA_SUBJECT_RE = /^([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-z0-9ー・]{2,12}?)(?:に|で)(?:サイバー攻撃|システム障害|通信障害|大規模障害|障害|不具合|不正アクセス)/u;
/** A run of Latin letters (with digits) amid Han or kana: a brand or an acronym ("ETC", "Kimi", "PayPay"). */
const LATIN_NAME_RE = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9&+.-]*[A-Za-z0-9](?![A-Za-z0-9])/g;
/** Technologies written in Latin letters, not names of a service ("RFID感应失败", "QR码", "APP崩了"). */
const TECH_TERMS = new Set(['RFID', 'NFC', 'QR', 'API', 'APP', 'SMS', 'GPS', 'IT', 'AI', 'IC', 'ATM', 'POS', 'PIN', 'OTP', 'PC', 'USB', 'DNS', 'VPN', 'IP', 'SIM', 'WIFI', 'WI-FI', 'LTE', 'ID', 'BGP', 'CDN', 'DDOS', 'OS', 'CEO', 'UTC', 'GMT', 'JST', 'CST', 'AM', 'PM', 'SNS', 'WEB', 'EC', 'DX', 'CPU', 'SSD', 'HTTP', 'HTTPS', 'URL', 'BUG', 'ERROR']);
/** Languages whose capitals do not single out names (German capitalises every noun). */
const CAPITALS_NOT_NAMES = new Set(['de']);
/**
 * An acronym ("ZKB", "IHKs", "SBB"): a name even where every noun has a capital, as a quoted
 * word is. Two to five capitals, with a plural "s".
 */
const ACRONYM_RE = /^\p{Lu}{2,5}s?$/u;
/** Does this candidate stand out as a name in this language: quoted, an acronym, or capitalised where capitals mark names? */
const marked = (c: Candidate, lang: string) => c.quoted || !CAPITALS_NOT_NAMES.has(lang) || ACRONYM_RE.test(c.name);
/** Languages whose headlines mark names with quotes rather than capitals. */
const QUOTES_MARK_NAMES = new Set(['ar', 'zh', 'ja']);
/** Languages whose headlines open with a quoted name as their subject (Russian quotes companies: «Винлаб» вернул …). */
const QUOTED_SUBJECT = new Set([...QUOTES_MARK_NAMES, 'ru']);

interface Candidate {
  name: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
  quoted: boolean;
  /** Opened by a preposition of place ("В Астане …", "En Bretagne …"): where the story is, not who failed. */
  placed?: boolean;
}

/** Prepositions that open a headline's setting ("In Astana the internet went dark"), by language. */
const PLACE_PREPOSITIONS = new Set(['in', 'im', 'en', 'em', 'à', 'au', 'a', 'no', 'na', 'nel', 'nella', 'di', 'в', 'во', 'на']);

function findUnnamedService(ctx: Context, bodyMayName: boolean): RankedService | null {
  const title = ctx.sentences().filter((s) => ctx.at.isTitle(s) && !ctx.isPast(s));
  if (title.length === 0) return null;
  const original = (t: { start: number; end: number }) => ({ start: ctx.at.toOriginal(t.start), end: ctx.at.toOriginal(t.end - 1) + 1 });
  // (A return beside the name counts where the body tells of the failure: "Clic Santé de nouveau accessible après une heure de cohue".)
  const bodyFails = ctx.sentences().some((s) => !ctx.at.isTitle(s) && !ctx.isPast(s) && ctx.isOutageSentence(s));
  const cues = title.flatMap((s) => ctx.termsIn(s))
    .filter((t) => t.payload.kind === 'outage' || t.payload.kind === 'serviceDown' || (t.payload.kind === 'cause' && t.payload.category === 'cyberattack')
      || (bodyFails && (t.payload.kind === 'restore' || t.payload.kind === 'resolved')))
    .map((t) => ({ ...original(t), ret: t.payload.kind === 'restore' || t.payload.kind === 'resolved' }));
  // A headline that also reads as maintenance, a power cut or markets names no failed service by its capitals.
  if (title.some((s) => ctx.termsIn(s).some((t) => t.payload.kind === 'neg' && t.payload.group !== 'breach'))) return null;
  const lang = ctx.lang.data.code;
  const candidates = nameCandidates(ctx, title[0].start, title[title.length - 1].end, lang, cues);
  if (candidates.length === 0) return null;
  const chosen = cues.length > 0 ? besideOrSubject(ctx, candidates, cues, title[0].start, lang) : undefined;
  if (chosen) return rankedName(ctx, chosen, 3);
  if (!bodyMayName) return null;
  const taken = takenUpByBody(ctx, candidates, lang);
  return taken ? rankedName(ctx, taken, 2) : null;
}

/** The headline name beside one of its fault words, else its subject. */
function besideOrSubject(ctx: Context, candidates: Candidate[], cues: { start: number; end: number; ret?: boolean }[], titleStart: number, lang: string): Candidate | undefined {
  const text = ctx.at.text;
  const gapOf = (a: number, b: number) => text.slice(a, b).replace(/[«»"“”„「」『』]/g, '').trim().toLowerCase();
  // Beside a cue: "X cue", "X-cue", "X's cue" (in German, where every noun has a capital, only
  // joined by a hyphen: "Telekom-Störung"); or "cue X", "cue <link> X".
  // (An acronym is a name there too: "E-Banking der ZKB stockt".)
  const joined = (c: Candidate) => (CAPITALS_NOT_NAMES.has(lang) && !ACRONYM_RE.test(c.name) ? /^-$/ : /^(?:['’]s)?-?$/);
  const rightBefore = (c: Candidate, k: { start: number }) => k.start >= c.end && k.start - c.end <= 4 && joined(c).test(text.slice(c.end, k.start).trim());
  // (After a return word only right after it, "約4時間ぶりに復旧 mixi": "вернулся на Иссык-Куль" tells where it came back.)
  const linkedAfter = (c: Candidate, k: { end: number; ret?: boolean }) => c.start >= k.end && (gapOf(k.end, c.start) === '' || (!k.ret && LINKS.has(gapOf(k.end, c.start))));
  const beside = (c: Candidate) => cues.some((k) => rightBefore(c, k) || linkedAfter(c, k));
  // (A headline may open with a quote and a colon before its own words: „Wie vor 20 Jahren": IHKs …)
  const opening = /^\s*[«"“„「『][^«»"“”„「」『』\n]{2,60}[»"”“」』]\s*:\s*/u.exec(text.slice(titleStart, titleStart + 80));
  const subjectStart = titleStart + (opening?.[0].length ?? 0);
  return candidates.find(beside)
    // The headline's subject: its first name (quoted, or capitalised where capitals mark names),
    // which the text writes again as a name, capitalised inside a sentence ("When …" is not one).
    ?? candidates.find((c) => (c.quoted ? QUOTED_SUBJECT.has(lang) && c.start >= subjectStart - 1 : !c.placed && marked(c, lang) && c.start >= subjectStart && c.start - subjectStart <= 4 && nameInBody(ctx, singular(c.name))));
}

/** An acronym in the plural names one body: "IHKs" are the IHK's chambers. */
const singular = (name: string) => (ACRONYM_RE.test(name) && name.endsWith('s') ? name.slice(0, -1) : name);

function rankedName(ctx: Context, c: Candidate, score: number): RankedService {
  const folded = { start: ctx.at.toFolded(c.start), end: ctx.at.toFolded(c.end) };
  return { score, fact: { name: singular(c.name), company: null, evidence: [ctx.at.evidence(folded.start, folded.end)] } };
}

/**
 * A headline name that the body takes up where it tells of the failure, when no fault word in
 * the headline stands beside one ("Coop : paiements par carte et Twint impossibles …",
 * "MegaCom: связь никто не отключал", "Ferizy Melambat Diserbu Pemudik"): the first headline
 * name that a body sentence with an outage or service-down word writes again, and that the
 * body names at least twice. In German, where every noun has a capital, only a quoted name or
 * one that opens the headline before a colon.
 */
function takenUpByBody(ctx: Context, candidates: Candidate[], lang: string): Candidate | undefined {
  const text = ctx.at.text;
  const failing = ctx.sentences().filter((s) => !ctx.at.isTitle(s) && !ctx.isPast(s)
    && ctx.termsIn(s).some((t) => t.payload.kind === 'outage' || t.payload.kind === 'serviceDown'));
  if (failing.length === 0) return undefined;
  const opensBeforeColon = (c: Candidate) => /^\s*:/.test(text.slice(c.end, c.end + 3)) && text.slice(0, c.start).trim() === '';
  return candidates.find((c) => {
    if (!marked(c, lang) && !opensBeforeColon(c)) return false;
    if (c.name.length < 3) return false;
    let times = 0;
    for (let at = text.indexOf(c.name, ctx.at.titleEnd); at >= 0 && times < 2; at = text.indexOf(c.name, at + 1)) times++;
    if (times < 2) return false;
    return failing.some((s) => ctx.at.sentenceText(s).includes(c.name));
  });
}

/** `cues`: the headline's outage, service-down and attack words (original offsets). */
function nameCandidates(ctx: Context, from: number, to: number, lang: string, cues: { start: number }[]): Candidate[] {
  const text = ctx.at.text;
  const headline = text.slice(from, to);
  const out: Candidate[] = [];
  for (const m of headline.matchAll(QUOTED_RE)) {
    const start = from + m.index! + m[0].indexOf(m[1]);
    out.push({ name: m[1].trim(), start, end: start + m[1].length, quoted: true });
  }
  // Chinese headlines open with their subject, unquoted, right before a verb of telling or the
  // fault itself: "语雀公布宕机原因", "某某回应故障";
  // Japanese ones with the particle that ties it to the fault: "マクドナルドでシステム障害", "…病院にサイバー攻撃".
  // (After a quote that opens the headline, as a kicker: "「復旧のめど立たず」 X社にサイバー攻撃".)
  const kicker = /^[「『“"][^「」『』“”"\n]{1,40}[」』”"]\s*/u.exec(headline)?.[0].length ?? 0;
  const subject = lang === 'zh' ? ZH_SUBJECT_RE.exec(headline.slice(kicker)) : lang === 'ja' ? JA_SUBJECT_RE.exec(headline.slice(kicker)) : null;
  // A subject that ends in a digital noun ("市政府網站") describes the system: describedSystem's to show.
  const describes = (end: number) => ctx.terms.some((t) => t.payload.kind === 'digital' && t.end === ctx.at.toFolded(end));
  if (subject && !describes(from + kicker + subject[1].length)) out.push({ name: subject[1], start: from + kicker, end: from + kicker + subject[1].length, quoted: true });
  // In Chinese and Japanese, a name in Latin letters stands out by its script: "ETC使えず", "挤爆Kimi".
  if (lang === 'zh' || lang === 'ja') {
    for (const m of headline.matchAll(LATIN_NAME_RE)) if (!TECH_TERMS.has(m[0].toUpperCase())) out.push({ name: m[0], start: from + m.index!, end: from + m.index! + m[0].length, quoted: false });
  }
  if (!QUOTES_MARK_NAMES.has(lang) || lang === 'ar') {
    for (const m of headline.matchAll(NAME_RE)) {
      let start = from + m.index!;
      let name = m[0];
      // A capitalised article or function word opening the run ("El Clínic"): not part of the name.
      const first = name.split(/[ -]/)[0];
      let placed = false;
      if (name.length > first.length && ctx.lang.data.stopwords.includes(first.toLowerCase())) {
        start += first.length + 1;
        name = name.slice(first.length + 1);
        placed = PLACE_PREPOSITIONS.has(first.toLowerCase());
      }
      // A system's noun opening the run where names follow their noun ("Sistem SIPADU Lumpuh",
      // "Site do Fundo Ambiental"): the name is after it, and after the joiner between.
      const opener = name.split(' ')[0];
      // (Indonesian "di" is "in": "Internet di Jayapura" is a place. Only the Romance joiners join.)
      const joined = (ROMANCE.has(lang) ? OPENER_JOINER_RE : /^ (?=\p{Lu})/u).exec(name.slice(opener.length));
      if (joined && NAME_AFTER_NOUN.has(lang) && isDigitalNoun(ctx, start, opener)) {
        start += opener.length + joined[0].length;
        name = name.slice(opener.length + joined[0].length);
      }
      // A name run into the fault by a hyphen ("EGVP-Ausfall", "Volksbanken-Panne"): the name is what comes before it.
      const cue = cues.find((k) => k.start > start && k.start < start + name.length && text[k.start - 1] === '-');
      if (cue) name = name.slice(0, cue.start - start);
      // An acronym after a joiner stands on its own too: "E-Banking der ZKB" is the ZKB's.
      const last = name.slice(name.lastIndexOf(' ') + 1);
      if (last.length < name.length && ACRONYM_RE.test(last)) out.push({ name: last, start: start + name.length - last.length, end: start + name.length, quoted: false });
      name = longestNamedPrefix(ctx, name.replace(/[.'’-]+$/, ''));
      out.push({ name, start, end: start + name.length, quoted: false, placed });
    }
  }
  // A quoted word the body never writes again is a word set off for effect ("突然“失联”": suddenly
  // "out of touch"), not a name: the names of what failed come back in the story.
  const repeated = (c: Candidate) => !c.quoted || text.indexOf(c.name, ctx.at.titleEnd) >= 0;
  // "Bayram sabahı hatlar kilitlendi", "Christmas morning": a word right before a part of the day is when, not who.
  const when = (c: Candidate) => ctx.terms.some((t) => (t.payload.kind === 'dayPart' || t.payload.kind === 'am' || t.payload.kind === 'pm')
    && t.start >= ctx.at.toFolded(c.end) && t.start - ctx.at.toFolded(c.end) <= 2);
  // "İzmir'de", "Türkiye'den": a Turkish name in the locative or ablative is where, not who.
  const where = (c: Candidate) => lang === 'tr' && /['’](?:de|da|te|ta|den|dan|ten|tan)$/u.test(c.name);
  return out
    .filter((c) => c.name.length >= 2 && /\p{L}/u.test(c.name) && repeated(c) && !when(c) && !where(c))
    .filter((c) => !coveredByKnownWords(ctx, c) && !holdsClaim(ctx, c))
    .filter((c) => c.quoted || CAPITALS_NOT_NAMES.has(lang) || !writtenInLowerCase(ctx, c.name))
    .sort((a, b) => a.start - b.start);
}

/** Is the word at this offset (original text) one of the language's digital nouns ("Sistem", "Portal")? */
function isDigitalNoun(ctx: Context, start: number, word: string): boolean {
  const from = ctx.at.toFolded(start);
  const to = ctx.at.toFolded(start + word.length - 1) + 1;
  return ctx.terms.some((t) => t.payload.kind === 'digital' && t.start === from && t.end === to);
}

/** A gazetteer name, or words of the language's lists (the outage word itself, a month, a country). */
function coveredByKnownWords(ctx: Context, c: Candidate): boolean {
  const start = ctx.at.toFolded(c.start);
  const end = ctx.at.toFolded(c.end);
  if (ctx.entities.some((e) => e.start < end && e.end > start)) return true;
  const covering = (t: TermMatch) => t.start <= start && t.end >= end;
  if (ctx.terms.some(covering)) return true;
  return ctx.lang.data.stopwords.includes(c.name.toLowerCase());
}

/**
 * A quoted phrase that says something ("「サイバー攻撃ではない」": not a cyberattack) rather than
 * names it; or a quote of two clauses ("「睇唔到屏幕，唔知去邊個閘口」", a traveller's words): a
 * name holds no comma or sentence mark.
 */
function holdsClaim(ctx: Context, c: Candidate): boolean {
  if (c.quoted && /[,，。！？!?;；]/.test(c.name)) return true;
  const start = ctx.at.toFolded(c.start);
  const end = ctx.at.toFolded(c.end);
  return ctx.terms.some((t) => t.start >= start && t.end <= end && (t.payload.kind === 'cause' || t.payload.kind === 'negation'));
}

/**
 * Does the text write the name in lower case somewhere (an ordinary word, then: "Hospitals")?
 * Not in an address: "gtbank.com" is how a domain is written, not an ordinary word.
 */
function writtenInLowerCase(ctx: Context, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{M}./@])${escapeRegExp(lower)}(?![\\p{L}\\p{M}]|\\.[a-z]{2,})`, 'u');
  return re.test(ctx.at.text);
}

/** The name again after the headline, inside a sentence (not capitalised only for opening one). */
function nameInBody(ctx: Context, name: string): boolean {
  const text = ctx.at.text;
  for (let at = text.indexOf(name, ctx.at.titleEnd); at > 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(Math.max(0, at - 3), at);
    if (/[\p{L}\p{N},;]\s$/u.test(before) || /[\p{L}]['’]$/u.test(before)) return true;
  }
  return false;
}

/**
 * A headline in title case ("Indodax Diduga Diretas, Aplikasi …") runs a name into the words
 * after it: the longest start of the run that the text writes again is the name.
 */
function longestNamedPrefix(ctx: Context, run: string): string {
  const words = run.split(' ');
  if (words.length < 2) return run;
  const body = ctx.at.text.slice(ctx.at.titleEnd);
  for (let n = words.length; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    if (body.includes(prefix)) return prefix;
  }
  return run;
}

/**
 * The service outside the gazetteer that leads the story, if any: where nothing listed was found,
 * or the headline names none of those listed ("EBA ilk ders gününde çöktü" in a story that
 * mentions Twitter).
 */
export function unnamedLead(ctx: Context, listed: RankedService[]): RankedService | null {
  const titleNames = new Set(ctx.sentences().filter((s) => ctx.at.isTitle(s)).flatMap((s) => ctx.entitiesIn(s).map((e) => e.payload.name)));
  if (listed.some((x) => titleNames.has(x.fact.name))) return null;
  // The body may name it only where the gazetteer found nothing at all: beside a listed service a
  // capitalised word the body repeats is as often a place, a ministry or a product's second word.
  const found = findUnnamedService(ctx, listed.length === 0);
  if (!found) return null;
  const name = found.fact.name;
  // A name holding the outage word itself ("Hari Down Syndrome Sedunia") names no service.
  const outageWordIn = ctx.terms.some((t) => (t.payload.kind === 'outage' || t.payload.kind === 'serviceDown') && ` ${name.toLowerCase()} `.includes(` ${ctx.at.folded.slice(t.start, t.end)} `));
  if (outageWordIn) return null;
  // Beside listed services, only a plain name: not a word in an oblique case ("İmamoğlu'nun",
  // "Türkiye'den"), not a country, and in a script whose names the finder reads well.
  const plain = !/['’]/.test(name) && !/[\u0600-\u06ff]/.test(name) && !ctx.terms.some((t) => t.payload.kind === 'country' && ctx.at.folded.slice(t.start, t.end) === name.toLowerCase());
  return listed.length === 0 || plain ? found : null;
}

/** Han and kana: scripts written without spaces, where a name runs straight into the system's noun ("總統府網站"). */
const CJK_RUN_RE = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8}$/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
/** A name after the system's noun: "siti di Entrate e Dogane", "portal of the Land Registry". */
const NAME_AFTER_RE = /^ (?:of|de|di|del|della|des|du|da|do|der|des) (?:the |la |le |l'|el )?\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*(?: (?:e|et|y|and|und|&) \p{Lu}[\p{L}\p{M}\p{N}&'’.-]*)?/u;
/** Latin letters (with digits) right before a Han or kana run: "JR" of "JR九州", "FAA" of "FAAのシステム". */
const LATIN_BEFORE_RE = /[A-Za-z][A-Za-z0-9&.-]*$/;
/** A quoted name right before it, then a space: "'Askıda Fatura' sitesine", "«Мой налог» приложение". */
const QUOTED_BEFORE_RE = /(?:^|\s)[«"“„'‘](?=\S)([^«»"“”„'‘’\n]{2,40})(?<=\S)[»"”“'’] $/u;
/** A name before it: "Sogei servers", "SBB-Billettverkauf". */
const NAME_BEFORE_RE = /(?:^|[\s«"“„])(\p{Lu}[\p{L}\p{M}\p{N}&.]*[ -])$/u;

/**
 * What a report describes rather than names ("the tax agencies' sites", "總統府網站", "ATMs"):
 * the headline's digital noun where it tells of the failure, with the name written against it.
 * Shown as the service when no listed or unlisted name was found.
 */
export function describedSystem(ctx: Context): RankedService | null {
  const attack = (x: Sentence) => ctx.termsIn(x).some((t) => t.payload.kind === 'cause' && t.payload.category === 'cyberattack');
  const found = ctx.sentences()
    .filter((x) => ctx.at.isTitle(x) && (ctx.isOutageSentence(x) || attack(x)))
    .flatMap((s) => ctx.termsIn(s).filter((t) => t.payload.kind === 'digital').map((noun) => described(ctx, s, noun)))
    .filter((d) => d.name.length >= 2);
  // A noun with a name written against it ("NIC.TR sunucuları") says more than the first bare one ("sitelere").
  const chosen = found.find((d) => d.named) ?? found[0];
  if (!chosen) return null;
  const evidence = [ctx.at.evidence(ctx.at.toFolded(chosen.start), ctx.at.toFolded(chosen.end))];
  // "Maybank系统故障", "Sistem Bank Jatim": a listed company written against the noun is whose
  // system it is, and to its customers the company is the service.
  if (chosen.owner) return { score: 1, fact: { name: chosen.owner, company: chosen.owner, evidence } };
  return { score: 1, fact: { name: chosen.name, company: null, evidence } };
}

/** A listed company written right against a headline's noun (before it, or right after it), if any. */
function ownerBeside(ctx: Context, s: Sentence, noun: TermMatch): string | null {
  const owner = ctx.entitiesIn(s).find((e) => e.payload.type === 'company'
    && ((e.end <= noun.start && noun.start - e.end <= 1) || (e.start >= noun.end && e.start - noun.end <= 1)));
  return owner ? owner.payload.name : null;
}

/** A headline's digital noun with the name written against it, if any (original offsets). */
function described(ctx: Context, s: Sentence, noun: TermMatch): { name: string; start: number; end: number; named: boolean; owner: string | null } {
  const text = ctx.at.text;
  const lang = ctx.lang.data.code;
  const nounStart = ctx.at.toOriginal(noun.start);
  let start = nounStart;
  let end = ctx.at.toOriginal(noun.end - 1) + 1;
  const before = text.slice(s.start, start);
  const cjk = CJK_RUN_RE.exec(before);
  // A quoted name right before the noun ("İBB'nin 'Askıda Fatura' sitesine"): the name is in the quotes.
  const quotedBefore = cjk ? null : QUOTED_BEFORE_RE.exec(before);
  // Else a capitalised run, but not a word capitalised only by a title-case headline: a function
  // word or quantifier ("Sejumlah Situs …" is "several sites"), or a word the text writes in
  // lower case ("Server Pusat Data").
  const namedRun = cjk || quotedBefore ? null : NAME_BEFORE_RE.exec(before);
  const runWord = namedRun?.[1].replace(/[ -]$/, '') ?? '';
  // (Not a run that holds Han or kana: "Maybank系统故障 " before "网银" is a clause, not a name.)
  const named = namedRun && !CJK_RE.test(runWord) && !ctx.lang.data.stopwords.includes(runWord.toLowerCase()) && !writtenInLowerCase(ctx, runWord) ? namedRun : null;
  if (cjk) {
    // Not the words of our lists the run holds ("遭"): the name is what follows them.
    const runStart = start - cjk[0].length;
    // (Not a number word: 九 of 九州 is part of a name; nor the state's word: 政府 of 市政府.)
    const lastTerm = ctx.termsIn(s).filter((t) => t !== noun && t.payload.kind !== 'number' && t.payload.kind !== 'authority' && ctx.at.toOriginal(t.end - 1) + 1 <= start).map((t) => ctx.at.toOriginal(t.end - 1) + 1).filter((e) => e > runStart);
    start = Math.max(runStart, ...lastTerm);
    // Nor the particle that tied those words to it ("韓国の政府…": の).
    if (start > runStart) while (start < nounStart && /[のでにがはをと]/.test(text[start])) start++;
    // A Latin name the run goes on from ("JR九州の…", "FAAのシステム"): the run starts with it.
    const latin = start === runStart ? LATIN_BEFORE_RE.exec(text.slice(s.start, start)) : null;
    if (latin) start -= latin[0].length;
    // The noun may hold the fault itself ("システム障害"): the name stops before it.
    const fault = ctx.termsIn(s).filter((t) => (t.payload.kind === 'outage' || t.payload.kind === 'serviceDown') && t.end === noun.end && t.start > noun.start);
    if (fault.length > 0) end = ctx.at.toOriginal(Math.min(...fault.map((t) => t.start)) - 1) + 1;
  } else if (quotedBefore) {
    const open = quotedBefore[0].length - quotedBefore[0].trimStart().length + 1;
    end = start - quotedBefore[0].length + open + quotedBefore[1].length;
    start = start - quotedBefore[0].length + open;
  } else if (named && (!CAPITALS_NOT_NAMES.has(lang) || named[1].endsWith('-'))) {
    // In Latin script the name alone is the service ("NIC.TR sunucuları" → NIC.TR): the noun is generic.
    end = start - (named[1].length - named[1].replace(/[ -]$/, '').length);
    start -= named[1].length;
  } else if (lang === 'ar') {
    // Arabic names what a thing is of after it: "تطبيق تذاكر المونديال".
    end += /^(?: [\u0621-\u064a]{3,}){0,2}/u.exec(text.slice(end, s.end))?.[0].length ?? 0;
  } else {
    // "app di Trenitalia", "portal del SAT": the name after the noun is the service.
    const after = NAME_AFTER_RE.exec(text.slice(end, s.end));
    const apposed = after || !NAME_AFTER_NOUN.has(lang) ? null : apposedName(ctx, text.slice(end, s.end));
    if (after) {
      const nameAt = after[0].search(/\p{Lu}/u);
      start = end + nameAt;
      end += after[0].length;
    } else if (apposed) {
      start = end + 1;
      end = start + apposed.length;
    }
  }
  const name = text.slice(start, end).trim();
  const bare = text.slice(nounStart, ctx.at.toOriginal(noun.end - 1) + 1).trim();
  return { name, start, end, named: name !== bare, owner: ownerBeside(ctx, s, noun) };
}

/** What joins a system's noun to the name after it: a space, or a joiner ("Site do …", "Portales de …"), before a capital. */
const OPENER_JOINER_RE = /^ (?:(?:de|do|da|dos|das|del|della|di|des|du|of) (?:l'|la |le |el )?)?(?=\p{Lu})/u;
const ROMANCE = new Set(['es', 'fr', 'pt', 'it']);
/** Languages that set a name right after the noun it names, with no joiner ("Sistem CEISA", "l'app IO", "приложение Госуслуги"). */
const NAME_AFTER_NOUN = new Set(['id', 'it', 'es', 'fr', 'pt', 'ru']);
/** Capitalised words right after the noun: "Sistem CEISA …", "l'app IO", "la plataforma Mi Argentina". */
const APPOSED_RE = /^ (\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{M}\p{N}&'’.-]*){0,3})/u;

/**
 * The name set beside the noun with no joiner, as Indonesian and the Romance languages write it.
 * A title-case headline capitalises every word, so only the longest start of the run that the
 * body writes again, and no word of the language's lists or one the text writes in lower case.
 */
function apposedName(ctx: Context, rest: string): string | null {
  const run = APPOSED_RE.exec(rest)?.[1];
  if (!run) return null;
  const words: string[] = [];
  for (const w of run.split(' ')) {
    const bare = w.replace(/[.'’-]+$/, '');
    const lower = bare.toLowerCase();
    const listed = ctx.terms.some((t) => ctx.at.folded.slice(t.start, t.end) === lower);
    if (listed || ctx.lang.data.stopwords.includes(lower) || writtenInLowerCase(ctx, bare)) break;
    words.push(bare);
    if (bare !== w) break;
  }
  if (words.length === 0) return null;
  const name = longestNamedPrefix(ctx, words.join(' '));
  return name.length >= 2 && nameInBody(ctx, name) ? name : null;
}
