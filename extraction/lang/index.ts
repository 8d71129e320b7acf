/**
 * The registry of languages. Adding a language: write `<code>.ts` (see types.ts) and list it here.
 */
import type { LanguageData } from './types';
import en from './en';

export const LANGUAGES: Record<string, LanguageData> = { en };

export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGES);

export function languageData(code: string): LanguageData {
  return LANGUAGES[code] ?? LANGUAGES.en;
}
