/**
 * The detector of a site's own bundle (English and the site's language): it searches both lists
 * on every page, and so carries no code to read a language tag or guess a language, nor (but for
 * the Arabic bundle, detector-lean-ar.ts) any to read words glued to Arabic proclitics. See detector.ts.
 */
import { everyListed } from '../extraction/quick-look';
import { runDetector } from './detector';

runDetector(everyListed);
