/**
 * Scoring of one report against gold facts (eval/README.md), shared by `npm run eval` and the
 * fixture tests. Names are compared through the gazetteer, so "Twitter" and "X" are one service.
 */
import { COMPANIES } from '../extraction/data/companies';
import { SERVICES } from '../extraction/data/services';
import { SOURCES } from '../extraction/data/sources';
import type { DetailedReport } from '../extraction/analyze';

export interface Gold {
  isOutage: boolean;
  services: string[];
  company: string | null;
  start: string | null;
  end: string | null;
  status: string;
  cause: string;
  reportSources: string[];
  regions: string[];
  related: string[];
}
export interface Article {
  id: string;
  split: 'dev' | 'heldout';
  /** Where a dev article came from when it was moved there (eval/README.md). */
  formerSplit?: 'heldout-v1' | 'heldout-v2' | 'heldout-v3' | 'heldout-v4' | 'heldout-v5';
  published: string;
  url: string;
  title: string;
  body: string;
  gold: Gold;
}

export const FIELDS = ['service', 'company', 'start', 'end', 'status', 'cause', 'sources', 'regions', 'related'] as const;
export type Field = (typeof FIELDS)[number];


/** Lower case, and "&" read as "and": "Shanghai Commercial & Savings Bank" is the bank written out. */
const lower = (s: string) => s.toLowerCase().replace(/\s*&\s*/g, ' and ').trim();
function canonical(name: string, table: { name: string; aliases: string[]; caseSensitiveAliases?: string[] }[]): string {
  const n = lower(name);
  const hit = table.find((e) => lower(e.name) === n || e.aliases.some((a) => lower(a) === n) || (e.caseSensitiveAliases ?? []).some((a) => lower(a) === n));
  // A name outside the tables compares without its case: "VOO" and "Voo" are one operator.
  return hit ? hit.name : n;
}
/**
 * A shutdown's service is "Internet access" by the gold convention; where only mobile data was
 * cut the report's "Mobile internet" names the same thing more closely, and writers of gold
 * used either. Scored as one.
 */
const SHUTDOWN_SERVICES = new Set(['Internet access', 'Mobile internet']);
const svc = (n: string) => {
  const c = canonical(n, SERVICES);
  return SHUTDOWN_SERVICES.has(c) ? 'Internet access' : c;
};
/**
 * Gold writers named a service either by its owner ("KPU") or by the owner and a generic noun
 * ("KPU website", "Tunisie Telecom mobile network"); the report's owner name says the same.
 * Only these generic nouns, in lower case: "PlayStation Network", "Cash App" or "SBB Mobile" name a
 * product of their own.
 */
const GENERIC_SUFFIX = / (?:website|web ?site|site|portal|online portal|app|mobile app|system|platform|online banking|mobile network|network|data cent(?:er|re))$/;
const sameService = (reported: string, gold: string) => svc(reported) === svc(gold) || svc(reported) === svc(gold.replace(GENERIC_SUFFIX, ''));
const comp = (n: string) => canonical(n, COMPANIES);
const src = (n: string) => canonical(n, SOURCES);
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const within15 = (gold: string, pred: string | null | undefined) => pred != null && Math.abs(Date.parse(gold) - Date.parse(pred)) <= 15 * 60000;

/** Which fields are right; a field is absent when the gold does not fix it (start/end null). */
export function score(g: Gold, r: DetailedReport): Partial<Record<Field, boolean>> {
  const out: Partial<Record<Field, boolean>> = {};
  out.service = r.services.length > 0 && g.services.length > 0 && sameService(r.services[0].name, g.services[0]);
  const mainName = g.services[0] ? svc(g.services[0]) : null;
  // Gold null: the main service carries its operator's own name, or has none. A report naming
  // the operator by that same name ("X Corp" for X, "MUFG" for MUFG Bank) says the same.
  const ownName = (c: string) => mainName !== null && (c === mainName || svc(c) === mainName || comp(c).startsWith(`${mainName} `) || mainName.startsWith(`${comp(c)} `));
  out.company = g.company === null ? r.company === null || ownName(r.company) : r.company !== null && comp(r.company) === comp(g.company);
  if (g.start) out.start = within15(g.start, r.start?.iso);
  if (g.end) out.end = within15(g.end, r.end?.iso);
  out.status = r.status === g.status;
  out.cause = r.cause.category === g.cause;
  out.sources = sameSet(r.reportSources.map(src), g.reportSources.map(src));
  out.regions = sameSet(r.regions, g.regions);
  const mentioned = r.related.filter((x) => x.why.startsWith('mentioned')).map((x) => x.id);
  out.related = g.related.length === 0 ? mentioned.length === 0 : g.related.every((id) => r.related.some((x) => x.id === id));
  return out;
}

