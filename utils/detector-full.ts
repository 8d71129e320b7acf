/** The detector of the bundle with every language's lists: it reads the page's declared language, else guesses its languages. See detector.ts. */
import { arabicProclitics, declaredOrGuessed } from '../extraction/quick-look';
import { runDetector } from './detector';

runDetector(declaredOrGuessed, arabicProclitics);
