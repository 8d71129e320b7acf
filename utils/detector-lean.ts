/**
 * The detector of a site's own bundle (English and the site's language): it searches both lists
 * on a page that declares no language, and so carries no code to guess one. See detector.ts.
 */
import { everyListed } from '../extraction/quick-look';
import { runDetector } from './detector';

runDetector(everyListed);
