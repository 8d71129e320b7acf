/**
 * Every message between the parts of the extension, typed by direction in one place
 * (CS = content scripts, BG = background, UI = popup and incidents page).
 * Replies are plain `Result` objects, never thrown errors (errors do not cross contexts).
 */
import type { DetailedReport } from '../extraction/analyze';
import type { ImportErrorCode } from './export';
import type { Incident } from './incidents';
import type { TabVerdict } from './tab-state';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Content scripts → background. */
export interface CsToBg {
  /** The first look found a candidate: inject the analyser into this tab. */
  'cs:candidate': { url: string };
  /** The full analysis is done (report slimmed for storage, no article text). */
  'cs:report': { url: string; report: DetailedReport; shown: boolean };
  /** The first look found nothing (clears the badge after an SPA navigation). */
  'cs:clear': { url: string };
  /** The sidebar asks which articles in the history are about this page's outage. */
  'cs:history-related': { url: string; services: string[]; start: string | null; published: string | null };
}

/** Popup/incidents page → background. */
export interface UiToBg {
  'ui:tab-state': { tabId: number };
  'ui:analyse-tab': { tabId: number };
  'ui:site-state': { origin: string };
  /** `tabId`: the tab the reader adds the site from, whose page's language picks the site's detector bundle. */
  'ui:site-enable': { origin: string; tabId?: number };
  'ui:site-disable': { origin: string };
  /** A JSON export, as text: validated, then merged into the history (all writes go through the background's queue). */
  'ui:history-import': { text: string };
  'ui:history-remove': { url: string };
  'ui:history-clear': Record<string, never>;
}

/** Background/popup → content scripts. */
export interface ToCs {
  'bg:toggle-sidebar': { show?: boolean };
  'bg:sidebar-state': Record<string, never>;
}

export interface Replies {
  'cs:candidate': Result<null>;
  'cs:report': Result<null>;
  'cs:clear': Result<null>;
  'cs:history-related': Result<HistoryRelated>;
  'ui:tab-state': Result<TabVerdict | null>;
  'ui:analyse-tab': Result<null>;
  'ui:site-state': Result<SiteState>;
  'ui:site-enable': Result<SiteState>;
  'ui:site-disable': Result<SiteState>;
  /** On a refused file, `error` is an ImportErrorCode (translated by the page) and `detail` says why in English. */
  'ui:history-import': { ok: true; value: HistoryImportCounts } | { ok: false; error: ImportErrorCode | string; detail?: string };
  'ui:history-remove': Result<{ total: number }>;
  'ui:history-clear': Result<{ total: number }>;
  'bg:toggle-sidebar': Result<{ visible: boolean }>;
  'bg:sidebar-state': Result<{ visible: boolean; mounted: boolean }>;
}

export interface SiteState {
  origin: string;
  /** On the bundled news list. */
  builtIn: boolean;
  /** The reader granted it ("always run on this site"). */
  granted: boolean;
  /** The reader turned it off. */
  disabled: boolean;
}

export interface HistoryImportCounts {
  added: number;
  updated: number;
  /** Entries in the file that could not be read. */
  skipped: number;
  /** Articles stored after the import. */
  total: number;
}

/** Other articles the reader saw about the same outage, and where the outlets disagree. */
export interface HistoryRelated {
  others: { url: string; title: string; outlet: string; start: string | null; startText: string | null; end: string | null; endText: string | null }[];
  conflicts: Incident['conflicts'];
  /** The incident's timeline merged across this article and the others, each event citing its outlet. */
  timeline: Incident['mergedTimeline'];
}

export type MessageType = keyof CsToBg | keyof UiToBg | keyof ToCs;
export type Payload<K extends MessageType> = K extends keyof CsToBg ? CsToBg[K] : K extends keyof UiToBg ? UiToBg[K] : K extends keyof ToCs ? ToCs[K] : never;
export type Message<K extends MessageType = MessageType> = { type: K; payload: Payload<K> };

export function message<K extends MessageType>(type: K, payload: Payload<K>): Message<K> {
  return { type, payload };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).type === 'string' && 'payload' in (value as object);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: unknown): Result<never> => ({ ok: false, error: error instanceof Error ? error.message : String(error) });
