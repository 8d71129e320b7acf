/**
 * The first look with every language's word lists: for Node (CLI, tests, evaluation) and the
 * extension pages. The detector that runs on news sites carries its site's languages only
 * (quick-bundles.ts) and calls quick-look.ts itself.
 */
import { QUICK_TERMS } from './lang/quick-terms.generated';
import { quickLook as quickLookWith, quickLookText as quickLookTextWith, type QuickLook } from './quick-look';

export type { QuickLook } from './quick-look';

export function quickLookText(title: string, lead: string, lang: string | null = null): { candidate: boolean } {
  return quickLookTextWith(title, lead, lang, QUICK_TERMS);
}

export function quickLook(doc: Document): QuickLook {
  return quickLookWith(doc, QUICK_TERMS);
}
