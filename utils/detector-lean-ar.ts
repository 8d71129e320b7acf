/** The detector of the Arabic site bundle: detector-lean.ts, reading words glued to proclitics ("والعطل"). See detector.ts. */
import { arabicProclitics, everyListed } from '../extraction/quick-look';
import { runDetector } from './detector';

runDetector(everyListed, arabicProclitics);
