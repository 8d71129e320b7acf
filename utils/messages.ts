/**
 * Every message between the parts of the extension, typed by direction in one place
 * (CS = content scripts, BG = background, UI = popup and incidents page).
 * Replies are plain `Result` objects, never thrown errors (errors do not cross contexts).
 */
import type { DetailedReport } from '../extraction/analyze';
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
}

/** Popup/incidents page → background. */
export interface UiToBg {
  'ui:tab-state': { tabId: number };
  'ui:analyse-tab': { tabId: number };
  'ui:site-state': { origin: string };
  'ui:site-enable': { origin: string };
  'ui:site-disable': { origin: string };
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
  'ui:tab-state': Result<TabVerdict | null>;
  'ui:analyse-tab': Result<null>;
  'ui:site-state': Result<SiteState>;
  'ui:site-enable': Result<SiteState>;
  'ui:site-disable': Result<SiteState>;
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
