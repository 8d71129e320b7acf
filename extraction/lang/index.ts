/**
 * The registry of languages. Adding a language: write `<code>.ts` (see types.ts) and list it here.
 */
import ar from './ar';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import pt from './pt';
import ru from './ru';
import tr from './tr';
import id from './id';
import ja from './ja';
import zh from './zh';
import type { LanguageData } from './types';

export const LANGUAGES: Record<string, LanguageData> = { ar, en, fr, es, de, pt, it, tr, ru, id, ja, zh };

export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGES);

export function languageData(code: string): LanguageData {
  return LANGUAGES[code] ?? LANGUAGES.en;
}
