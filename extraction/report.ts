/**
 * The OutageReport: the one shape every part of Outage Lens reads.
 * Mirrors shared/design/report-contract.md. Fields may be added, never renamed or redefined.
 * @module
 */

/** ISO 8601 instant in UTC, e.g. "2022-10-25T07:17:00Z". */
export type Iso = string;

/** Where in the article text a fact was read. */
export interface Evidence {
  /** Offset into `report.text` (inclusive). */
  start: number;
  /** Offset into `report.text` (exclusive). */
  end: number;
  /** The sentence, as it stands in the article. */
  sentence: string;
}

export type TimePrecision = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface TimePoint {
  /** Resolved instant; null when the text cannot fix it (never guessed). */
  iso: Iso | null;
  /** The surface phrase, e.g. "07,17 بتوقيت غرينتش". */
  text: string;
  precision: TimePrecision;
  /** "around", "حوالى", "vers", "shortly before". */
  approximate: boolean;
  evidence: Evidence;
  /** Extension: the zone as written or inherited ("GMT", "Europe/Paris"), null when none. */
  zone?: string | null;
}

export type CauseCategory =
  | 'unknown'
  | 'configuration'
  | 'software-update'
  | 'software-bug'
  | 'network'
  | 'dns'
  | 'bgp'
  | 'power'
  | 'cyberattack'
  | 'hardware'
  | 'third-party'
  | 'capacity'
  | 'government-shutdown'
  | 'other';

export const CAUSE_CATEGORIES: readonly CauseCategory[] = [
  'unknown', 'configuration', 'software-update', 'software-bug', 'network', 'dns', 'bgp',
  'power', 'cyberattack', 'hardware', 'third-party', 'capacity', 'government-shutdown', 'other',
];

export type OutageStatus = 'ongoing' | 'partial' | 'resolved' | 'unknown';

export interface ServiceFact {
  /** Canonical English name, e.g. "WhatsApp". */
  name: string;
  company: string | null;
  evidence: Evidence[];
}

export interface ScaleFact {
  kind: 'reports' | 'users' | 'customers' | 'other';
  value: number | null;
  approximate: boolean;
  text: string;
  evidence: Evidence;
}

export interface Statement {
  speaker: string | null;
  text: string;
  evidence: Evidence;
  /** Extension: the words are quoted in the article (false: a reported statement, the whole sentence). */
  quoted?: boolean;
}

export type TimelineKind = 'start' | 'report' | 'update' | 'restore' | 'resolved' | 'statement' | 'other';

export interface TimelineEvent {
  at: TimePoint | null;
  kind: TimelineKind;
  text: string;
  evidence: Evidence;
}

export interface RelatedIncident {
  id: string;
  title: string;
  /** ISO date (or date-time) the incident began. */
  date: string;
  url: string | null;
  /** Why it is linked, for the reader, e.g. "mentioned: last year". */
  why: string;
}

export interface OutageReport {
  isOutage: boolean;
  confidence: number;
  why: string[];
  language: string;
  title: string;
  url: string | null;
  published: Iso | null;
  text: string;

  services: ServiceFact[];
  company: string | null;
  status: OutageStatus;
  start: TimePoint | null;
  end: TimePoint | null;
  durationMinutes: number | null;
  cause: { category: CauseCategory; text: string | null; evidence: Evidence | null };
  regions: string[];
  scale: ScaleFact[];
  reportSources: string[];
  statements: Statement[];
  timeline: TimelineEvent[];
  related: RelatedIncident[];
}
