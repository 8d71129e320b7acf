/**
 * Writes extraction/lang/quick-terms.generated.ts: the few words the content script's first
 * look needs (outage words of every language, tracker names), so that its bundle does not
 * carry the full language files. `npm run gen` after editing a language file; a unit test
 * fails when the generated file is stale.
 */
import { writeFileSync } from 'node:fs';
import { quickTermsSource } from '../extraction/quick-terms-source';

writeFileSync(new URL('../extraction/lang/quick-terms.generated.ts', import.meta.url), quickTermsSource());
console.log('wrote extraction/lang/quick-terms.generated.ts');
