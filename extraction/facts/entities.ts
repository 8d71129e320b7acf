/**
 * The gazetteer as one lexicon: services, companies and report sources, by their Latin names
 * (from data/) and their local names (from each language file), matched in every article.
 */
import { COMPANIES } from '../data/companies';
import { SERVICES } from '../data/services';
import { SOURCES } from '../data/sources';
import type { ServiceEntry, SourceEntry } from '../data/types';
import { LANGUAGES } from '../lang/index';
import { Lexicon } from '../text/lexicon';

export interface EntityRef {
  type: 'service' | 'company' | 'source';
  /** Canonical name. */
  name: string;
  /** When set, the original text must read exactly this (names that are ordinary words). */
  exactCase?: string;
  /** When set, the text must also name this company or another of its services. */
  needsCompany?: string;
  /** When set, a name only in articles of this language (a short local name is a word elsewhere: Italian "Tim", Indonesian "tim"). */
  lang?: string;
}

let lexicon: Lexicon<EntityRef> | null = null;
let serviceByName: Map<string, ServiceEntry> | null = null;
let sourceByName: Map<string, SourceEntry> | null = null;


export function entityLexicon(): Lexicon<EntityRef> {
  if (lexicon) return lexicon;
  // (The Arabic file's proclitics, whose pairs are listed whole: the lexicon splits once.)
  // (A name of three letters takes none: "كابل" (cable), "وابل" (a volley), "بابل" (Babylon) are
  // words, not Apple after a proclitic.)
  const lex = new Lexicon<EntityRef>({ proclitics: LANGUAGES.ar.proclitics, procliticMinRest: 4 });
  const addNames = (type: EntityRef['type'], name: string, aliases: string[] = [], exact: string[] = []) => {
    // A name that is also a short common word ("du") is matched only through its longer aliases;
    // so is a short name whose written forms are all listed as exact ("Gol": "GOL", "a Gol").
    const onlyAsListed = exact.length > 0 && name.length <= 3;
    // A short name in capitals ("LINE", "AMA", "TIM") is an ordinary word in lower case ("line
    // up", Turkish "ama", Indonesian "tim"): it is matched in capitals, or with a capital first.
    const addForm = (form: string) => {
      if (!/^[A-Z]{2,6}$/.test(form)) return lex.add(form, { type, name });
      const titled = form[0] + form.slice(1).toLowerCase();
      for (const f of new Set([form, titled])) if (!exact.includes(f)) lex.add(f, { type, name, exactCase: f });
    };
    if (!exact.includes(name) && !/^[a-z]{1,3}$/.test(name) && !onlyAsListed) addForm(name);
    for (const a of aliases) addForm(a);
    for (const a of exact) lex.add(a, { type, name, exactCase: a });
  };
  for (const s of SERVICES) {
    // (A name that stands only beside its company is not added bare either.)
    if (s.withCompanyOnly?.includes(s.name)) for (const a of s.aliases) lex.add(a, { type: 'service', name: s.name });
    else addNames('service', s.name, s.aliases, s.caseSensitiveAliases);
    for (const a of s.withCompanyOnly ?? []) lex.add(a, { type: 'service', name: s.name, exactCase: a, needsCompany: s.company ?? s.name });
  }
  for (const c of COMPANIES) addNames('company', c.name, c.aliases, c.caseSensitiveAliases);
  for (const s of SOURCES) addNames('source', s.name, s.aliases, s.caseSensitiveAliases);
  // Local names: a short Latin one ("ovo", "xl", "bsi") is an ordinary word somewhere, so it
  // must be written in capitals (OVO, XL, BSI) or exactly as the language file gives it.
  const addLocal = (type: EntityRef['type'], name: string, forms: string[], lang: string) => {
    for (const f of forms) {
      if (/^[A-Za-z0-9&+.\-]{1,4}$/.test(f)) lex.add(f, { type, name, exactCase: /[A-Z]/.test(f) ? f : f.toUpperCase(), lang });
      else lex.add(f, { type, name });
    }
  };
  for (const lang of Object.values(LANGUAGES)) {
    for (const [name, names] of Object.entries(lang.serviceNames ?? {})) addLocal('service', name, names, lang.code);
    for (const [name, names] of Object.entries(lang.companyNames ?? {})) addLocal('company', name, names, lang.code);
    for (const [name, names] of Object.entries(lang.sourceNames ?? {})) addLocal('source', name, names, lang.code);
  }
  lexicon = lex;
  return lex;
}

export function serviceEntry(name: string): ServiceEntry | undefined {
  if (!serviceByName) serviceByName = new Map(SERVICES.map((s) => [s.name, s]));
  return serviceByName.get(name);
}

export function sourceEntry(name: string): SourceEntry | undefined {
  if (!sourceByName) sourceByName = new Map(SOURCES.map((s) => [s.name, s]));
  return sourceByName.get(name);
}
