/** Shapes of the bundled data files. Data only. */
import type { CauseCategory } from '../report';

export type ServiceCategory =
  | 'messaging' | 'social' | 'search' | 'email' | 'productivity' | 'cloud' | 'cdn' | 'dns'
  | 'hosting' | 'developer' | 'payments' | 'bank' | 'ecommerce' | 'streaming' | 'music'
  | 'gaming' | 'telecom' | 'isp' | 'ai' | 'video-calls' | 'os' | 'security' | 'airline'
  | 'transport' | 'government' | 'exchange' | 'other';

export interface ServiceEntry {
  /** Canonical English name, as the report shows it: "WhatsApp", "Amazon Web Services". */
  name: string;
  /** Operator or parent: "Meta", "Amazon". null when it is its own company (then `name` is used). */
  company: string | null;
  category: ServiceCategory;
  /**
   * Names as written in Latin script (any language may use them), case-insensitive:
   * "WhatsApp", "Whats App". Do not repeat `name`.
   */
  aliases: string[];
  /**
   * Names that are ordinary words too ("Teams", "Line", "Signal", "X", "Orange", "Meta"):
   * matched case-sensitively and only as written here. Leave empty when none.
   */
  caseSensitiveAliases?: string[];
  /**
   * Names that are ordinary words in some language ("Messenger": German for any chat app) and
   * stand for this service only in a text that also names its company or one of its siblings.
   * Matched case-sensitively, as written.
   */
  withCompanyOnly?: string[];
  /** Official status page, for "check the live status" links. */
  statusPage?: string;
  /** Downdetector page (downdetector.com/status/<slug>/), where one exists. */
  downdetector?: string;
}

export interface CompanyEntry {
  name: string;
  /** Latin-script names; local-script names live in each language file. */
  aliases: string[];
  caseSensitiveAliases?: string[];
}

export interface SourceEntry {
  /** Canonical name: "Downdetector", "AFP", "Reuters". */
  name: string;
  /** A regulator or ministry is recognised (it is nobody's failed service) but is not a report source. */
  kind: 'tracker' | 'agency' | 'outlet' | 'regulator';
  aliases: string[];
  caseSensitiveAliases?: string[];
}

export interface CatalogueIncident {
  /** kebab-case, service-year-month-day: "facebook-2021-10-04". */
  id: string;
  /** Short English title: "Facebook, Instagram, WhatsApp and Messenger down worldwide". */
  title: string;
  /** UTC, as precise as known: "2021-10-04T15:39:00Z", "2021-10-04", "2008-07". */
  start: string;
  end: string | null;
  /** Canonical service names, matching services.ts names where the service is listed there. */
  services: string[];
  company: string | null;
  cause: CauseCategory;
  /** One line in our own words. */
  causeDetail: string | null;
  /** "global" or ISO 3166-1 alpha-2 codes. */
  regions: string[];
  durationMinutes: number | null;
  /** 1–3 links: postmortem first where one exists, then encyclopedia, then a major outlet. */
  references: { url: string; kind: 'postmortem' | 'encyclopedia' | 'news' | 'status' }[];
}
