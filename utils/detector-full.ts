/** The detector of the bundle with every language's lists: it guesses an undeclared page's languages. See detector.ts. */
import { arabicProclitics, guessLanguages } from '../extraction/quick-look';
import { runDetector } from './detector';

runDetector(guessLanguages, arabicProclitics);
