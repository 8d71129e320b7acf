/**
 * The article's language: the page's declared `lang` when it is one we read, else the script
 * of the text, else Latin-script stopwords.
 */
import { LANGUAGES } from '../lang/index';

let stopwordSets: [string, Set<string>][] | null = null;

export function detectLanguage(text: string, declared?: string | null): string {
  const code = (declared ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const sample = text.slice(0, 4000);
  const byScript = scriptLanguage(sample);
  // A declared language is trusted unless the text is plainly in another script.
  if (code && LANGUAGES[code] && (!byScript || byScript === code || (code === 'zh' && byScript === 'ja'))) return code;
  if (byScript) return byScript;
  return latinLanguage(sample) ?? (code || 'en');
}

function scriptLanguage(sample: string): string | null {
  let arabic = 0, cyrillic = 0, kana = 0, han = 0, latin = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const total = arabic + cyrillic + kana + han + latin;
  if (total === 0) return null;
  if (arabic / total > 0.3) return 'ar';
  if (cyrillic / total > 0.3) return 'ru';
  if (kana > 10 && kana / total > 0.05) return 'ja';
  if (han / total > 0.2) return 'zh';
  return null;
}

function latinLanguage(sample: string): string | null {
  if (!stopwordSets) stopwordSets = Object.values(LANGUAGES).filter((l) => l.stopwords?.length).map((l) => [l.code, new Set(l.stopwords)]);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestCount = 2;
  for (const [code, set] of stopwordSets) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestCount) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}
