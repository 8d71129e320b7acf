/**
 * The registry of languages. Adding a language: write `<code>.ts` (see types.ts) and list it here.
 */
import de from './de';
import en from './en';
import es from './es';
import it from './it';
import pt from './pt';
import type { LanguageData } from './types';

export const LANGUAGES: Record<string, LanguageData> = { en, es, de, pt, it };

export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGES);

export function languageData(code: string): LanguageData {
  return LANGUAGES[code] ?? LANGUAGES.en;
}
