/** Where the outage stands: return words in a sentence that gives no date for the return tell of none. */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../extraction/index';

const status = (lang: string, title: string, body: string) => analyzeText(title, body, { published: '2025-05-06T12:00:00Z', lang }).status;

describe('status', () => {
  it('"no date for the return" keeps the outage going', () => {
    expect(status('en', 'Vodafone outage leaves customers without mobile data',
      'Vodafone customers across the country have been without mobile data since Tuesday morning, Downdetector showed. The company did not say when it expected service to be restored.')).toBe('ongoing');
    expect(status('fr', 'Panne chez l\'opérateur Télécâble : internet coupé depuis lundi',
      'Les abonnés de Télécâble sont privés d\'internet depuis lundi, selon Downdetector. L\'opérateur a présenté ses excuses, sans avancer de date de retour à la normale.')).toBe('ongoing');
  });
  it('a full fix told after the partial return ends it; a partial word after the return keeps it partial', () => {
    expect(status('fr', 'Panne mondiale de YouTube pendant une heure',
      'YouTube a subi une panne mondiale dans la nuit, selon Downdetector. Le service a été rétabli progressivement, et tout était rentré dans l\'ordre peu après 4h20.')).toBe('resolved');
    expect(status('fr', 'Panne mondiale de YouTube pendant une heure',
      'YouTube a subi une panne mondiale dans la nuit, selon Downdetector. Le service a été rétabli, mais seulement partiellement pour certains utilisateurs.')).toBe('partial');
  });
  it('a return said plainly still ends it', () => {
    expect(status('en', 'Hospital network back online after outage',
      'Computer systems at the Eastmoor hospital network went down on Tuesday morning, Downdetector showed. Service was fully restored by the evening, the company said.')).toBe('resolved');
  });
  it('a return told as future or as a condition is no return; one that starts is partial', () => {
    expect(status('en', 'Telstra outage leaves customers offline', 'Telstra customers lost mobile and internet service on Tuesday morning, Downdetector showed. Engineers are still working on the fault, and the minister said he would seek answers once services were restored.')).toBe('ongoing');
    expect(status('en', 'Bank customers start to regain access a week after outage', 'Customers of the bank were locked out of their accounts for a week after a failed migration. From Thursday they can log in again, but payments remain unavailable.')).toBe('partial');
  });
  it('most services back "but not all" is a partial return', () => {
    expect(status('fr', 'Panne géante chez Orange', 'La panne du réseau Orange dure depuis lundi. L\'opérateur dit avoir rétabli la plupart de ses services, mais pas tous.')).toBe('partial');
    expect(status('en', 'Barclays app outage', 'The Barclays app outage began on Monday. The bank said it had restored most services, but not all of them.')).toBe('partial');
  });
  it('a headline telling of a return, over a body telling of the failure, reports the outage; "retirement savings" closes no product', () => {
    const r = analyzeText('Savers start to regain access after Google Cloud error', 'The pension fund went dark for a week after an error at Google Cloud deleted its systems, leaving members unable to see their retirement savings. Services are now being switched back on.', { published: '2024-05-09T00:00:00Z', lang: 'en' });
    expect(r.isOutage).toBe(true);
    expect(r.services[0]?.name).toBe('Google Cloud');
    // With no failure told in the body, a return in the headline is no report.
    expect(analyzeText('Savers regain access to Google Cloud accounts', 'Savers can again open their accounts in a new Google Cloud portal, the fund said in its annual report.', { published: '2024-05-09T00:00:00Z', lang: 'en' }).isOutage).toBe(false);
  });
  it('a headline tells where things stand in all its words: back, "but" another part still patchy, is partial', () => {
    expect(status('en', 'Barclays app back online after outage, but card payments still patchy',
      'The Barclays app was down for most of Friday, Downdetector showed, and customers could not log in or pay. Card payments failed for many users through the afternoon.')).toBe('partial');
    expect(status('fr', 'Le portail des impôts de retour après trois jours de panne, mais le paiement en ligne reste désactivé',
      'Le portail des impôts était inaccessible depuis lundi, a indiqué le ministère jeudi.')).toBe('partial');
    // A return in the headline with nothing partial about it is a return.
    expect(status('en', 'Barclays app back online after outage',
      'The Barclays app was down for most of Friday, Downdetector showed, and customers could not log in or pay. Card payments failed for many users through the afternoon.')).toBe('resolved');
  });
  it('a return that is still being made, or that takes time, is partial; one that waits on another ("until …") is none', () => {
    expect(status('en', 'Garmin Connect slowly comes back after attack', 'Garmin Connect was down for four days after a ransomware attack. Affected systems were being restored, the company said.')).toBe('partial');
    expect(status('fr', 'Panne du cloud à Paris', 'La région cloud est tombée en panne mercredi. Jeudi, la plupart des services avaient été rétablis.')).toBe('partial');
    expect(status('en', 'Cable cuts slow internet across Kenya', 'Two undersea cables failed on Tuesday, slowing internet across Kenya. Speeds could stay low until the damaged cables are fully restored, the operator said.')).not.toBe('resolved');
  });
  it('back in part, the rest still down or coming back in turns, in es, it, pt and de', () => {
    expect(status('es', 'Bancolombia recupera las tarjetas, pero la app sigue caída', 'La app de Bancolombia dejó de funcionar el lunes por la mañana, según Downdetector.')).toBe('partial');
    expect(status('it', "Guasto all'app di Poste Italiane", "L'app di Poste Italiane è andata in tilt martedì mattina, secondo Downdetector. I servizi sono stati ripristinati a scaglioni, ha detto l'azienda.")).toBe('partial');
    expect(status('pt', 'Pane derruba app do Itaú', 'O aplicativo do Itaú saiu do ar na segunda-feira, segundo o Downdetector. Mesmo depois de o banco anunciar o restabelecimento dos canais digitais, clientes continuaram relatando falhas.')).toBe('partial');
    expect(status('de', 'Störung bei der Sparkasse', 'Die App der Sparkasse fiel am Montag aus, wie Allestörungen zeigte. Wann das Problem behoben sei, lasse sich nicht sagen, hieß es.')).toBe('ongoing');
  });
  it('German verbs whose particle ends the clause: "fiel … aus" is an outage, "liefen … wieder" a return (with its time)', () => {
    const r = analyzeText('Störung bei Kabelnetz Nord', 'Das Netz von Kabelnetz Nord fiel am Dienstag gegen 10.15 Uhr MESZ aus, wie Allestörungen zeigte. Gegen 12.40 Uhr MESZ liefen die meisten Anschlüsse wieder.', { published: '2025-05-06T18:00:00Z', lang: 'de' });
    expect(r.status).not.toBe('ongoing');
    expect(r.end?.iso).toBe('2025-05-06T10:40:00Z');
    // "aus" that is not the clause's last word ("aus Berlin") is no particle.
    expect(status('de', 'Neue App der Stadtwerke', 'Die Kunden fielen aus Berlin kommend in großer Zahl in den Laden ein. Die App läuft gut.')).not.toBe('resolved');
  });
  it('a partial return told after a headline and lead of failure makes the story partial, not ongoing', () => {
    const title = 'Telenorth outage leaves millions without mobile and internet service';
    const failure = 'Millions of Telenorth customers were left without phone and internet service on Wednesday after a nationwide outage, Downdetector showed. Engineers are still working to find the cause, the company said, and many customers remain offline.';
    expect(status('en', title, `${failure} By the afternoon some services were starting to come back.`)).toBe('partial');
    // Without the return, the same story stands at the failure.
    expect(status('en', title, failure)).toBe('ongoing');
  });
  it('a headline of return over a body where only the main functions are back and users still report trouble is partial', () => {
    const title = 'Vinogram back online after three-hour outage';
    const body = 'The Vinogram social network was unavailable for about three hours on Sunday evening, Downdetector showed. By 21:30 the main functions had been restored.';
    expect(status('en', title, `${body} Late in the evening users were still reporting that photos would not load.`)).toBe('partial');
    expect(status('en', title, `${body} The company apologised to its users.`)).toBe('resolved');
  });
  it('a negation that runs into the cue negates it: "ما زال العطل" (the fault still …) is no "زال العطل" (the fault ended)', () => {
    const title = 'عطل في تطبيق بنك النخيل يمنع العملاء من الدخول';
    const body = 'تعطل تطبيق بنك النخيل صباح الاثنين ولم يتمكن آلاف العملاء من الدخول إلى حساباتهم، بحسب موقع داون ديتكتور.';
    expect(status('ar', title, `${body} وقال البنك إن ما زال العطل قيد المعالجة.`)).toBe('ongoing');
    expect(status('ar', title, `${body} وقال البنك إنه زال العطل مساء.`)).toBe('resolved');
  });
});
