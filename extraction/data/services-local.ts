/**
 * Local services of each language's markets: regional and national banks and their apps,
 * operators, e-government and tax portals, health and school systems, transit cards, payment
 * switches. Listed in the eighth session, and a second round of the long tail in the ninth, from
 * helpers' lists written from their own knowledge (blind to the evaluation set), each with a line on
 * what it is; checked against the rest of the gazetteer for clashes (closed apps and names that
 * begin ordinary phrases left out). Local-script names are in each language file's `serviceNames`.
 * Data only; see services.ts for the rules of names and aliases.
 */
import type { ServiceEntry } from './types';

export const LOCAL_SERVICES: ServiceEntry[] = [
  // largest Saudi bank (NCB + Samba merger, 2021); app/online-banking outages reported in Saudi press. Bare 'SNB' 
  { name: 'Saudi National Bank', company: null, category: 'bank', aliases: ['SNB AlAhli', 'AlAhli Bank', 'SNB AlAhli Mobile', 'National Commercial Bank', 'NCB AlAhli', 'Saudi National Bank app'] },
  // major Saudi commercial bank; app outages reported
  { name: 'Riyad Bank', company: null, category: 'bank', aliases: ['Riyadbank', 'Riyad Bank app', 'Riyad Mobile'] },
  // Saudi Islamic bank; bare الإنماء ('development') left out as an ordinary word
  { name: 'Alinma Bank', company: null, category: 'bank', aliases: ['Alinma', 'Alinma Bank app'] },
  // Saudi national bill-payment system (SAMA / Saudi Payments, sibling of mada); bare سداد ('repayment') left out
  { name: 'SADAD', company: 'Saudi Payments', category: 'payments', aliases: ['SADAD Payment System', 'SADAD bill payment'] },
  // Saudi food-delivery app (listed on Tadawul); bare جاهز ('ready') left out
  { name: 'Jahez', company: null, category: 'ecommerce', aliases: ['Jahez app'] },
  // largest Saudi food-delivery app; app outages reported
  { name: 'HungerStation', company: 'Delivery Hero', category: 'ecommerce', aliases: ['Hunger Station', 'HungerStation app'] },
  // Saudi MOH health app (appointments, vaccination, sick leave); bare صحتي ('my health') left out
  { name: 'Sehhaty', company: 'Saudi Ministry of Health', category: 'government', aliases: ['Sehhaty app', 'Sehaty app'] },
  // Saudi national remote-school platform; crashes at the start of the 2020 school year widely reported
  { name: 'Madrasati', company: 'Saudi Ministry of Education', category: 'government', aliases: ['Madrasati platform'] },
  // UAE national digital identity / login for government and bank services
  { name: 'UAE Pass', company: 'TDRA', category: 'government', aliases: ['UAEPass', 'UAE PASS app'] },
  // largest UAE bank; FAB is an ordinary English word, hence case-sensitive
  { name: 'First Abu Dhabi Bank', company: null, category: 'bank', aliases: ['FAB Mobile', 'First Abu Dhabi Bank app'], caseSensitiveAliases: ['FAB'] },
  // major UAE bank
  { name: 'Abu Dhabi Commercial Bank', company: null, category: 'bank', aliases: ['ADCB', 'ADCB Hayyak', 'ADCB app'] },
  // Dubai bank; bare 'Mashreq' / المشرق left out (the region name)
  { name: 'Mashreq Bank', company: null, category: 'bank', aliases: ['Mashreqbank', 'Mashreq Neo', 'Mashreq app'] },
  // Kuwait's national debit-card / payment switch; outages halt card and online payments across Kuwait
  { name: 'KNET', company: 'Shared Electronic Banking Services Company', category: 'payments', aliases: ['K-Net', 'KNET payment gateway'] },
  // largest Kuwaiti bank
  { name: 'National Bank of Kuwait', company: null, category: 'bank', aliases: ['NBK', 'NBK Mobile Banking'] },
  // Kuwaiti Islamic bank; bare بيتك ('your house') left out
  { name: 'Kuwait Finance House', company: null, category: 'bank', aliases: ['KFH', 'KFH Online', 'KFHOnline'] },
  // Bahrain's national payment switch and e-wallet; 'Benefit' is an English word, so the bare name only in capital
  { name: 'BenefitPay', company: 'The BENEFIT Company', category: 'payments', aliases: ['Benefit Pay', 'BENEFIT Company'], caseSensitiveAliases: ['BENEFIT'] },
  // largest Omani bank
  { name: 'Bank Muscat', company: null, category: 'bank', aliases: ['BankMuscat', 'Bank Muscat app'] },
  // Egypt's largest mobile wallet; outages reported by Egyptian press
  { name: 'Vodafone Cash', company: 'Vodafone Egypt', category: 'payments', aliases: ['VodafoneCash'] },
  // Egypt's e-government services portal/app; name kept case-sensitive since 'digital Egypt' is also a generic phr
  { name: 'Digital Egypt', company: 'Egyptian Ministry of Communications and IT', category: 'government', aliases: ['Digital Egypt platform', 'digital.gov.eg'], caseSensitiveAliases: ['Digital Egypt'] },
  // Jordan's national electronic bill-payment system (Central Bank of Jordan)
  { name: 'eFAWATEERcom', company: 'Madfoo3atcom', category: 'payments', aliases: ['e-Fawateercom', 'eFawateer'] },
  // one of Lebanon's two state-owned mobile operators; outages from fuel shortages and staff strikes 2021-22. Bare
  { name: 'Alfa Telecom', company: null, category: 'telecom', aliases: ['Alfa Lebanon', 'MIC1'] },
  // Lebanon's other state-owned mobile operator (brand 'touch'); bare 'touch' is an English word, left out
  { name: 'Touch Lebanon', company: null, category: 'telecom', aliases: ['MIC2', 'touch Liban'] },
  // Iraq's largest ISP; outages and exam-time shutdowns reported. Bare 'EarthLink' left out (US ISP of that name)
  { name: 'Earthlink Telecommunications', company: null, category: 'isp', aliases: ['Earthlink Iraq', 'Earthlink Telecom'] },
  // Iraq's main payment card, used for state salaries and pensions; outages delay salary payouts
  { name: 'Qi Card', company: 'International Smart Card', category: 'payments', aliases: ['QiCard', 'Qi Card Iraq'] },
  // Iraq's largest state bank; system outages delaying salaries reported. Bare الرافدين (Mesopotamia) left out
  { name: 'Rafidain Bank', company: null, category: 'bank', aliases: ['Al-Rafidain Bank', 'Al Rafidain Bank'] },
  // largest Moroccan bank (also in Tunisia as Attijari Bank)
  { name: 'Attijariwafa bank', company: null, category: 'bank', aliases: ['Attijariwafa', 'Attijari', 'Attijarinet', 'Attijari Mobile'] },
  // Moroccan school-management and results platform; crashes on exam-result days reported. Bare مسار ('path') left
  { name: 'Massar', company: 'Moroccan Ministry of National Education', category: 'government', aliases: ['Massar Service', 'Moutamadris'] },
  // Algerian postal bank (CCP accounts, Edahabia card, BaridiMob app); system outages widely reported
  { name: 'Algérie Poste', company: null, category: 'bank', aliases: ['Algerie Poste', 'BaridiMob', 'Baridi Mob', 'Edahabia', 'Eddahabia'] },
  // one of Libya's two mobile operators (with Libyana); bare المدار ('orbit') left out
  { name: 'Almadar Aljadid', company: 'Libyan Post, Telecommunications and IT Company', category: 'telecom', aliases: ['Almadar', 'Al-Madar Al-Jadid', 'Al Madar Al Jadeed'] },
  // Libya's main ISP; nationwide internet outages (cable cuts, power) reported
  { name: 'Libya Telecom and Technology', company: 'Libyan Post, Telecommunications and IT Company', category: 'isp', aliases: ['Libya Telecom & Technology'], caseSensitiveAliases: ['LTT'] },
  // Sudanese operator (mobile brand Sudani); outages during the 2023-24 war. Bare 'Sudani' left out (Iraqi PM al-S
  { name: 'Sudatel', company: null, category: 'telecom', aliases: ['Sudatel Sudani', 'Sudani One', 'Sudani mobile'] },
  // Bank of Khartoum's mobile app, Sudan's dominant payment app; outages during the war reported. Bare بنكك ('your
  { name: 'Bankak', company: 'Bank of Khartoum', category: 'bank', aliases: ['mBoK', 'Bank of Khartoum app'] },
  // Yemen's state ISP; nationwide outage Jan 2022 after the strike on the Hodeidah telecom building
  { name: 'YemenNet', company: 'Public Telecommunication Corporation', category: 'isp', aliases: ['Yemen Net'] },
  // Syria's state fixed-line and internet operator; announces the exam-period internet cuts
  { name: 'Syrian Telecom', company: null, category: 'telecom', aliases: ['Syrian Telecommunications Company', 'Syrian Telecommunications Establishment', 'Syrian Telecom Company'] },
  // Turkish subsidiary of Qatar National Bank (renamed QNB Bank); bare 'QNB' already maps to QNB
  { name: 'QNB Finansbank', company: 'QNB', category: 'bank', aliases: ['QNB Türkiye', 'QNB Turkiye', 'Finansbank', 'QNB Mobil'] },
  // Turkish digital bank; 'Enpara çöktü' outages reported
  { name: 'Enpara', company: 'QNB Finansbank', category: 'bank', aliases: ['Enpara.com', 'Enpara Bank'] },
  // large Turkish private bank (owned by Emirates NBD)
  { name: 'DenizBank', company: 'Emirates NBD', category: 'bank', aliases: ['Deniz Bank', 'MobilDeniz'] },
  // largest Turkish participation (Islamic) bank
  { name: 'Kuveyt Türk', company: null, category: 'bank', aliases: ['Kuveyt Turk', 'KuveytTürk', 'Kuveyt Türk Katılım Bankası'] },
  // Turkish e-money wallet; access problems during the 2024 investigation/trustee takeover. Bare 'papara' is a Tur
  { name: 'Papara', company: null, category: 'payments', aliases: ['Papara app', 'Papara Card'], caseSensitiveAliases: ['Papara'] },
  // Turkish personal health-record system
  { name: 'e-Nabız', company: 'Turkish Ministry of Health', category: 'government', aliases: ['e-Nabiz', 'eNabiz', 'enabiz.gov.tr'] },
  // Turkish central hospital-appointment system; outages reported
  { name: 'MHRS', company: 'Turkish Ministry of Health', category: 'government', aliases: ['Merkezi Hekim Randevu Sistemi', 'MHRS Mobil', 'mhrs.gov.tr'] },
  // Turkish national exam centre; its candidate/result site crashes on result days
  { name: 'ÖSYM', company: null, category: 'government', aliases: ['OSYM', 'ÖSYM AIS', 'ais.osym.gov.tr', 'Ölçme, Seçme ve Yerleştirme Merkezi'] },
  // Turkish school-records system; crashes on report-card days
  { name: 'e-Okul', company: 'Turkish Ministry of National Education', category: 'government', aliases: ['eOkul', 'e-Okul VBS', 'e-okul.meb.gov.tr'] },
  // Turkish national remote-learning platform; 2020 crashes widely reported. 'EBA' also = European Banking Authori
  { name: 'EBA', company: 'Turkish Ministry of National Education', category: 'government', aliases: ['Eğitim Bilişim Ağı', 'Egitim Bilisim Agi', 'EBA TV', 'eba.gov.tr'], caseSensitiveAliases: ['EBA'] },
  // Istanbul transit card and app (IMM's Belbim); validator/top-up outages reported
  { name: 'İstanbulkart', company: 'Belbim', category: 'transport', aliases: ['Istanbulkart', 'Istanbul Kart', 'İstanbul Kart'] },
  // Turkcell's messaging app; 'bip' is an ordinary word (beep), hence case-sensitive
  { name: 'BiP', company: 'Turkcell', category: 'messaging', aliases: ['BiP Messenger', 'BiP app'], caseSensitiveAliases: ['BiP'] },
  // Turkish Revenue Administration (GİB) online tax office and filing systems; crashes near filing deadlines
  { name: 'İnteraktif Vergi Dairesi', company: 'Gelir İdaresi Başkanlığı', category: 'government', aliases: ['Interaktif Vergi Dairesi', 'GİB İnteraktif Vergi Dairesi', 'ivd.gib.gov.tr', 'e-Beyanname', 'Hazır Beyan Sistemi'] },
  // Turkish national judiciary IT system; outages reported by bar associations
  { name: 'UYAP', company: 'Turkish Ministry of Justice', category: 'government', aliases: ['Ulusal Yargı Ağı Projesi', 'Ulusal Yargi Agi', 'UYAP Vatandaş Portalı', 'UYAP Avukat Portalı'] },
  // Turkish state cable-internet provider; outages reported
  { name: 'Türksat Kablonet', company: 'Türksat', category: 'isp', aliases: ['Turksat Kablonet', 'Kablonet', 'Türksat Kablo'] },
  // Turkish pay-TV/streaming (Süper Lig rights); streams failing during big matches reported
  { name: 'Digiturk', company: 'beIN Media Group', category: 'streaming', aliases: ['Digiturk Play', 'beIN Connect Türkiye'] },
  // UK's largest building society; app/online banking and card outages reported by UK press (payday outages). Bare
  { name: 'Nationwide Building Society', company: null, category: 'bank', aliases: ['Nationwide app', 'Nationwide banking app', 'Nationwide internet banking', 'Nationwide online banking'] },
  // UK high-street challenger bank; app/online banking outages reported in UK press. Not the Philippine Metrobank
  { name: 'Metro Bank', company: null, category: 'bank', aliases: ['Metro Bank app', 'Metro Bank UK'] },
  // Irish bank; Aug 2023 app glitch let customers withdraw beyond balances, repeated app/online outages
  { name: 'Bank of Ireland', company: null, category: 'bank', aliases: ['Bank of Ireland app', 'Bank of Ireland 365', 'BOI app', 'Bank of Ireland UK'] },
  // Irish bank; app/online banking outages reported by Irish press (2023, 2024). Bare 'AIB' not proposed: already 
  { name: 'Allied Irish Banks', company: 'AIB Group', category: 'bank', aliases: ['AIB Bank', 'AIB app', 'AIB online banking', 'AIB internet banking', 'AIB mobile banking', 'AIB Ireland'] },
  // Ireland's incumbent telco (ex-Eircom); broadband/mobile and emergency-call outages reported by Irish press
  { name: 'eir', company: null, category: 'telecom', aliases: ['eir Ireland', 'Eircom', 'eir broadband', 'eir mobile', 'eir network'], caseSensitiveAliases: ['eir', 'Eir'] },
  // Ireland's public health service; May 2021 Conti ransomware shut down its national IT systems. Doubt: 'HSE' is 
  { name: 'Health Service Executive', company: null, category: 'government', aliases: ['HSE IT systems', 'HSE Health App', 'Irish health service IT'], caseSensitiveAliases: ['HSE'] },
  // London transit smartcard; Oyster/contactless system outages (gates opened) and Sept 2024 TfL cyberattack halti
  { name: 'Oyster card', company: 'Transport for London', category: 'transport', aliases: ['Oyster cards', 'TfL Oyster', 'Oyster photocard', 'Oyster photocards', 'Oyster app', 'Oyster card readers'], caseSensitiveAliases: ['Oyster'] },
  // UK high-value payment system on the BoE RTGS; Oct 2014 outage delayed house purchases, July 2023 delays. 'chap
  { name: 'CHAPS', company: 'Bank of England', category: 'payments', aliases: ['CHAPS payment system', 'CHAPS payments', 'Bank of England RTGS', 'RTGS/CHAPS'], caseSensitiveAliases: ['CHAPS'] },
  // NHS pathology provider for south-east London hospitals (Guy's, King's); June 2024 Qilin ransomware disrupted b
  { name: 'Synnovis', company: null, category: 'other', aliases: ['Synnovis pathology', 'Synnovis pathology services'] },
  // US bank/insurer for military families; app and login outages repeatedly reported (Downdetector-driven US stori
  { name: 'USAA', company: null, category: 'bank', aliases: ['USAA app', 'USAA bank', 'United Services Automobile Association'] },
  // largest US credit union; app/online banking outages reported by US press
  { name: 'Navy Federal Credit Union', company: null, category: 'bank', aliases: ['Navy Federal', 'NFCU', 'Navy Federal app'] },
  // US brokerage; trading-platform outages on heavy days (March 2020, 2021), thinkorswim outages after the TD Amer
  { name: 'Charles Schwab', company: null, category: 'bank', aliases: ['Schwab app', 'Schwab.com', 'Schwab Mobile', 'thinkorswim'], caseSensitiveAliases: ['Schwab'] },
  // New York MTA contactless fare system for subway and buses; reader outages reported by NYC press
  { name: 'OMNY', company: 'MTA', category: 'transport', aliases: ['OMNY fare system', 'OMNY readers', 'OMNY tap-to-pay', 'One Metro New York'] },
  // San Francisco Bay Area transit card; system/app outages reported by Bay Area press. 'clipper' is an ordinary w
  { name: 'Clipper card', company: 'Metropolitan Transportation Commission', category: 'transport', aliases: ['Clipper cards', 'Clipper app', 'Clipper fare system', 'Clipper transit card'], caseSensitiveAliases: ['Clipper'] },
  // state DMV; statewide computer outages closed field offices (2018) and online-service outages
  { name: 'California DMV', company: 'California Department of Motor Vehicles', category: 'government', aliases: ['CA DMV', 'California Department of Motor Vehicles', 'DMV California', 'California DMV website'] },
  // Epic's patient portal used by most US hospital systems; outages reported during hospital IT failures (CrowdStr
  { name: 'MyChart', company: 'Epic Systems', category: 'other', aliases: ['Epic MyChart', 'MyChart app', 'MyChart patient portal'] },
  // US federal student-aid application; 2023-24 launch outages and repeated downtime widely reported
  { name: 'FAFSA', company: 'Federal Student Aid', category: 'government', aliases: ['FAFSA form', 'FAFSA website', 'StudentAid.gov', 'Free Application for Federal Student Aid', 'Better FAFSA'] },
  // Canada's largest bank; online/mobile banking outages reported by Canadian press. Bare 'RBC' not proposed: alre
  { name: 'Royal Bank of Canada', company: null, category: 'bank', aliases: ['RBC Royal Bank', 'RBC app', 'RBC online banking', 'RBC mobile app'] },
  // Canadian bank (also US East Coast); online/app and direct-deposit outages reported in Canada and the US. Bare 
  { name: 'TD Bank', company: 'TD Bank Group', category: 'bank', aliases: ['TD Canada Trust', 'Toronto-Dominion Bank', 'TD app', 'TD EasyWeb', 'TD online banking'] },
  // Canadian bank (and US BMO Harris); online/app outages reported by Canadian press
  { name: 'BMO', company: 'BMO Financial Group', category: 'bank', aliases: ['Bank of Montreal', 'BMO Bank of Montreal', 'BMO Harris', 'BMO app', 'BMO online banking'] },
  // Canadian tax agency's portal; shut down Aug 2020 after credential-stuffing attacks, outages at filing season
  { name: 'CRA My Account', company: 'Canada Revenue Agency', category: 'government', aliases: ['Canada Revenue Agency My Account', 'CRA online services', 'CRA website', 'CRA login', 'My Business Account'] },
  // Australian/NZ major bank; app and internet-banking outages reported in Australia and New Zealand
  { name: 'ANZ', company: 'ANZ Group', category: 'bank', aliases: ['ANZ Bank', 'ANZ Plus', 'ANZ app', 'ANZ New Zealand', 'ANZ internet banking', 'Australia and New Zealand Banking Group'] },
  // Australian/NZ major bank; app/online banking outages reported (several 2023-2024)
  { name: 'Westpac', company: null, category: 'bank', aliases: ['Westpac Bank', 'Westpac app', 'Westpac New Zealand', 'Westpac NZ', 'Westpac online banking'] },
  // Australian big-four bank; major outages (2018, 2019 batch/ATM failures). 'nab' is an ordinary English verb, he
  { name: 'National Australia Bank', company: null, category: 'bank', aliases: ['NAB app', 'NAB Connect', 'NAB internet banking'], caseSensitiveAliases: ['NAB'] },
  // Australia's national wholesale broadband network; regional outages reported by Australian press
  { name: 'NBN', company: 'NBN Co', category: 'isp', aliases: ['NBN Co', 'National Broadband Network', 'nbn network'], caseSensitiveAliases: ['NBN'] },
  // Sydney/NSW transit smartcard; reader outages (free travel declared) reported. 'opal' is an ordinary word
  { name: 'Opal card', company: 'Transport for NSW', category: 'transport', aliases: ['Opal cards', 'Opal card readers', 'Opal readers', 'Opal app', 'Opal ticketing'], caseSensitiveAliases: ['Opal'] },
  // New Zealand's largest telco; mobile/broadband outages reported by NZ press. Bare 'Spark' left out (ordinary wo
  { name: 'Spark New Zealand', company: null, category: 'telecom', aliases: ['Spark NZ', 'Spark broadband', 'Spark mobile network'] },
  // NZ mobile operator (Vodafone NZ until 2023); network and 111 calling outages reported
  { name: 'One NZ', company: null, category: 'telecom', aliases: ['One New Zealand', 'Vodafone NZ', 'Vodafone New Zealand'] },
  // NZ state-owned bank; outages incl. DDoS disruptions (2020) reported by NZ press
  { name: 'Kiwibank', company: null, category: 'bank', aliases: ['Kiwi Bank', 'Kiwibank app'] },
  // India's largest private bank; repeated outages (Nov 2020) led the RBI to halt its new digital launches
  { name: 'HDFC Bank', company: null, category: 'bank', aliases: ['HDFC', 'HDFC NetBanking', 'HDFC Bank NetBanking', 'HDFC MobileBanking', 'HDFC Bank app'] },
  // Indian private bank; net-banking/app outages and an April 2024 iMobile data glitch reported
  { name: 'ICICI Bank', company: null, category: 'bank', aliases: ['ICICI', 'iMobile Pay', 'ICICI iMobile', 'ICICI net banking'] },
  // Indian Railways ticketing site/app; frequent outages during Tatkal booking (e.g. Dec 2024) widely reported
  { name: 'IRCTC', company: 'Indian Railways', category: 'transport', aliases: ['IRCTC website', 'IRCTC app', 'IRCTC Rail Connect', 'Indian Railway Catering and Tourism Corporation'] },
  // India's largest retail broker; trading-platform (Kite) outages during market hours reported. Category doubt: b
  { name: 'Zerodha', company: null, category: 'exchange', aliases: ['Zerodha Kite', 'Kite by Zerodha', 'Zerodha Coin'] },
  // India's GST filing portal; outages at return deadlines reported by Indian business press
  { name: 'GST portal', company: 'GSTN', category: 'government', aliases: ['GSTN portal', 'GST Network portal', 'gst.gov.in', 'Goods and Services Tax Network', 'GST Network'] },
  // Nigerian bank; app/transfer outages and a 2024 website hack reported by Nigerian press
  { name: 'GTBank', company: 'GTCO', category: 'bank', aliases: ['Guaranty Trust Bank', 'GT Bank', 'GTCO', 'Guaranty Trust Holding Company', 'GTWorld'] },
  // Nigerian bank; app/transfer outages reported by Nigerian press
  { name: 'First Bank of Nigeria', company: 'FBN Holdings', category: 'bank', aliases: ['FirstBank', 'FirstBank Nigeria', 'First Bank Nigeria', 'FirstMobile'], caseSensitiveAliases: ['First Bank', 'FBN'] },
  // Nigerian mobile-money/fintech app; transaction outages reported by Nigerian press
  { name: 'OPay', company: null, category: 'payments', aliases: ['OPay app', 'OPay Nigeria'] },
  // Nigeria's university-entrance exam board and its CBT/portal; 2025 UTME technical glitch and portal crashes. 'j
  { name: 'JAMB portal', company: 'Joint Admissions and Matriculation Board', category: 'government', aliases: ['JAMB e-Facility', 'JAMB CBT', 'JAMB website', 'JAMB UTME portal'], caseSensitiveAliases: ['JAMB'] },
  // Kenya's largest bank by customers; app/Equitel outages reported by Kenyan press. Bare 'Equity' left out (ordin
  { name: 'Equity Bank', company: 'Equity Group Holdings', category: 'bank', aliases: ['Equity Bank Kenya', 'Equity Mobile app', 'Equitel'] },
  // Kenya's e-government payment portal; July 2023 Anonymous Sudan DDoS took it down
  { name: 'eCitizen', company: null, category: 'government', aliases: ['eCitizen Kenya', 'eCitizen portal', 'ecitizen.go.ke'] },
  // Kenyan tax filing system; outages at the June filing deadline reported
  { name: 'KRA iTax', company: 'Kenya Revenue Authority', category: 'government', aliases: ['iTax Kenya', 'iTax portal', 'KRA portal', 'KRA iTax portal'], caseSensitiveAliases: ['iTax'] },
  // South Africa's largest bank by customers; frequent app/card outages reported by SA press
  { name: 'Capitec', company: null, category: 'bank', aliases: ['Capitec Bank', 'Capitec app'] },
  // South African bank; app/online outages reported. Bare 'First National Bank' left out (many US banks share it)
  { name: 'FNB', company: 'FirstRand', category: 'bank', aliases: ['FNB South Africa', 'First National Bank South Africa', 'FNB app', 'FNB online banking'] },
  // South African bank (also Kenya, Ghana); app/online outages reported
  { name: 'Absa', company: 'Absa Group', category: 'bank', aliases: ['Absa Bank', 'Absa app', 'Absa Group'], caseSensitiveAliases: ['ABSA'] },
  // South African tax-filing portal; outages in filing season reported. Bare 'eFiling' and 'SARS' left out (generi
  { name: 'SARS eFiling', company: 'South African Revenue Service', category: 'government', aliases: ['SARS e-Filing', 'SARS MobiApp', 'SARS website'] },
  // MTN's mobile-money service (Ghana, Uganda, Nigeria); transaction outages reported by Ghanaian press. Bare 'MoM
  { name: 'MTN MoMo', company: 'MTN', category: 'payments', aliases: ['MTN Mobile Money', 'MoMo Ghana', 'MTN MoMo app', 'MTN MoMo Pay'] },
  // Ghana's second operator (Vodafone Ghana until 2024) and its mobile money; network outages reported
  { name: 'Telecel Ghana', company: 'Telecel Group', category: 'telecom', aliases: ['Telecel', 'Telecel Cash', 'Vodafone Ghana'] },
  // Philippines' dominant e-wallet; outages and a Nov 2023 unauthorised-transactions glitch reported
  { name: 'GCash', company: 'Mynt', category: 'payments', aliases: ['GCash app', 'G-Cash'] },
  // Philippines' largest bank; online-banking outages and Dec 2021 account hacks reported. 'BDO' is also an accoun
  { name: 'BDO Unibank', company: null, category: 'bank', aliases: ['BDO Online', 'BDO Digital Banking', 'BDO app', 'Banco de Oro'], caseSensitiveAliases: ['BDO'] },
  // Philippine bank; June 2021 glitch double-debited accounts, app outages reported. Bare 'BPI' left out: Portugue
  { name: 'Bank of the Philippine Islands', company: null, category: 'bank', aliases: ['BPI Online', 'BPI app', 'BPI mobile app', 'BPI Philippines'] },
  // Belgium's national debit-card scheme and payment app; card-payment outages (terminals down nationwide) regular
  { name: 'Bancontact', company: 'Bancontact Payconiq Company', category: 'payments', aliases: ['Bancontact Payconiq', 'Payconiq by Bancontact', 'app Bancontact'] },
  // Belgian digital-identity app used to log in to government portals (MyMinfin, CSAM) and banks; its outages bloc
  { name: 'itsme', company: 'Belgian Mobile ID', category: 'security', aliases: ['itsme app', 'app itsme'] },
  // state-owned Belgian bank; app and online-banking outages reported
  { name: 'Belfius', company: null, category: 'bank', aliases: ['Belfius Banque', 'Belfius Bank', 'Belfius Direct Net', 'Belfius Mobile'] },
  // Belgian cable ISP/mobile operator (Flanders, Brussels); internet and TV outages often reported
  { name: 'Telenet', company: 'Liberty Global', category: 'isp', aliases: ['Telenet Belgium'] },
  // cable ISP of Wallonia and Brussels (Orange Belgium since 2024); internet/TV outages reported. 'voo' is Portugu
  { name: 'VOO', company: 'Orange Belgium', category: 'isp', aliases: ['VOO Belgique'], caseSensitiveAliases: ['VOO'] },
  // Swiss national mobile-payment app; outages reported by Swiss press (RTS, 20 minutes)
  { name: 'TWINT', company: null, category: 'payments', aliases: ['Twint app'] },
  // Swiss Post's bank; e-finance and app outages reported
  { name: 'PostFinance', company: 'Swiss Post', category: 'bank', aliases: ['PostFinance App', 'PostFinance e-finance'] },
  // cable ISP in Québec and Ontario; internet/TV outages reported by Québec press
  { name: 'Cogeco', company: null, category: 'isp', aliases: ['Cogeco Connexion', 'Cogeco Internet'] },
  // online portal of Québec's licence and vehicle-registration agency; broken launch in Feb 2023 (outages, long qu
  { name: 'SAAQclic', company: 'SAAQ', category: 'government', aliases: ['SAAQ clic', 'SAAQclic portal'] },
  // French agency and online portal for ID cards, passports, driving licences and car registration (renamed France
  { name: 'ANTS', company: null, category: 'government', aliases: ['ants.gouv.fr', 'Agence nationale des titres sécurisés', 'Agence nationale des titres securises'], caseSensitiveAliases: ['ANTS', 'France Titres'] },
  // French public employment service (ex-Pôle emploi); site/app outages on monthly job-seeker updates reported
  { name: 'France Travail', company: null, category: 'government', aliases: ['Pôle emploi', 'Pole emploi', 'francetravail.fr', 'pole-emploi.fr'], caseSensitiveAliases: ['France Travail'] },
  // French school-life platform (grades, homework) used by many private schools; overload outages at the rentrée r
  { name: 'EcoleDirecte', company: 'Aplim', category: 'other', aliases: ['École Directe', 'Ecole Directe'] },
  // Orange's mobile-money service in West/Central Africa and Morocco; outages reported in Côte d'Ivoire and Senega
  { name: 'Orange Money', company: 'Orange', category: 'payments', aliases: ['Orange Money Sénégal', 'Orange Money Côte d\'Ivoire', 'Orange Money Maroc'] },
  // mobile-money app dominant in Senegal and Côte d'Ivoire; service disruptions reported. Ordinary English word, e
  { name: 'Wave', company: null, category: 'payments', aliases: ['Wave Mobile Money', 'Wave Sénégal', 'Wave Senegal', 'Wave Côte d\'Ivoire'], caseSensitiveAliases: ['Wave'] },
  // Algerian housing agency; its AADL 3 online registration site crashed under load in July 2024, widely reported
  { name: 'AADL', company: null, category: 'government', aliases: ['AADL 3', 'AADL3', 'site AADL'], caseSensitiveAliases: ['AADL'] },
  // Italian bank; multi-day app and home-banking outage in April 2024 after an IT update
  { name: 'Banca Sella', company: 'Sella Group', category: 'bank', aliases: ['Gruppo Sella', 'app Banca Sella'] },
  // Italian digital bank of the Sella group; hit by the April 2024 Sella outage. Ordinary word, exact case only
  { name: 'Hype', company: 'Sella Group', category: 'bank', aliases: ['Hype app', 'app Hype', 'conto Hype'], caseSensitiveAliases: ['Hype', 'HYPE'] },
  // Italian online bank and broker; app/trading outages reported
  { name: 'Fineco', company: null, category: 'bank', aliases: ['FinecoBank', 'Fineco Bank'] },
  // Italian bank; outages during IT migrations of acquired banks (Carige) reported
  { name: 'BPER Banca', company: null, category: 'bank', aliases: ['BPER', 'Banca Popolare dell\'Emilia Romagna'] },
  // third-largest Italian bank; home-banking/app outages reported
  { name: 'Banco BPM', company: null, category: 'bank', aliases: ['Banco Popolare', 'YouWeb Banco BPM'] },
  // Italian bank (MPS); online-banking outages reported
  { name: 'Monte dei Paschi di Siena', company: null, category: 'bank', aliases: ['Monte dei Paschi', 'Banca Monte dei Paschi', 'Banca MPS', 'Monte Paschi'], caseSensitiveAliases: ['MPS'] },
  // Italian mobile-payment app; outages reported
  { name: 'Satispay', company: null, category: 'payments', aliases: ['app Satispay'] },
  // Italy's main card processor/acquirer (ex-CartaSi); POS and card outages blocking payments reported
  { name: 'Nexi', company: null, category: 'payments', aliases: ['Nexi Payments', 'CartaSi'] },
  // Italian tax agency and its online services; portal/Entratel outages at filing deadlines and on the precompilat
  { name: 'Agenzia delle Entrate', company: null, category: 'government', aliases: ['Agenzia Entrate', 'Fisconline', 'Entratel', 'dichiarazione precompilata'] },
  // Italy's electronic health record (regional portals); outages reported. Bare 'fascicolo sanitario' is generic, 
  { name: 'Fascicolo Sanitario Elettronico', company: null, category: 'government', aliases: ['Fascicolo Sanitario Elettronico 2.0', 'FSE 2.0'], caseSensitiveAliases: ['FSE', 'Fascicolo Sanitario'] },
  // payroll portal of Italian public employees (MEF); outages around payslip days reported
  { name: 'NoiPA', company: 'Ministry of Economy and Finance', category: 'government', aliases: ['portale NoiPA', 'app NoiPA'] },
  // most used Italian electronic school register; outages at school start reported. 'classe viva' is an ordinary p
  { name: 'ClasseViva', company: 'Spaggiari', category: 'other', aliases: ['registro elettronico Spaggiari', 'ClasseViva Spaggiari'], caseSensitiveAliases: ['Classe Viva'] },
  // RAI's streaming platform; crashes during big events (Sanremo, football) reported
  { name: 'RaiPlay', company: 'RAI', category: 'streaming', aliases: ['Rai Play'] },
  // Italian low-cost mobile brand on Vodafone's network; outages reported. 'ho' is Italian 'I have', exact case on
  { name: 'ho. Mobile', company: 'Vodafone Italia', category: 'telecom', aliases: [], caseSensitiveAliases: ['ho. Mobile', 'ho.Mobile', 'ho.mobile', 'ho. mobile'] },
  // Italian ISP; broadband outages reported
  { name: 'Tiscali', company: null, category: 'isp', aliases: ['Tiscali Italia'] },
  // Indonesian state mortgage bank; mobile-banking outages reported
  { name: 'Bank BTN', company: null, category: 'bank', aliases: ['Bank Tabungan Negara', 'BTN Mobile'], caseSensitiveAliases: ['BTN'] },
  // major Indonesian bank; OCTO Mobile outages reported
  { name: 'CIMB Niaga', company: 'CIMB Group', category: 'bank', aliases: ['Bank CIMB Niaga', 'OCTO Mobile', 'OCTO by CIMB Niaga'] },
  // Indonesian bank; app outages reported. Bare 'permata' is Indonesian 'gem', so not an alias
  { name: 'PermataBank', company: null, category: 'bank', aliases: ['Bank Permata', 'Permata Bank', 'PermataMobile X'] },
  // Jakarta's regional bank; prolonged system disruption around Lebaran (March–April 2025), widely reported
  { name: 'Bank DKI', company: null, category: 'bank', aliases: ['JakOne Mobile', 'JakOne'] },
  // digital bank app of SMBC Indonesia (ex-BTPN); outages reported. 'jenius' is Indonesian 'genius', exact case on
  { name: 'Jenius', company: 'SMBC Indonesia', category: 'bank', aliases: ['Jenius app', 'aplikasi Jenius'], caseSensitiveAliases: ['Jenius'] },
  // state-backed Indonesian e-wallet; outages reported. Spaced 'link aja' is colloquial Indonesian ('just the link
  { name: 'LinkAja', company: null, category: 'payments', aliases: [], caseSensitiveAliases: ['Link Aja'] },
  // Indonesian fibre ISP; outages reported
  { name: 'Biznet', company: null, category: 'isp', aliases: ['Biznet Home', 'Biznet Networks'] },
  // Indonesian cable ISP (Link Net); outages reported. English words, exact case only
  { name: 'First Media', company: 'Link Net', category: 'isp', aliases: ['FirstMedia'], caseSensitiveAliases: ['First Media'] },
  // fibre ISP in Indonesia (also Singapore); outages reported
  { name: 'MyRepublic', company: null, category: 'isp', aliases: ['MyRepublic Indonesia'] },
  // Indonesian election commission's vote-count app; disruptions and data errors during the Feb 2024 election
  { name: 'Sirekap', company: 'KPU', category: 'government', aliases: ['Sirekap KPU', 'Sistem Informasi Rekapitulasi'] },
  // national university-admission portal (successor of LTMPT); crashes on registration/announcement days reported
  { name: 'SNPMB', company: null, category: 'government', aliases: ['portal SNPMB', 'Seleksi Nasional Penerimaan Mahasiswa Baru', 'LTMPT'] },
  // Indonesian health app (ex-PeduliLindungi, the COVID app); outages reported. Spaced forms are ordinary words, e
  { name: 'SatuSehat Mobile', company: 'Indonesian Ministry of Health', category: 'government', aliases: ['SatuSehat', 'PeduliLindungi'], caseSensitiveAliases: ['Satu Sehat', 'Peduli Lindungi'] },
  // Indonesian passport-application app; disrupted by the June 2024 national data centre ransomware attack
  { name: 'M-Paspor', company: 'Directorate General of Immigration', category: 'government', aliases: ['M Paspor', 'aplikasi M-Paspor'] },
  // app of Indonesia's workers' social-security agency; outages reported
  { name: 'JMO', company: 'BPJS Ketenagakerjaan', category: 'government', aliases: ['Jamsostek Mobile', 'aplikasi JMO'], caseSensitiveAliases: ['JMO'] },
  // Indonesian stock-trading app; outages on busy trading days (e.g. GoTo IPO, April 2022) reported
  { name: 'Stockbit', company: null, category: 'bank', aliases: ['Stockbit Sekuritas'] },
  // Pertamina's fuel-payment and subsidy-registration app/site; overloaded and erroring at the 2022 subsidised-fue
  { name: 'MyPertamina', company: 'Pertamina', category: 'other', aliases: ['My Pertamina', 'aplikasi MyPertamina'] },
  // Japan's My Number online government portal (Digital Agency); logins failed from an access surge from 08:20 on 
  { name: 'Mynaportal', company: 'Digital Agency', category: 'government', aliases: ['Myna Portal'] },
  // Japan's national online tax filing/payment system; connection failure from 12:20 on 14 Mar 2022, the day befor
  { name: 'e-Tax', company: 'National Tax Agency', category: 'government', aliases: [], caseSensitiveAliases: ['e-Tax', 'e-TAX'] },
  // Tokyo-area transit IC card and e-money; Mobile PASMO (with Mobile Suica) could not charge or sell commuter pas
  { name: 'PASMO', company: null, category: 'payments', aliases: ['Mobile PASMO'], caseSensitiveAliases: ['PASMO'] },
  // Tokaido/Sanyo Shinkansen online booking (JR Central/JR West, Smart EX and Express Yoyaku); Express Yoyaku book
  { name: 'Smart EX', company: 'JR Central', category: 'transport', aliases: ['SmartEX', 'Express Yoyaku'] },
  // NTT Docomo's QR/barcode payment service (~35M users 2021); outages 20 Sep 2019 (~6 h, equipment fault), 1 Jun 
  { name: 'd Barai', company: 'NTT Docomo', category: 'payments', aliases: ['d-barai'] },
  // KDDI's smartphone payment service; from memory it was disrupted by KDDI's 2-4 July 2022 nationwide network fai
  { name: 'au PAY', company: 'KDDI', category: 'payments', aliases: ['auPAY'], caseSensitiveAliases: ['au PAY', 'au Pay'] },
  // Japan's largest online bank; login/transfer outage from noon to ~23:00 on 7 May 2019 after the 10-day holiday 
  { name: 'Rakuten Bank', company: 'Rakuten', category: 'bank', aliases: [] },
  // online bank; logins, ATM withdrawals and Visa debit down ~10:00-17:00 on 23 Feb 2020 after a power failure at 
  { name: 'SBI Sumishin Net Bank', company: null, category: 'bank', aliases: ['Sumishin SBI Net Bank'] },
  // major online broker (category 'bank' like Robinhood); Japanese stock orders could not execute ~20 min on 18 Ma
  { name: 'Rakuten Securities', company: 'Rakuten', category: 'bank', aliases: [] },
  // Japan's largest online broker; foreign-stock trading site failed three times in five business days, 15-21 Jun 
  { name: 'SBI Securities', company: 'SBI Holdings', category: 'bank', aliases: [] },
  // regional bank in Ibaraki; ATMs and internet banking down 26 Mar 2022 with seven other regional banks and Lawso
  { name: 'Joyo Bank', company: 'Mebuki Financial Group', category: 'bank', aliases: [] },
  // regional bank in Tochigi; ~640 ATMs and internet banking stopped 26 Mar 2022 (Kyndryl data-centre power fault,
  { name: 'Ashikaga Bank', company: 'Mebuki Financial Group', category: 'bank', aliases: [] },
  // regional bank in Gifu; ATMs and internet banking down 26 Mar 2022 in the same shared data-centre failure (NHK)
  { name: 'Juroku Bank', company: 'Juroku Financial Group', category: 'bank', aliases: [] },
  // convenience-store ATM bank; ATMs down 26 Mar 2022 in the Kyndryl data-centre power failure (NHK)
  { name: 'Lawson Bank', company: 'Lawson', category: 'bank', aliases: [] },
  // one of Japan's largest credit-card issuers; card use, app and statements disrupted 3-7 Mar 2018 during a syste
  { name: 'Rakuten Card', company: 'Rakuten', category: 'payments', aliases: [] },
  // NTT's largest ISP brand (formerly NTT Communications); nationwide intermittent loss of connectivity 25 Aug 201
  { name: 'OCN', company: 'NTT Docomo Business', category: 'isp', aliases: ['OCN Mobile ONE'] },
  // FTTH service of Sony Network Communications (So-net); bandwidth congestion and instability 20 Sep-6 Oct 2022 f
  { name: 'NURO Hikari', company: 'Sony Network Communications', category: 'isp', aliases: [], caseSensitiveAliases: ['NURO'] },
  // KDDI sub-brand; the press lists it beside au and povo in KDDI outages such as 2-4 July 2022
  { name: 'UQ mobile', company: 'KDDI', category: 'telecom', aliases: ['UQmobile'] },
  // SoftBank sub-brand; down with SoftBank in the 6 Dec 2018 nationwide outage (expired Ericsson software certific
  { name: 'Y!mobile', company: 'SoftBank', category: 'telecom', aliases: ['Ymobile'] },
  // CyberAgent's free streaming service; new viewers locked out from 00:44 on 6 Dec 2022 during the Japan-Croatia 
  { name: 'ABEMA', company: 'CyberAgent', category: 'streaming', aliases: ['AbemaTV', 'Abema TV'] },
  // commercial broadcasters' streaming portal; inaccessible from 16:45 on 13 Jan 2025 when the high-school footbal
  { name: 'TVer', company: null, category: 'streaming', aliases: [], caseSensitiveAliases: ['TVer'] },
  // JPX derivatives market (Nikkei 225 futures/options on J-GATE); trading halted ~4 h on 4 Mar 2013 and 25 min on
  { name: 'Osaka Exchange', company: 'Japan Exchange Group', category: 'exchange', aliases: ['Osaka Securities Exchange', 'J-GATE'] },
  // system running every container terminal at the Port of Nagoya; LockBit ransomware stopped container handling 4
  { name: 'Nagoya United Terminal System', company: 'Nagoya Harbor Transportation Association', category: 'transport', aliases: [], caseSensitiveAliases: ['NUTS'] },
  // Japanese hosting/cloud provider; cloud, VPS and dedicated servers down 10-11 Mar 2023 after power trouble at i
  { name: 'Sakura Internet', company: null, category: 'hosting', aliases: ['Sakura Cloud'] },
  // China's largest bank; ATMs, POS and online banking down ~50 min in Beijing, Shanghai and elsewhere on 24 Jun 2
  { name: 'Industrial and Commercial Bank of China', company: null, category: 'bank', aliases: ['ICBC'] },
  // official app for China's annual income-tax reconciliation; from memory it jammed at the March 2020 launch and 
  { name: 'China Individual Income Tax App', company: 'State Taxation Administration', category: 'government', aliases: [] },
  // MoE student-records site and its graduate-admissions portal (yz.chsi.com.cn) for the kaoyan exam; admission-ti
  { name: 'CHSI', company: 'Ministry of Education of China', category: 'government', aliases: ['chsi.com.cn'] },
  // China's largest retail investing portal/app with its own brokerage; from memory its app lagged and crashed dur
  { name: 'East Money', company: null, category: 'bank', aliases: ['Eastmoney'] },
  // leading Chinese stock-quote/trading app; from memory it crashed with East Money in the Oct 2024 rally (not re-
  { name: 'Tonghuashun', company: 'Hithink RoyalFlush', category: 'other', aliases: ['10jqka', 'RoyalFlush'] },
  // China's biggest event-ticketing platform; load-balancer failure during the LoL Worlds ticket sale, 25 Oct 2017
  { name: 'Damai', company: 'Alibaba', category: 'ecommerce', aliases: ['Damai.cn'], caseSensitiveAliases: ['Damai'] },
  // HKMA's real-time bank/e-wallet payment switch; unavailable on the morning of 17 Oct 2021 when a system migrati
  { name: 'Hong Kong Faster Payment System', company: 'Hong Kong Interbank Clearing', category: 'payments', aliases: ['FPS Hong Kong', 'HK FPS'] },
  // Hong Kong mobile operator; network server fault cut voice/data across HK around midday, OFCA demanded a report
  { name: 'SmarTone', company: null, category: 'telecom', aliases: [] },
  // patient-record system of all Hong Kong public hospitals; down ~1.5 h on 28 Aug 2020 (network) and ~2 h on 3 Ma
  { name: 'Hospital Authority Clinical Management System', company: 'Hospital Authority', category: 'government', aliases: ['HA Clinical Management System', 'Hospital Authority CMS'] },
  // large Taiwanese bank; ATMs, online banking, app and card acquiring down 10:57-15:25 on 8 Oct 2022 (data-centre
  { name: 'Cathay United Bank', company: 'Cathay Financial Holdings', category: 'bank', aliases: [] },
  // major Taiwanese bank; ATMs, online banking, transfers and mobile payments failed nationwide on the night of 7-
  { name: 'CTBC Bank', company: 'CTBC Financial Holding', category: 'bank', aliases: ['CTBC', 'Chinatrust'] },
  // Taiwan's post and largest savings institution; ATMs and counters unstable nationwide 13 Mar 2025 (host connect
  { name: 'Chunghwa Post', company: null, category: 'bank', aliases: [] },
  // Taiwan's public bike-share system; back-end failure stopped rentals/returns in Taipei, New Taipei and Taoyuan 
  { name: 'YouBike', company: null, category: 'transport', aliases: ['UBike', 'YouBike 2.0'] },
  // Taiwan's interbank switch (cross-bank ATM, transfers); nationwide cross-bank ATM outage 11 Dec 2021 (IBM syste
  { name: 'Financial Information Service Co.', company: null, category: 'payments', aliases: ['Financial Information Service Company'] },
  // Taiwan Railway online/app ticketing; site unreachable at holiday sale openings, e.g. New Year tickets 14 Dec 2
  { name: 'Taiwan Railway e-booking', company: 'Taiwan Railway Corporation', category: 'transport', aliases: [] },
  // Singapore's second-largest bank; app, internet banking, ATMs, PayNow and cards down from 08:33 to 12:21 on 28 
  { name: 'OCBC', company: null, category: 'bank', aliases: ['OCBC Bank', 'Oversea-Chinese Banking Corporation'] },
  // Singapore bank; ATMs, cards, internet and mobile banking down ~2 h June 2019; internet/mobile banking outages 
  { name: 'UOB', company: null, category: 'bank', aliases: ['United Overseas Bank'] },
  // Singapore telco; fibre broadband failed for up to 250,000 subscribers for ~5 h on 15 Apr 2020 (configuration e
  { name: 'StarHub', company: null, category: 'telecom', aliases: [] },
  // Singapore's national digital-identity login for e-government; logins failed ~10 h over 8-9 Feb 2018 (vendor se
  { name: 'Singpass', company: 'GovTech Singapore', category: 'government', aliases: ['Singpass app'] },
  // Singapore's bank-owned EFTPOS/QR payment network; islandwide outage ~1-2 h on 2 Feb 2018 (human error), ~5% of
  { name: 'NETS', company: null, category: 'payments', aliases: ['NETS FlashPay', 'NETS EFTPOS', 'Network for Electronic Transfers'], caseSensitiveAliases: ['NETS'] },
  // Singapore's account-based transit fare system and app (absorbed EZ-Link/TransitLink in 2023); app and ticket m
  { name: 'SimplyGo', company: 'Land Transport Authority', category: 'transport', aliases: ['SimplyGo app', 'EZ-Link'] },
  // Singapore telco; broadband outages 12-13 May 2020 (23 h and 6 h, up to 20,000 subscribers), fined S$400,000 by
  { name: 'M1 Limited', company: 'Keppel', category: 'telecom', aliases: ['M1 Singapore'] },
  // Brazilian digital bank (Belo Horizonte); app and Pix outages reported by Brazilian press. "Inter" alone left o
  { name: 'Banco Inter', company: 'Inter&Co', category: 'bank', aliases: ['Inter&Co', 'Banco Inter S.A.', 'app do Inter', 'app do Banco Inter'] },
  // Brazilian digital bank (São Paulo, JPMorgan stake); app outages reported
  { name: 'C6 Bank', company: null, category: 'bank', aliases: ['Banco C6', 'C6Bank', 'app do C6'], caseSensitiveAliases: ['C6'] },
  // Brazilian digital bank and card-acquirer (PagSeguro Digital, UOL group); app and card-machine outages reported
  { name: 'PagBank', company: 'PagSeguro', category: 'bank', aliases: ['PagSeguro', 'PagBank PagSeguro', 'PagSeguro PagBank', 'maquininha PagSeguro'] },
  // largest Brazilian card acquirer (Bradesco/Banco do Brasil); card-terminal outages hit retailers. "cielo" = sky
  { name: 'Cielo', company: null, category: 'payments', aliases: ['Cielo S.A.', 'maquininha da Cielo', 'maquininhas da Cielo', 'maquininha Cielo'], caseSensitiveAliases: ['Cielo', 'CIELO'] },
  // dominant Brazilian food-delivery app (Prosus); app outages regularly reported
  { name: 'iFood', company: null, category: 'ecommerce', aliases: ['iFood app'] },
  // Brazilian retailer/marketplace; Feb 2022 cyberattack took its sites and Submarino offline for days. "americana
  { name: 'Americanas', company: null, category: 'ecommerce', aliases: ['Americanas.com', 'americanas.com.br', 'Lojas Americanas', 'Americanas S.A.', 'Americanas SA'], caseSensitiveAliases: ['Americanas'] },
  // Brazilian telecom (fixed/fibre; mobile sold to TIM/Vivo/Claro 2022); outages reported. "oi" = "hi" in Portugue
  { name: 'Oi', company: null, category: 'telecom', aliases: ['Oi Fibra', 'Oi S.A.', 'Oi SA', 'operadora Oi', 'Oi Móvel', 'Oi Movel'], caseSensitiveAliases: ['Oi', 'OI'] },
  // Brazilian federal tax portal (Receita Federal); instability near income-tax (IRPF) deadlines reported
  { name: 'e-CAC', company: 'Receita Federal', category: 'government', aliases: ['eCAC', 'Centro Virtual de Atendimento ao Contribuinte', 'Centro Virtual de Atendimento da Receita'] },
  // Brazilian social-security (pensions/benefits) portal and app; "Meu INSS fora do ar" reports common. Bare "INSS
  { name: 'Meu INSS', company: 'INSS', category: 'government', aliases: ['MeuINSS', 'app Meu INSS', 'aplicativo Meu INSS'] },
  // Brazilian public-health record/vaccination-certificate app (renamed Meu SUS Digital 2023); offline ~2 weeks af
  { name: 'ConecteSUS', company: 'Ministry of Health (Brazil)', category: 'government', aliases: ['Conecte SUS', 'Meu SUS Digital', 'ConecteSUS Cidadão', 'ConecteSUS Cidadao'] },
  // Brazilian national university-admission platform (uses Enem scores); slowdowns and errors during enrolment win
  { name: 'Sisu', company: 'Ministry of Education (Brazil)', category: 'government', aliases: ['Sistema de Seleção Unificada', 'Sistema de Selecao Unificada'], caseSensitiveAliases: ['SiSU', 'SISU'] },
  // Portuguese tax portal (IRS filing, e-fatura); slowdowns/outages at filing deadlines reported
  { name: 'Portal das Finanças', company: 'Autoridade Tributária e Aduaneira', category: 'government', aliases: ['Portal das Financas', 'e-fatura', 'e-Fatura portal'] },
  // Portuguese national health line, portal and app (records, prescriptions, certificates); overloaded during COVI
  { name: 'SNS 24', company: 'SPMS', category: 'government', aliases: ['SNS24', 'Linha SNS 24', 'Linha SNS24', 'app SNS 24', 'app SNS24', 'Centro de Contacto SNS 24'] },
  // Portuguese digital ID / login for public services (Agência para a Modernização Administrativa)
  { name: 'Chave Móvel Digital', company: 'AMA', category: 'government', aliases: ['Chave Movel Digital', 'autenticacao.gov', 'autenticação.gov', 'autenticacao.gov.pt', 'autenticação.gov.pt'] },
  // Portuguese courts' case-management platform; collapsed for ~6 weeks in Sept-Oct 2014 after the judicial-map re
  { name: 'Citius', company: 'Ministry of Justice (Portugal)', category: 'government', aliases: ['plataforma Citius', 'sistema Citius'], caseSensitiveAliases: ['Citius', 'CITIUS'] },
  // Portuguese emergency-services radio network; failures during the June 2017 Pedrógão Grande fires and later inc
  { name: 'SIRESP', company: null, category: 'telecom', aliases: ['rede SIRESP', 'Sistema Integrado de Redes de Emergência e Segurança de Portugal', 'Sistema Integrado de Redes de Emergencia e Seguranca de Portugal'] },
  // Portuguese bank (ex-BES); online/app outages reported. "novo banco" = "new bank" in Portuguese, hence case-sen
  { name: 'Novo Banco', company: null, category: 'bank', aliases: ['novobanco', 'NB smart app'], caseSensitiveAliases: ['Novo Banco', 'NOVO BANCO'] },
  // Portuguese bank owned by CaixaBank; online banking outages reported. "BPI" also = Bank of the Philippine Islan
  { name: 'Banco BPI', company: 'CaixaBank', category: 'bank', aliases: ['BPI Net', 'app BPI'], caseSensitiveAliases: ['BPI'] },
  // Portuguese social-security online portal (benefits, contributions); outages/overload reported, e.g. during COV
  { name: 'Segurança Social Direta', company: 'Segurança Social', category: 'government', aliases: ['Seguranca Social Direta', 'Segurança Social Directa', 'Seguranca Social Directa', 'SS Direta'] },
  // largest Angolan mobile operator; network outages reported by Angolan press. Name also used by unrelated telcos
  { name: 'Unitel', company: null, category: 'telecom', aliases: ['Unitel Angola', 'Unitel Money'] },
  // Angola's national ATM/POS network and mobile-payment app run by EMIS; network failures reported
  { name: 'Multicaixa Express', company: 'EMIS', category: 'payments', aliases: ['Multicaixa', 'rede Multicaixa', 'MCX Express', 'caixas Multicaixa', 'app Multicaixa Express'] },
  // Mozambican state telecom formed 2019 from the merger of mcel and TDM; network outages reported
  { name: 'Tmcel', company: null, category: 'telecom', aliases: ['Moçambique Telecom', 'Mocambique Telecom', 'mcel', 'Tmcel Moçambique'] },
  // Mozambican mobile operator (Viettel) and its e-Mola mobile money; outages reported
  { name: 'Movitel', company: 'Viettel', category: 'telecom', aliases: ['Movitel Moçambique', 'Movitel Mocambique', 'e-Mola', 'eMola'] },
  // largest Mozambican bank (BCP group); system outages reported. "BIM" alone is case-sensitive (building-informat
  { name: 'Millennium bim', company: 'Millennium bcp', category: 'bank', aliases: ['Banco Internacional de Moçambique', 'Banco Internacional de Mocambique', 'Millennium bim app'], caseSensitiveAliases: ['BIM'] },
  // Mozambique's national interbank switch (ATM/POS network, SIMOrede); network outages reported
  { name: 'SIMO', company: null, category: 'payments', aliases: ['SIMOrede', 'Rede SIMO', 'Sociedade Interbancária de Moçambique', 'Sociedade Interbancaria de Mocambique'], caseSensitiveAliases: ['SIMO'] },
  // Spanish public-services login (AEAT, Seguridad Social, DGT); outages in tax season reported. Plain "Clave" (= 
  { name: 'Cl@ve', company: 'Spanish Government', category: 'government', aliases: ['Cl@ve PIN', 'Cl@ve Móvil', 'Cl@ve Movil', 'Cl@ve Permanente', 'sistema Cl@ve', 'app Cl@ve'], caseSensitiveAliases: ['Cl@ve'] },
  // Spanish tax agency (AEAT) online filing system and e-office; slowdowns at the start/end of the income-tax camp
  { name: 'Renta Web', company: 'Agencia Tributaria', category: 'government', aliases: ['sede electrónica de la Agencia Tributaria', 'sede electronica de la Agencia Tributaria', 'sede electrónica de la AEAT', 'web de la Agencia Tributaria'] },
  // Spanish public employment/unemployment-benefit service; systems down for days after Ryuk ransomware attack, Ma
  { name: 'SEPE', company: null, category: 'government', aliases: ['Servicio Público de Empleo Estatal', 'Servicio Publico de Empleo Estatal', 'sede electrónica del SEPE', 'web del SEPE'] },
  // Spanish state rail operator; ticket site/app collapses reported (e.g. 2022 free season-ticket launch)
  { name: 'Renfe', company: null, category: 'transport', aliases: ['Renfe Viajeros', 'web de Renfe', 'app de Renfe', 'Renfe app', 'renfe.com'] },
  // Spanish bank (Málaga; merged with Liberbank 2021); online/app incidents reported
  { name: 'Unicaja', company: null, category: 'bank', aliases: ['Unicaja Banco', 'app de Unicaja', 'UniVía'] },
  // major Mexican bank; app/online outages reported
  { name: 'Banorte', company: null, category: 'bank', aliases: ['Grupo Financiero Banorte', 'Banco Banorte', 'Banorte Móvil', 'Banorte Movil', 'app de Banorte'] },
  // major Mexican bank (Citi unit being spun off, Citibanamex until 2024); BancaNet/app outages reported
  { name: 'Banamex', company: 'Citigroup', category: 'bank', aliases: ['Citibanamex', 'Banco Nacional de México', 'Banco Nacional de Mexico', 'BancaNet', 'Banamex Móvil', 'Citibanamex Móvil'] },
  // Mexican retail bank (Grupo Elektra/Salinas); app outages reported. Bare "Azteca" left out (ordinary word, TV n
  { name: 'Banco Azteca', company: 'Grupo Salinas', category: 'bank', aliases: ['app Banco Azteca', 'Banca Digital Banco Azteca'] },
  // Mexico's central-bank interbank transfer system; 2018 attack on banks' SPEI connections caused transfer disrup
  { name: 'SPEI', company: 'Banco de México', category: 'payments', aliases: ['Sistema de Pagos Electrónicos Interbancarios', 'Sistema de Pagos Electronicos Interbancarios', 'transferencias SPEI'] },
  // Mexican tax administration's portal (declarations, e-invoicing CFDI); outages at the April filing deadline rep
  { name: 'Servicio de Administración Tributaria', company: null, category: 'government', aliases: ['Servicio de Administracion Tributaria', 'portal del SAT', 'página del SAT', 'pagina del SAT'] },
  // largest Mexican fixed-line ISP (Infinitum broadband); outages regularly reported. "infinitum" (Latin) kept cas
  { name: 'Telmex', company: 'América Móvil', category: 'isp', aliases: ['Teléfonos de México', 'Telefonos de Mexico', 'Telmex Infinitum'], caseSensitiveAliases: ['Infinitum'] },
  // Argentina's largest state bank; homebanking/app outages reported. Not the Peruvian "Banco de la Nación"
  { name: 'Banco de la Nación Argentina', company: null, category: 'bank', aliases: ['Banco Nación', 'Banco Nacion', 'BNA+', 'app BNA'], caseSensitiveAliases: ['BNA'] },
  // Argentine federal tax agency's web services (renamed ARCA Oct 2024); site down near filing deadlines reported.
  { name: 'AFIP', company: null, category: 'government', aliases: ['Administración Federal de Ingresos Públicos', 'Administracion Federal de Ingresos Publicos', 'Agencia de Recaudación y Control Aduanero', 'Agencia de Recaudacion y Control Aduanero', 'web de AFIP'], caseSensitiveAliases: ['ARCA'] },
  // Argentine contactless transit card (Buenos Aires and other cities); system/validator outages reported. "sube" 
  { name: 'SUBE', company: 'Nación Servicios', category: 'transport', aliases: ['tarjeta SUBE', 'Sistema Único de Boleto Electrónico', 'Sistema Unico de Boleto Electronico', 'app SUBE'], caseSensitiveAliases: ['SUBE'] },
  // Chilean state bank; ransomware attack closed branches in Sept 2020; app outages reported
  { name: 'BancoEstado', company: null, category: 'bank', aliases: ['Banco Estado', 'CuentaRUT', 'Cuenta RUT', 'app BancoEstado'] },
  // Chilean state digital-identity login; outages reported. Spaced form is an ordinary phrase ("unique password"),
  { name: 'ClaveÚnica', company: 'Chilean Government', category: 'government', aliases: ['ClaveUnica', 'Clave Única del Estado', 'Clave Unica del Estado'], caseSensitiveAliases: ['Clave Única', 'Clave Unica'] },
  // Chile's dominant card acquirer/processor (Webpay, Redcompra); nationwide card-payment outages reported
  { name: 'Transbank', company: null, category: 'payments', aliases: ['Webpay', 'Webpay Plus', 'Redcompra'] },
  // Chilean mobile/fixed operator, also in Peru; network outages reported. Entel Bolivia is a separate company
  { name: 'Entel', company: null, category: 'telecom', aliases: ['Entel Chile', 'Entel Perú', 'Entel Peru', 'Entel PCS'] },
  // largest Colombian bank; recurring app/online/card outages widely reported
  { name: 'Bancolombia', company: null, category: 'bank', aliases: ['App Bancolombia', 'Sucursal Virtual Bancolombia', 'Grupo Bancolombia', 'Bancolombia App Personas'] },
  // Colombian digital wallet (Bancolombia); outages widely reported
  { name: 'Nequi', company: 'Bancolombia', category: 'payments', aliases: ['app Nequi'] },
  // Colombia's online bank-payment button (ACH Colombia); outages reported. "PSE" also = Philippine Stock Exchange
  { name: 'PSE', company: 'ACH Colombia', category: 'payments', aliases: ['Pagos Seguros en Línea', 'Pagos Seguros en Linea', 'botón PSE', 'boton PSE'], caseSensitiveAliases: ['PSE'] },
  // Colombian delivery super-app operating across Latin America; app outages reported
  { name: 'Rappi', company: null, category: 'ecommerce', aliases: ['Rappi app', 'RappiPay'] },
  // largest Peruvian bank; app/online outages reported. Bare "BCP" left out: it also names Portugal's Millennium b
  { name: 'Banco de Crédito del Perú', company: 'Credicorp', category: 'bank', aliases: ['Banco de Credito del Peru', 'BCP Perú', 'BCP Peru', 'Banca Móvil BCP', 'Banca Movil BCP', 'app del BCP'] },
  // Peru's most-used mobile wallet (BCP); outages widely reported
  { name: 'Yape', company: 'Banco de Crédito del Perú', category: 'payments', aliases: ['app Yape'] },
  // Peruvian tax agency's online services (SUNAT Operaciones en Línea, e-invoicing); outages near deadlines report
  { name: 'SUNAT', company: null, category: 'government', aliases: ['Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT Operaciones en Línea', 'SUNAT Operaciones en Linea', 'SOL de SUNAT'] },
  // large private Russian bank (Halva card); app and online-banking failures reported by the Russian press
  { name: 'Sovcombank', company: null, category: 'bank', aliases: ['Sovkombank'] },
  // state agricultural bank of Russia; app/online-banking outages, incl. DDoS-related ones, reported
  { name: 'Rosselkhozbank', company: null, category: 'bank', aliases: ['Russian Agricultural Bank', 'RSHB'] },
  // state-owned Russian bank, brands itself PSB; app outages appear in Russian outage news
  { name: 'Promsvyazbank', company: null, category: 'bank', aliases: ['PSB Bank'], caseSensitiveAliases: ['PSB'] },
  // Russian mobile operator (MegaFon group); fails together with MegaFon in its outages. Cyrillic «Йота» left out:
  { name: 'Yota', company: 'MegaFon', category: 'telecom', aliases: ['Yota Russia'] },
  // Moscow fixed-line and fibre (GPON) internet provider, MTS group; home internet/TV outages in Moscow reported
  { name: 'MGTS', company: 'MTS', category: 'isp', aliases: ['Moscow City Telephone Network'] },
  // Moscow's unified medical information system (appointments, e-prescriptions, records); failures at clinics repo
  { name: 'EMIAS', company: null, category: 'government', aliases: ['emias.info'] },
  // Russian Federal Tax Service site and taxpayer account; outages around filing deadlines reported. Bare «ФНС» le
  { name: 'Nalog.ru', company: 'Federal Tax Service', category: 'government', aliases: ['nalog.gov.ru'] },
  // Moscow e-school / e-diary platform; failed at the start of remote learning in spring 2020 and at school-year s
  { name: 'Moscow Electronic School', company: null, category: 'government', aliases: ['school.mos.ru'] },
  // Russian electronic school diary used in many regions; overloaded and down in the 2020 remote-learning switch
  { name: 'Dnevnik.ru', company: null, category: 'other', aliases: [] },
  // Russia's national product-marking (track-and-trace) system; failures stopped sales of marked goods at shops an
  { name: 'Chestny ZNAK', company: 'CRPT', category: 'government', aliases: ['Chestnyi Znak', 'chestnyznak.ru'] },
  // national postal operator; IT/tracking-system failures that stop branch operations reported
  { name: 'Russian Post', company: null, category: 'other', aliases: ['Pochta Rossii'] },
  // largest universal bank in Kazakhstan (Homebank app); app and card outages reported by Kazakh media
  { name: 'Halyk Bank', company: null, category: 'bank', aliases: ['Halyk', 'Halyk Homebank', 'Homebank.kz', 'Halykbank'] },
  // national telecom/ISP of Kazakhstan; nationwide internet outages incl. the January 2022 shutdown
  { name: 'Kazakhtelecom', company: null, category: 'telecom', aliases: ['Qazaqtelecom', 'Kazakhtelekom'] },
  // Kazakh mobile operator (Kcell/activ); network outages reported; the Russian-language press writes it in Latin
  { name: 'Kcell', company: 'Kazakhtelecom', category: 'telecom', aliases: ['Kcell JSC'] },
  // state-owned mobile operator of Kyrgyzstan (Alfa Telecom); network outages reported by 24.kg, Kaktus
  { name: 'MegaCom', company: null, category: 'telecom', aliases: ['MegaCom Kyrgyzstan'] },
  // Kyrgyzstan's e-government data-exchange system; its failures stop public services
  { name: 'Tunduk', company: null, category: 'government', aliases: ['Tündük'] },
  // Kyrgyz bank (ex-RSK Bank) with the country's most used payment app; app outages reported. Latin only in capita
  { name: 'MBANK', company: null, category: 'bank', aliases: ['MBANK Kyrgyzstan', 'mbank.kg'], caseSensitiveAliases: ['MBANK'] },
  // Belarus national telecom and ISP (byfly); outages and the August 2020 internet shutdown
  { name: 'Beltelecom', company: null, category: 'telecom', aliases: ['byfly', 'Beltelekom'] },
  // largest state bank of Belarus; internet-banking, app and card outages reported
  { name: 'Belarusbank', company: null, category: 'bank', aliases: ['ASB Belarusbank'] },
  // Belarus's single settlement system for bills and payments (AIS Raschet); outages make payments impossible acro
  { name: 'ERIP', company: 'Belarusian Interbank Settlement Center', category: 'payments', aliases: ['ERIP Belarus'] },
  // Uzbekistan's main national card payment system; processing failures reported
  { name: 'Uzcard', company: null, category: 'payments', aliases: [] },
  // Uzbekistan's second national card payment system; 'humo' is Spanish for smoke, so Latin only in capitals
  { name: 'HUMO', company: null, category: 'payments', aliases: ['Humo card'], caseSensitiveAliases: ['HUMO'] },
  // state-owned mobile operator of Uzbekistan; network outages reported; written in Latin in the Russian-language 
  { name: 'Ucell', company: null, category: 'telecom', aliases: ['Ucell Uzbekistan'] },
  // national telecom/ISP of Uzbekistan (mobile brand Uzmobile); internet outages reported
  { name: 'Uztelecom', company: null, category: 'telecom', aliases: ['Uzmobile', 'O\'zbektelekom'] },
  // Uzbekistan's e-government services portal
  { name: 'my.gov.uz', company: null, category: 'government', aliases: ['Single Portal of Interactive Public Services'] },
  // one of Germany's two largest free email providers; repeated mail outages reported by heise, Chip and others
  { name: 'GMX', company: 'United Internet', category: 'email', aliases: ['GMX Mail', 'GMX FreeMail', 'gmx.de', 'gmx.net'] },
  // major German free email provider, often down together with GMX. Case-sensitive only: the matcher treats the do
  { name: 'WEB.DE', company: 'United Internet', category: 'email', aliases: ['WEB.DE FreeMail'], caseSensitiveAliases: ['WEB.DE', 'Web.de', 'web.de'] },
  // Germany's largest web hoster (ex-1&1 Internet); hosting/email outages reported
  { name: 'IONOS', company: 'United Internet', category: 'hosting', aliases: ['1&1 IONOS', 'IONOS Cloud'] },
  // big German web and email hoster (IONOS group); email/hosting outages reported. 'strato' is Italian for layer, 
  { name: 'Strato', company: 'United Internet', category: 'hosting', aliases: ['Strato AG', 'strato.de'], caseSensitiveAliases: ['Strato', 'STRATO'] },
  // German direct bank and broker (Commerzbank); online-banking and trading outages reported
  { name: 'Comdirect', company: 'Commerzbank', category: 'bank', aliases: ['comdirect bank'] },
  // German neobroker/bank; app outages during trading rushes (e.g. GameStop, January 2021)
  { name: 'Trade Republic', company: null, category: 'bank', aliases: ['Trade Republic Bank'] },
  // largest Swiss bank; e-banking/app outages reported by Swiss media
  { name: 'UBS', company: null, category: 'bank', aliases: ['UBS e-banking', 'UBS Mobile Banking'], caseSensitiveAliases: ['UBS'] },
  // German accounting/payroll/tax software and data centre used by most tax advisers; outages reported
  { name: 'DATEV', company: null, category: 'productivity', aliases: ['DATEV eG'] },
  // Germany's national electronic health record (rolled out 2025 on the Telematikinfrastruktur); outages reported.
  { name: 'ePA', company: 'Gematik', category: 'government', aliases: ['ePA für alle'], caseSensitiveAliases: ['ePA'] },
  // Bavaria's state learning platform; collapsed at the start of homeschooling in January 2021
  { name: 'mebis', company: null, category: 'government', aliases: ['mebis-Lernplattform'] },
  // Saxony's state school learning platform; down (overload/attack) at homeschooling start in January 2021
  { name: 'LernSax', company: null, category: 'government', aliases: [] },
  // school server/communication platform used by thousands of German schools; overload outages during 2020-21 home
  { name: 'IServ', company: null, category: 'other', aliases: ['IServ-Schulserver'] },
  // dominant food-delivery platform in Germany and Austria; app outages reported
  { name: 'Lieferando', company: 'Just Eat Takeaway', category: 'ecommerce', aliases: ['Lieferando.de', 'Lieferando.at'] },
  // German online fashion marketplace; site/app outages reported
  { name: 'Zalando', company: null, category: 'ecommerce', aliases: ['Zalando.de'] },
  // major Austrian bank (with the Sparkassen), online banking 'George'; George outages often reported. Case-sensit
  { name: 'Erste Bank', company: 'Erste Group', category: 'bank', aliases: ['George-App', 'Erste Bank Oesterreich'], caseSensitiveAliases: ['Erste Bank'] },
  // large Austrian retail bank; online/app banking outages reported
  { name: 'BAWAG', company: null, category: 'bank', aliases: ['BAWAG P.S.K.', 'BAWAG PSK'] },
  // Austrian mobile/cable operator (ex-T-Mobile Austria, UPC); network outages reported. Bare 'Magenta' left out (
  { name: 'Magenta Telekom', company: 'Deutsche Telekom', category: 'telecom', aliases: ['T-Mobile Austria', 'Magenta Telekom Austria'] },
  // Austrian Federal Railways; ticket shop/app and IT failures reported
  { name: 'ÖBB', company: null, category: 'transport', aliases: ['Österreichische Bundesbahnen', 'ÖBB-Ticketshop', 'ÖBB Tickets'] },
  // Austria's digital identity (successor of Handy-Signatur) for e-government and banking; outages reported
  { name: 'ID Austria', company: null, category: 'government', aliases: ['Handy-Signatur'] },
  // Austrian Ministry of Finance tax portal; outages reported
  { name: 'FinanzOnline', company: null, category: 'government', aliases: [] },
  // second-largest Swiss telecom; nationwide outages reported (the bare English word "Sunrise" is not matched)
  { name: 'Sunrise UPC', company: null, category: 'telecom', aliases: ['Sunrise Communications'] },
  // Swiss Federal Railways; ticketing app and IT failures reported
  { name: 'SBB', company: null, category: 'transport', aliases: ['SBB CFF FFS', 'SBB Mobile', 'Schweizerische Bundesbahnen'], caseSensitiveAliases: ['SBB'] },
  // ── a second round, in the ninth session: the long tail (regional banks, public portals, transit,
  //    regional ISPs), from helpers' lists written from their own knowledge, blind to the evaluation set ──
  // Japan's largest regional bank (Kanagawa); runs on the shared MEJAR core system; ATM/online-banking faults repo
  { name: 'Bank of Yokohama', company: 'Concordia Financial Group', category: 'bank', aliases: ['Yokohama Bank', 'Hamagin'] },
  // major regional bank in Chiba; leads the TSUBASA alliance of regional banks; listed for the long tail of region
  { name: 'Chiba Bank', company: null, category: 'bank', aliases: ['Chibagin', 'Chiba Bank app'] },
  // major regional bank in Shizuoka; core-system migrations and ATM stoppages covered by the regional press (incid
  { name: 'Shizuoka Bank', company: 'Shizuoka Financial Group', category: 'bank', aliases: ['Shizugin'] },
  // largest regional bank in Kyushu; parent of Minna Bank; listed for regional bank system-failure coverage
  { name: 'Fukuoka Bank', company: 'Fukuoka Financial Group', category: 'bank', aliases: ['Bank of Fukuoka'] },
  // Japan's first smartphone-only digital bank (2021, Fukuoka FG), cloud-native; app outages are reported as bank 
  { name: 'Minna Bank', company: 'Fukuoka Financial Group', category: 'bank', aliases: ['Minna no Ginko', 'Minna Bank app'] },
  // largest regional bank in Tohoku (Miyagi), MEJAR shared-system member; regional press covers its ATM/online out
  { name: '77 Bank', company: null, category: 'bank', aliases: ['Shichijushichi Bank', 'The 77 Bank'] },
  // regional bank in Gunma; listed for the long tail of regional bank ATM/online outages
  { name: 'Gunma Bank', company: null, category: 'bank', aliases: ['Gungin'] },
  // largest regional bank in Hiroshima; listed for the long tail of regional bank outages
  { name: 'Hiroshima Bank', company: 'Hirogin Holdings', category: 'bank', aliases: ['Hirogin'] },
  // largest regional bank in Shikoku (Ehime); listed for the long tail of regional bank outages
  { name: 'Iyo Bank', company: 'Iyogin Holdings', category: 'bank', aliases: ['Iyogin'] },
  // major regional bank in Fukuoka; listed for the long tail of regional bank outages
  { name: 'Nishi-Nippon City Bank', company: 'Nishi-Nippon Financial Holdings', category: 'bank', aliases: ['Nishi Nippon City Bank'] },
  // regional bank in Nara; ATMs and internet banking down 26 Mar 2022 in the Kyndryl data-centre power failure of 
  { name: 'Nanto Bank', company: null, category: 'bank', aliases: ['Nanto Bank app'] },
  // second-tier regional bank in Hiroshima; ATMs and internet banking down 26 Mar 2022 in the same Kyndryl data-ce
  { name: 'Momiji Bank', company: 'Yamaguchi Financial Group', category: 'bank', aliases: [] },
  // regional bank in Yamaguchi (Shimonoseki); ATMs and internet banking down 26 Mar 2022 in the Kyndryl data-centr
  { name: 'Yamaguchi Bank', company: 'Yamaguchi Financial Group', category: 'bank', aliases: [] },
  // regional bank in Kagawa (Takamatsu); ATMs and internet banking down 26 Mar 2022 in the Kyndryl data-centre fai
  { name: 'Hyakujushi Bank', company: null, category: 'bank', aliases: ['114 Bank', 'The Hyakujushi Bank'] },
  // regional bank in Kitakyushu; ATMs and internet banking down 26 Mar 2022 in the Kyndryl data-centre failure (NH
  { name: 'Kitakyushu Bank', company: 'Yamaguchi Financial Group', category: 'bank', aliases: [] },
  // Japan's first internet bank (ex-Japan Net Bank, renamed 2021); logins/transfers outages reported; distinct fro
  { name: 'PayPay Bank', company: 'LY Corporation', category: 'bank', aliases: ['Japan Net Bank'] },
  // largest convenience-store ATM network (~27,000 ATMs in 7-Eleven stores); ATM and charge-service stoppages are 
  { name: 'Seven Bank', company: 'Seven & i Holdings', category: 'bank', aliases: ['Seven Bank ATM'] },
  // major online bank; listed for internet-bank outage coverage (incident from memory, not verified)
  { name: 'Sony Bank', company: 'Sony Financial Group', category: 'bank', aliases: [] },
  // KDDI/MUFG online bank; hit in KDDI network failures and its own app outages (from memory)
  { name: 'au Jibun Bank', company: 'KDDI', category: 'bank', aliases: ['Jibun Bank'] },
  // major online broker (category 'bank' like the other brokers); order-system failures on busy trading days repor
  { name: 'Matsui Securities', company: null, category: 'bank', aliases: ['Matsui Shoken'] },
  // major online broker; trading-site outages reported (from memory); bare 'Monex' is not an ordinary word
  { name: 'Monex Securities', company: 'Monex Group', category: 'bank', aliases: ['Monex'] },
  // Japan's national e-government portal for online applications (social insurance, labour filings); 'e-gov' is a 
  { name: 'e-Gov', company: 'Digital Agency', category: 'government', aliases: ['e-Gov electronic application'], caseSensitiveAliases: ['e-Gov'] },
  // Japan's local-tax e-filing portal (run by the local-tax joint body); hard to reach 27 Jan-1 Feb 2017 from over
  { name: 'eLTAX', company: null, category: 'government', aliases: ['eLTAX portal'] },
  // Japan Pension Service's online pension-record portal; listed among national e-government systems (outage from 
  { name: 'Nenkin Net', company: 'Japan Pension Service', category: 'government', aliases: ['Nenkinnet'] },
  // system behind the My Number health-insurance card at hospitals and pharmacies; nationwide errors and verificat
  { name: 'Online Qualification Verification', company: 'Ministry of Health, Labour and Welfare', category: 'government', aliases: ['online eligibility verification system'] },
  // entry/customs pre-registration portal for arrivals in Japan; glitches reported (from memory)
  { name: 'Visit Japan Web', company: 'Digital Agency', category: 'government', aliases: [] },
  // major Osaka public hospital; ransomware from 31 Oct 2022 shut its electronic medical records for about two mon
  { name: 'Osaka General Medical Center', company: null, category: 'other', aliases: [] },
  // JR West's online train-ticket reservation service; booking outages reported (from memory)
  { name: 'e5489', company: 'JR West', category: 'transport', aliases: ['JR West Online Train Reservation'] },
  // JR West's transit IC card and e-money (Kansai), counterpart of Suica; named in IC-card system faults
  { name: 'ICOCA', company: 'JR West', category: 'payments', aliases: ['Mobile ICOCA'], caseSensitiveAliases: ['ICOCA'] },
  // JR's national seat-reservation and ticketing system behind ticket windows and machines; failures stop ticket s
  { name: 'JR MARS', company: 'JR Group', category: 'transport', aliases: ['MARS ticket reservation system', 'MARS seat reservation system'] },
  // Docomo's online-only plan (2021); press lists it beside Docomo in network failures such as 14-15 Oct 2021
  { name: 'ahamo', company: 'NTT Docomo', category: 'telecom', aliases: [] },
  // SoftBank's online-only brand; listed beside SoftBank/Y!mobile in SoftBank network failures
  { name: 'LINEMO', company: 'SoftBank', category: 'telecom', aliases: [] },
  // one of Japan's largest MVNOs (Kansai Electric group); outages reported; lowercase brand kept case-sensitive si
  { name: 'mineo', company: 'Optage', category: 'telecom', aliases: [], caseSensitiveAliases: ['mineo'] },
  // major Japanese ISP/MVNO (KDDI group); connection outages reported (from memory)
  { name: 'BIGLOBE', company: 'KDDI', category: 'isp', aliases: ['Biglobe Hikari', 'BIGLOBE mobile'] },
  // Japan's largest cable TV/internet operator (KDDI/Sumitomo); regional internet outages reported (from memory)
  { name: 'J:COM', company: 'JCOM Co.', category: 'isp', aliases: ['JCOM', 'J:COM NET', 'Jupiter Telecommunications'] },
  // NTT Data's card-payment switching network used by most Japanese card acquirers and retailers; failures stop ca
  { name: 'CAFIS', company: 'NTT Data', category: 'payments', aliases: ['CAFIS network'] },
  // Rakuten's QR/barcode smartphone payment app; outages reported (from memory)
  { name: 'Rakuten Pay', company: 'Rakuten', category: 'payments', aliases: [] },
  // one of China's big four state banks; mobile-banking outages reported. DOUBT: 中国银行 is a prefix of 中国银行业 / 中国银行保
  { name: 'Bank of China', company: null, category: 'bank', aliases: ['Bank of China app', 'BOC mobile banking'] },
  // big-four state bank; app and online-banking outages reported by Chinese press (from memory)
  { name: 'China Construction Bank', company: null, category: 'bank', aliases: ['China Construction Bank app'], caseSensitiveAliases: ['CCB'] },
  // big-four state bank; outages reported (from memory). Bare 'ABC' left out (TV network)
  { name: 'Agricultural Bank of China', company: null, category: 'bank', aliases: ['AgBank'] },
  // large state-owned commercial bank; outages reported (from memory)
  { name: 'Bank of Communications', company: null, category: 'bank', aliases: ['BoCom'] },
  // largest joint-stock retail bank; nationwide counter/ATM/online-banking outage of ~2 h on 12 May 2013 (Beijing 
  { name: 'China Merchants Bank', company: null, category: 'bank', aliases: ['CMB app', 'China Merchants Bank app'], caseSensitiveAliases: ['CMB'] },
  // state bank with the largest branch network; outages reported (from memory)
  { name: 'Postal Savings Bank of China', company: null, category: 'bank', aliases: ['PSBC'] },
  // joint-stock bank of the Ping An group; app outages reported (from memory). Bare 平安 ('safe') left out
  { name: 'Ping An Bank', company: 'Ping An', category: 'bank', aliases: ['Ping An Bank app'] },
  // China's national one-stop e-government portal/app (ID, social security, health-code lookups); overload reporte
  { name: 'National Government Service Platform', company: 'General Office of the State Council', category: 'government', aliases: ['gjzwfw.gov.cn'] },
  // Shanghai's e-government app and health-code (Suishenma); freezes during 2022 mass testing reported (from memor
  { name: 'Suishenban', company: 'Shanghai Municipal Government', category: 'government', aliases: ['Suishenma'] },
  // MoE exam body; its registration sites (CET-4/6, teacher qualification) routinely jam at opening, reported as '
  { name: 'National Education Examinations Authority', company: 'Ministry of Education of China', category: 'government', aliases: ['NEEA', 'neea.edu.cn'] },
  // China's online tax-filing system for companies (provincial instances); slow or down near monthly filing deadli
  { name: 'China Electronic Tax Bureau', company: 'State Taxation Administration', category: 'government', aliases: ['Electronic Taxation Bureau', 'etax.chinatax.gov.cn'] },
  // national traffic-police app (licences, fines, driving-test booking, plate selection); jams reported at peaks (
  { name: 'Jiaoguan 12123', company: 'Ministry of Public Security', category: 'government', aliases: ['Traffic Management 12123', '12123 app'] },
  // national medical-insurance app and e-insurance credential used at hospitals and pharmacies; outages reported (
  { name: 'National Healthcare Security Service Platform', company: 'National Healthcare Security Administration', category: 'government', aliases: ['NHSA app'] },
  // China's most used video-meeting app (international version VooV); outages and crashes reported (from memory)
  { name: 'Tencent Meeting', company: 'Tencent', category: 'video-calls', aliases: ['VooV Meeting', 'Tencent Meeting app'] },
  // China's dominant office suite and cloud documents; cloud-service outages reported (from memory). Bare 'WPS' le
  { name: 'WPS Office', company: 'Kingsoft', category: 'productivity', aliases: ['Kingsoft WPS', 'Kingsoft Docs', 'WPS cloud'] },
  // China's largest music-streaming app; outages reported (from memory)
  { name: 'QQ Music', company: 'Tencent Music', category: 'music', aliases: [] },
  // Hong Kong government's digital identity/login app used for e-government services; outages reported (from memor
  { name: 'iAM Smart', company: 'Digital Policy Office', category: 'government', aliases: ['iAmSmart', 'iAM Smart+'] },
  // Hong Kong's metro operator; signalling and ticketing/app failures widely reported; MTR kept case-sensitive
  { name: 'MTR', company: 'MTR Corporation', category: 'transport', aliases: ['MTR Corporation', 'MTR Mobile', 'Hong Kong MTR'], caseSensitiveAliases: ['MTR'] },
  // Hong Kong's largest residential fibre broadband provider; outages reported and referred to OFCA (from memory)
  { name: 'HKBN', company: null, category: 'isp', aliases: ['Hong Kong Broadband Network'] },
  // one of Hong Kong's three note-issuing banks; online/mobile-banking outages reported (from memory)
  { name: 'Bank of China (Hong Kong)', company: 'Bank of China', category: 'bank', aliases: ['BOCHK', 'BOC Hong Kong'] },
  // largest independent local bank in Hong Kong; outages reported (from memory). Bare 'BEA' left out (generic abbr
  { name: 'Bank of East Asia', company: null, category: 'bank', aliases: ['BEA app'] },
  // HSBC's P2P/merchant e-wallet, Hong Kong's most used P2P app; outages reported (from memory); case-sensitive be
  { name: 'PayMe', company: 'HSBC', category: 'payments', aliases: ['PayMe from HSBC', 'PayMe by HSBC'], caseSensitiveAliases: ['PayMe'] },
  // Hong Kong-based online broker (moomoo abroad); app lags/outages on heavy trading days reported (from memory)
  { name: 'Futu', company: 'Futu Holdings', category: 'bank', aliases: ['Futu Securities', 'Futubull', 'Futu NiuNiu', 'moomoo'], caseSensitiveAliases: ['Futu'] },
  // Taiwan's stock exchange; not yet in the gazetteer though other Asian exchanges are; trading-system glitches re
  { name: 'Taiwan Stock Exchange', company: null, category: 'exchange', aliases: ['TWSE'] },
  // Taiwan's largest transit/e-money card (Taipei metro, buses, convenience stores); system faults reported (from 
  { name: 'EasyCard', company: 'EasyCard Corporation', category: 'payments', aliases: ['Taipei EasyCard', 'EasyCard Corporation'], caseSensitiveAliases: ['EasyCard'] },
  // Taiwan's largest local mobile wallet; outages reported (from memory). Bare 街口 ('street corner') left out
  { name: 'JKOPAY', company: 'JKOS', category: 'payments', aliases: ['JKO Pay'] },
  // Taiwanese bank; UPS failure at its Neihu data centre stopped 76 branches, 269 ATMs, online and mobile banking 
  { name: 'Shanghai Commercial and Savings Bank', company: null, category: 'bank', aliases: ['SCSB'] },
  // large state-linked Taiwanese bank; system crash stopped ATMs, counters and online banking on 26 Jan 2017 befor
  { name: 'Mega International Commercial Bank', company: 'Mega Financial Holding', category: 'bank', aliases: [], caseSensitiveAliases: ['Mega Bank'] },
  // leading food-delivery app in Taiwan and Hong Kong (also SE Asia); app outages reported (from memory)
  { name: 'foodpanda', company: 'Delivery Hero', category: 'ecommerce', aliases: ['food panda', 'foodpanda app'] },
  // Taiwan's largest native online retailer; site outages during sales reported (from memory)
  { name: 'PChome 24h', company: 'PChome Online', category: 'ecommerce', aliases: ['PChome', 'PChome Online', 'PChome 24h Shopping'] },
  // BKN's national civil-service (CPNS/PPPK) recruitment registration portal; errors and slowdowns at each registr
  { name: 'SSCASN', company: 'Badan Kepegawaian Negara', category: 'government', aliases: ['SSCASN BKN', 'portal SSCASN', 'situs SSCASN', 'sscasn.bkn.go.id', 'Sistem Seleksi Calon Aparatur Sipil Negara'] },
  // Peruri's electronic stamp-duty site required for CPNS documents; purchase/affixing errors 3-5 Sep 2024 made BK
  { name: 'e-Meterai', company: 'Peruri', category: 'government', aliases: ['e-Materai', 'eMeterai', 'meterai-elektronik.com', 'e-meterai Peruri'] },
  // government job-training/pre-employment programme with online registration; site overloaded at the April 2020 l
  { name: 'Kartu Prakerja', company: 'Manajemen Pelaksana Program Kartu Prakerja', category: 'government', aliases: ['Prakerja', 'prakerja.go.id', 'situs Prakerja', 'program Prakerja'] },
  // provincial/city school-enrolment (new-student admission) portals; error/down on opening days each June-July wi
  { name: 'PPDB Online', company: null, category: 'government', aliases: ['situs PPDB', 'laman PPDB', 'sistem PPDB', 'PPDB Jabar', 'PPDB DKI', 'PPDB Jatim', 'PPDB Jateng', 'SPMB online'] },
  // national school-data system every school must sync (drives teacher allowances, BOS funds); server errors near 
  { name: 'Dapodik', company: 'Indonesian Ministry of Education', category: 'government', aliases: ['Data Pokok Pendidikan', 'aplikasi Dapodik'] },
  // largest regional development bank (BPD), West Java and Banten; app/ATM disruptions reported by local press
  { name: 'Bank BJB', company: null, category: 'bank', aliases: ['Bank Jabar Banten', 'Bank Pembangunan Daerah Jawa Barat dan Banten', 'DIGI by bank bjb', 'BJB DIGI'], caseSensitiveAliases: ['BJB'] },
  // East Java regional development bank; Oct 2021 hacker claim of a 378 GB data theft and app/ATM disruptions repo
  { name: 'Bank Jatim', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Jawa Timur', 'BPD Jatim', 'JConnect Mobile', 'Bank Jatim mobile'] },
  // West Sumatra regional development bank (converting to sharia); core-system/app disruptions reported locally. B
  { name: 'Bank Nagari', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Sumatera Barat', 'BPD Sumbar', 'Nagari Mobile Banking'] },
  // Aceh's sharia regional bank, the province's main bank after conventional banks left under the qanun; ATM/mobil
  { name: 'Bank Aceh Syariah', company: null, category: 'bank', aliases: ['Bank Aceh'] },
  // digital bank linked to Gojek/GoPay; app disruptions reported. Bare 'jago' is Indonesian for 'expert/rooster', 
  { name: 'Bank Jago', company: null, category: 'bank', aliases: ['Jago app', 'aplikasi Jago', 'Jago Syariah', 'PT Bank Jago'] },
  // fibre home-internet of state power company PLN's subsidiary; area outages reported by Indonesian press
  { name: 'ICONNET', company: 'PLN Icon Plus', category: 'isp', aliases: ['ICONNET PLN', 'PLN Icon Plus'] },
  // Indosat Ooredoo Hutchison's '3' mobile brand; signal/data outages reported. Bare 'Tri' left out (common Indone
  { name: 'Tri Indonesia', company: 'Indosat Ooredoo Hutchison', category: 'telecom', aliases: ['3 Indonesia', 'kartu Tri', 'operator Tri', 'Hutchison 3 Indonesia', 'jaringan Tri'] },
  // Italian motorway-toll and mobility-payment service; app and toll-gate transponder disruptions reported
  { name: 'Telepass', company: 'Mundys', category: 'transport', aliases: ['Telepass Pay', 'app Telepass', 'Telepass app'] },
  // Lombardy regional rail operator; counter ticket sales blocked 23 Mar 2022 by the FS/Trenitalia ransomware atta
  { name: 'Trenord', company: null, category: 'transport', aliases: ['app Trenord', 'Trenord app'] },
  // ministry portal for teachers' applications (GPS rankings, transfers, supply posts); overload/blocks at deadlin
  { name: 'Istanze Online', company: 'Italian Ministry of Education and Merit', category: 'government', aliases: ['Polis Istanze Online', 'piattaforma Istanze Online'], caseSensitiveAliases: ['Istanze Online'] },
  // workers' compensation institute; its portal crashed on 'click day' grant rounds (Bando ISI) and has had servic
  { name: 'INAIL', company: null, category: 'government', aliases: ['Istituto nazionale per l\'assicurazione contro gli infortuni sul lavoro', 'portale INAIL', 'click day INAIL'] },
  // Lazio region's health portal (vaccination booking, records) run by LAZIOcrea; down for days after the 1 Aug 20
  { name: 'Salute Lazio', company: 'Regione Lazio', category: 'government', aliases: ['SaluteLazio', 'portale Salute Lazio', 'LAZIOcrea'] },
  // L'Aquila health authority; May 2023 Monti ransomware attack paralysed hospital IT and leaked patient data
  { name: 'ASL 1 Abruzzo', company: null, category: 'government', aliases: ['ASL Avezzano Sulmona L\'Aquila', 'Asl 1 Avezzano-Sulmona-L\'Aquila', 'ASL dell\'Aquila'] },
  // Padua-area health authority; Dec 2021 LockBit ransomware shut down hospital systems and bookings
  { name: 'ULSS 6 Euganea', company: null, category: 'government', aliases: ['Azienda ULSS 6 Euganea', 'Ulss Euganea'] },
  // Poste Italiane's MVNO; network/SIM outages reported (incl. after its host-network switch)
  { name: 'PosteMobile', company: 'Poste Italiane', category: 'telecom', aliases: ['Poste Mobile', 'PosteMobile app'] },
  // Basque savings-bank group (BBK, Kutxa, Vital, CajaSur); online/app incidents reported
  { name: 'Kutxabank', company: null, category: 'bank', aliases: ['Kutxa', 'Kutxabank app', 'app de Kutxabank'] },
  // Aragon-based bank; app/online-banking incidents reported
  { name: 'Ibercaja', company: null, category: 'bank', aliases: ['Ibercaja Banco', 'app de Ibercaja'] },
  // shared online banking of Spain's Caja Rural cooperative banks; 'caída de Ruralvía' outages reported
  { name: 'Ruralvía', company: 'Grupo Caja Rural', category: 'bank', aliases: ['Ruralvia', 'Caja Rural', 'Cajas Rurales', 'Grupo Caja Rural', 'app Ruralvía'] },
  // Spanish mobile/fibre brand (MásMóvil, now MásOrange); outages reported
  { name: 'Yoigo', company: 'MásOrange', category: 'telecom', aliases: ['Yoigo móvil', 'red de Yoigo'] },
  // Spanish operator group (Yoigo, Pepephone, Lowi, Euskaltel) merged with Orange Spain 2024; network outages repo
  { name: 'MásMóvil', company: 'MásOrange', category: 'telecom', aliases: ['MasMovil', 'Masmóvil', 'Grupo MásMóvil', 'MásOrange', 'MasOrange'] },
  // Spanish mobile/fibre brand; outages reported
  { name: 'Pepephone', company: 'MásOrange', category: 'telecom', aliases: ['Pepe Phone'] },
  // Spanish courts' electronic filing/notification system; repeated outages denounced by lawyers' bar associations
  { name: 'LexNET', company: 'Spanish Ministry of Justice', category: 'government', aliases: ['LexNET Justicia', 'sistema LexNET'] },
  // major Barcelona hospital; March 2023 RansomHouse ransomware attack cancelled operations and thousands of appoi
  { name: 'Hospital Clínic de Barcelona', company: null, category: 'government', aliases: ['Hospital Clínic', 'Hospital Clinic de Barcelona', 'Clínic de Barcelona', 'Hospital Clínic Barcelona'] },
  // Barcelona-area contactless transit-ticket system; validator and app failures since its 2022-23 rollout reporte
  { name: 'T-mobilitat', company: 'ATM Barcelona', category: 'transport', aliases: ['T-mobilitat app', 'Tmobilitat', 'targeta T-mobilitat'] },
  // Mexican cable ISP/pay TV (Televisa, merging with Sky México); frequent internet outages reported
  { name: 'izzi', company: 'Televisa', category: 'isp', aliases: ['izzi Telecom', 'Izzi internet', 'izzi móvil'] },
  // Argentine social-security agency; its site collapsed at the IFE emergency-income registration (April 2020) and
  { name: 'ANSES', company: null, category: 'government', aliases: ['Mi ANSES', 'Administración Nacional de la Seguridad Social', 'Administracion Nacional de la Seguridad Social', 'web de ANSES'] },
  // Banco Provincia de Buenos Aires wallet used for transit and discounts; outages on promotion days reported
  { name: 'Cuenta DNI', company: 'Banco Provincia', category: 'payments', aliases: ['app Cuenta DNI', 'Cuenta DNI Banco Provincia'] },
  // Chile's tax service site; slowdowns/outages during the April Operación Renta. 'sii' is Italian ('be'), so bare
  { name: 'Servicio de Impuestos Internos', company: null, category: 'government', aliases: ['SII Chile', 'sitio del SII', 'página del SII', 'pagina del SII', 'Operación Renta SII'], caseSensitiveAliases: ['SII'] },
  // Chilean cable ISP (Liberty Latin America/ClaroVTR); internet/TV outages reported
  { name: 'VTR', company: null, category: 'isp', aliases: ['VTR Chile', 'VTR Globalcom', 'VTR internet'], caseSensitiveAliases: ['VTR'] },
  // major Chilean bank; May 2018 malware attack wiped ~9,000 workstations and was used in a ~US$10M SWIFT theft; a
  { name: 'Banco de Chile', company: null, category: 'bank', aliases: ['Banchile', 'app Banco de Chile', 'Banco Edwards'] },
  // Colombian tax and customs authority; MUISCA portal/e-invoicing outages near filing deadlines reported. 'Dian' 
  { name: 'DIAN', company: null, category: 'government', aliases: ['Dirección de Impuestos y Aduanas Nacionales', 'Direccion de Impuestos y Aduanas Nacionales', 'portal de la DIAN', 'DIAN Colombia'], caseSensitiveAliases: ['DIAN', 'MUISCA'] },
  // major Colombian bank; app/online outages reported
  { name: 'Davivienda', company: 'Grupo Bolívar', category: 'bank', aliases: ['Banco Davivienda', 'app Davivienda', 'app de Davivienda'] },
  // Davivienda's mobile wallet, used for state subsidies (Ingreso Solidario); outages on payout days reported
  { name: 'DaviPlata', company: 'Davivienda', category: 'payments', aliases: ['Daviplata app', 'app DaviPlata'] },
  // Millicom's mobile/cable brand in Colombia, Central America, Paraguay and Bolivia; network outages reported
  { name: 'Tigo', company: 'Millicom', category: 'telecom', aliases: ['Tigo Colombia', 'Tigo Guatemala', 'Tigo Paraguay', 'Tigo Bolivia', 'Tigo Honduras', 'Tigo El Salvador', 'Tigo Money'] },
  // major Peruvian bank; Oct 2024 data breach with app/online-banking outages. 'interbank' is an ordinary financia
  { name: 'Interbank Perú', company: null, category: 'bank', aliases: ['Interbank Peru', 'app Interbank', 'Banco Interbank', 'Banco Internacional del Perú'], caseSensitiveAliases: ['Interbank'] },
  // Ecuador's largest bank; Oct 2021 cyberattack took down ATMs, app and online banking for days
  { name: 'Banco Pichincha', company: null, category: 'bank', aliases: ['Banco Pichincha Ecuador', 'app Banco Pichincha'] },
  // Costa Rica's social-security and public-health system; Hive ransomware on 31 May 2022 took down its digital re
  { name: 'Caja Costarricense de Seguro Social', company: null, category: 'government', aliases: ['Caja Costarricense del Seguro Social', 'EDUS', 'Expediente Digital Único en Salud'], caseSensitiveAliases: ['CCSS'] },
  // Costa Rican finance ministry; Conti ransomware in April 2022 shut its tax (ATV) and customs (TICA) systems for
  { name: 'Ministerio de Hacienda de Costa Rica', company: null, category: 'government', aliases: ['Hacienda Costa Rica', 'ATV Hacienda', 'Administración Tributaria Virtual', 'TICA Aduanas'] },
  // Rio Grande do Sul state bank; app/online outages reported by gaúcho press
  { name: 'Banrisul', company: null, category: 'bank', aliases: ['Banco do Estado do Rio Grande do Sul', 'app Banrisul', 'Banrisul Digital'] },
  // Federal District state bank (Banco de Brasília); app/system outages reported. Bare BRB exact case only
  { name: 'BRB', company: null, category: 'bank', aliases: ['Banco de Brasília', 'Banco de Brasilia', 'BRB Mobile'], caseSensitiveAliases: ['BRB'] },
  // Brazil's largest credit-cooperative system; app/Pix outages reported
  { name: 'Sicoob', company: null, category: 'bank', aliases: ['app Sicoob', 'Sistema de Cooperativas de Crédito do Brasil'] },
  // Brazilian credit-cooperative system; app/Pix outages reported
  { name: 'Sicredi', company: null, category: 'bank', aliases: ['app Sicredi', 'Sistema de Crédito Cooperativo'] },
  // Brazilian card acquirer and bank; card-machine outages halting shop payments reported. 'stone' is an English w
  { name: 'Stone', company: 'StoneCo', category: 'payments', aliases: ['Stone Pagamentos', 'maquininha Stone', 'maquininhas da Stone', 'maquininha da Stone', 'StoneCo'], caseSensitiveAliases: ['Stone'] },
  // Brazilian fashion retailer; Aug 2021 ransomware took its site, app and some store systems offline
  { name: 'Lojas Renner', company: null, category: 'ecommerce', aliases: ['Renner S.A.', 'site da Renner', 'app Renner'], caseSensitiveAliases: ['Renner'] },
  // Caixa's app for the workers' severance fund; crashed at the 2020 Saque Emergencial and at withdrawal windows
  { name: 'App FGTS', company: 'Caixa', category: 'government', aliases: ['aplicativo FGTS', 'app do FGTS', 'aplicativo do FGTS', 'FGTS app'] },
  // Portuguese mutual-owned bank; online/app outages reported
  { name: 'Banco Montepio', company: null, category: 'bank', aliases: ['Montepio', 'Montepio Geral', 'Montepio24', 'app Montepio'] },
  // Portuguese state rail; ticket site/app crashed at the Oct 2024 launch of the Passe Ferroviário Verde and at st
  { name: 'Comboios de Portugal', company: null, category: 'transport', aliases: ['site da CP', 'app da CP', 'CP Comboios'] },
  // IT service provider of the Volksbanken Raiffeisenbanken; its failures take down online banking, cards and ATMs
  { name: 'Atruvia', company: null, category: 'other', aliases: ['Atruvia AG', 'Fiducia & GAD', 'Fiducia GAD IT'] },
  // IT provider of the German Sparkassen; data-centre/software failures cause nationwide Sparkasse online-banking 
  { name: 'Finanz Informatik', company: 'Sparkassen-Finanzgruppe', category: 'other', aliases: ['Finanz Informatik GmbH', 'Finanz-Informatik'] },
  // German direct bank/broker; online-banking and trading outages reported
  { name: 'Consorsbank', company: 'BNP Paribas', category: 'bank', aliases: ['Consors', 'Consorsbank app'] },
  // largest Swiss cantonal bank; e-banking/app outages reported by Swiss press
  { name: 'Zürcher Kantonalbank', company: null, category: 'bank', aliases: ['Zurcher Kantonalbank', 'Zuercher Kantonalbank', 'ZKB', 'ZKB eBanking', 'ZKB Mobile Banking'] },
  // municipal IT provider in NRW; Oct 2023 ransomware knocked out online services of ~70 municipalities for weeks
  { name: 'Südwestfalen-IT', company: null, category: 'government', aliases: ['Suedwestfalen-IT', 'Südwestfalen IT', 'Sudwestfalen-IT', 'SIT Südwestfalen'] },
  // mandatory electronic mailbox of German lawyers to the courts; offline Dec 2017-Sep 2018 over security flaws an
  { name: 'beA', company: 'Bundesrechtsanwaltskammer', category: 'government', aliases: ['besonderes elektronisches Anwaltspostfach', 'beA-Postfach', 'beA-System'], caseSensitiveAliases: ['beA'] },
  // federal citizen account for online services; overloaded at the March 2023 launch of the €200 student energy pa
  { name: 'BundID', company: 'German Federal Ministry of the Interior', category: 'government', aliases: ['Bund ID', 'BundID-Konto', 'Nutzerkonto Bund'] },
  // online/app banking of Austria's Raiffeisen banks; outages reported by Austrian press. 'Elba' (the island) bare
  { name: 'Raiffeisen ELBA', company: 'Raiffeisen Bankengruppe Österreich', category: 'bank', aliases: ['Mein ELBA', 'ELBA-internet', 'Raiffeisen Mein ELBA', 'Mein ELBA App'], caseSensitiveAliases: ['ELBA'] },
  // French national personal health record (successor of DMP); access outages reported
  { name: 'Mon Espace Santé', company: 'Assurance Maladie', category: 'government', aliases: ['Mon espace sante', 'monespacesante.fr', 'MonEspaceSanté'] },
  // national login for pupils and parents to school services; outages at the rentrée and scholarship campaigns rep
  { name: 'ÉduConnect', company: 'French Ministry of Education', category: 'government', aliases: ['EduConnect'] },
  // Paris-region transit pass and its top-up/app systems; failures at renewal and validator incidents reported. 'n
  { name: 'Navigo', company: 'Île-de-France Mobilités', category: 'transport', aliases: ['passe Navigo', 'pass Navigo', 'forfait Navigo', 'Navigo Easy', 'Navigo Liberté+', 'app Navigo'], caseSensitiveAliases: ['Navigo'] },
  // Corbeil-Essonnes hospital; Aug 2022 LockBit ransomware forced it onto paper for weeks
  { name: 'Centre hospitalier Sud Francilien', company: null, category: 'government', aliases: ['CH Sud Francilien', 'hôpital de Corbeil-Essonnes', 'hopital de Corbeil-Essonnes', 'hôpital Sud Francilien'], caseSensitiveAliases: ['CHSF'] },
  // Orange's low-cost brand in France; down together with Orange in its outages
  { name: 'Sosh', company: 'Orange', category: 'telecom', aliases: ['Sosh mobile', 'box Sosh'] },
  // largest Flemish bank (CBC in Wallonia); app/online-banking outages regularly reported by Belgian press
  { name: 'KBC', company: null, category: 'bank', aliases: ['KBC Bank', 'KBC Mobile', 'KBC Brussels', 'CBC Banque', 'app KBC'] },
  // Belgian federal finance portal and tax-return filing (Tax-on-web); outages during the filing season reported
  { name: 'MyMinfin', company: 'SPF Finances', category: 'government', aliases: ['Tax-on-web', 'MyMinfin.be'] },
  // Cameroon's state operator (internet backbone); nationwide internet outages from cable cuts reported
  { name: 'Camtel', company: null, category: 'telecom', aliases: ['Cameroon Telecommunications', 'Camtel Cameroun', 'Blue Camtel'] },
  // Moroccan social-security fund; April 2025 hack and leak of insured/company data, its portal taken offline
  { name: 'CNSS Maroc', company: null, category: 'government', aliases: ['CNSS Morocco', 'Ma CNSS', 'site de la CNSS Maroc'] },
  // Russian subsidiary of RBI, one of the largest foreign banks in Russia; app/online-banking outages reported. La
  { name: 'Raiffeisenbank Russia', company: 'Raiffeisen Bank International', category: 'bank', aliases: ['Raiffeisen Russia', 'Raiffeisenbank Russia app', 'Raiffeisen Bank Russia'] },
  // Russian bank (FC Otkritie), bailed out 2017, merged into VTB 2025; app outages reported. Bare Открытие ('openi
  { name: 'Otkritie Bank', company: null, category: 'bank', aliases: ['Otkritie', 'Otkritie FC Bank', 'Bank Otkritie', 'FC Otkritie'] },
  // Russian bank (ex-Société Générale, Interros since 2022); online-banking/app failures reported
  { name: 'Rosbank', company: null, category: 'bank', aliases: ['Rosbank Online', 'Rosbank app'] },
  // VTB-group retail bank operating in Russian Post offices; app outages reported; distinct from Russian Post
  { name: 'Pochta Bank', company: 'VTB', category: 'bank', aliases: ['Pochtabank', 'Pochta Bank app'] },
  // MTS group's bank (MTS Dengi cards); app/payment failures reported
  { name: 'MTS Bank', company: 'MTS', category: 'bank', aliases: ['MTS-Bank', 'MTS Bank app'] },
  // largest regional bank of St Petersburg; online-bank failures reported by Petersburg press
  { name: 'Bank Saint Petersburg', company: null, category: 'bank', aliases: ['Bank St. Petersburg', 'Bank St Petersburg', 'BSPB', 'Bank Saint-Petersburg'] },
  // Tatarstan regional bank; app and card failures reported by Kazan press. Bare 'Ak Bars' (hockey club) left out
  { name: 'Ak Bars Bank', company: null, category: 'bank', aliases: ['Akbars Bank', 'Ak Bars Online'] },
  // Moscow's transit smart card; top-up/validator failures reported. Bare Тройка ('three/troika') left out; Latin 
  { name: 'Troika card', company: 'Moscow Transport', category: 'transport', aliases: ['Troika transport card', 'Troika Moscow'], caseSensitiveAliases: ['Troika'] },
  // VK's state school messaging/learning platform (used with Gosuslugi, Dnevnik); outages at school-year start rep
  { name: 'Sferum', company: 'VK', category: 'messaging', aliases: ['Sferum platform', 'sferum.ru'] },
  // Russian federal property registry; failures of its EGRN/registration systems halting property deals reported. 
  { name: 'Rosreestr', company: null, category: 'government', aliases: ['Rosreestr portal', 'rosreestr.gov.ru'] },
  // Russian state pension and social-insurance fund (PFR+FSS merged 2023); online-account and payment-system failu
  { name: 'Social Fund of Russia', company: null, category: 'government', aliases: ['Social Fund of Russia portal', 'sfr.gov.ru', 'Pension Fund of Russia'] },
  // Yandex's food-delivery app (Russia, CIS); outages reported
  { name: 'Yandex Eats', company: 'Yandex', category: 'ecommerce', aliases: ['Yandex.Eats', 'Yandex Eda', 'Yandex.Eda'] },
  // Russian Railways' backbone operator and home-internet ISP (TTK); regional outages reported. ТТК in Cyrillic is
  { name: 'TransTeleCom', company: 'Russian Railways', category: 'isp', aliases: ['TTK Russia'], caseSensitiveAliases: ['TTK'] },
  // regional ISP/cable operator of Bashkortostan and the Volga-Urals; outages reported by Ufa press
  { name: 'Ufanet', company: null, category: 'isp', aliases: ['Ufanet ISP'] },
  // large Kazakh bank (Jusan app); app outages reported in Kazakh press
  { name: 'Jusan Bank', company: null, category: 'bank', aliases: ['Jusan', 'Jusan app', 'First Heartland Jusan Bank'] },
  // Kazakh bank; app/card failures reported
  { name: 'ForteBank', company: null, category: 'bank', aliases: ['Forte Bank', 'ForteBank app', 'Forte app'] },
  // major Kazakh bank (BCC); outages reported. Latin 'BCC' is also e-mail blind copy, hence case-sensitive
  { name: 'Bank CenterCredit', company: null, category: 'bank', aliases: ['CenterCredit', 'BCC.kz', 'Bank CenterCredit app'], caseSensitiveAliases: ['BCC'] },
  // Almaty (and other Kazakh cities') transit e-ticket card/app; payment/validator failures reported. Bare Latin '
  { name: 'Onay card', company: 'Onay', category: 'transport', aliases: ['Onay transport card', 'Onay Almaty'] },
  // Kyrgyzstan's state fixed-line/internet operator; outages reported
  { name: 'Kyrgyztelecom', company: null, category: 'telecom', aliases: ['Kyrgyz Telecom', 'Kyrgyztelekom'] },
  // large Belarusian bank (Raiffeisen group); app/card outages reported by Belarus press
  { name: 'Priorbank', company: 'Raiffeisen Bank International', category: 'bank', aliases: ['Priorbank Belarus'] },
  // Russian exchange for foreign stocks; trading halts/technical failures (incl. Nov 2023 halt) reported
  { name: 'SPB Exchange', company: null, category: 'exchange', aliases: ['St. Petersburg Exchange', 'Saint Petersburg Exchange', 'SPB Birzha'] },
  // BNP Paribas's Turkish bank; mobile-banking outages reported
  { name: 'Türk Ekonomi Bankası', company: 'BNP Paribas', category: 'bank', aliases: ['Turk Ekonomi Bankasi', 'TEB Mobil', 'CEPTETEB', 'TEB Bank'], caseSensitiveAliases: ['TEB'] },
  // Turkish commercial bank with rural/SME focus; internet-banking outages reported
  { name: 'Şekerbank', company: null, category: 'bank', aliases: ['Sekerbank', 'Şekerbank Mobil'] },
  // Turkish participation (Islamic) bank; system outages reported
  { name: 'Albaraka Türk', company: null, category: 'bank', aliases: ['Albaraka Turk', 'Albaraka Türk Katılım Bankası', 'Albaraka Mobil'] },
  // Turkish participation bank (NCB/SNB group); outages reported
  { name: 'Türkiye Finans', company: null, category: 'bank', aliases: ['Turkiye Finans', 'Türkiye Finans Katılım Bankası', 'Türkiye Finans Mobil'] },
  // Turkey's 24/7 instant interbank transfer system (TCMB, since 2021); disruptions to FAST transfers reported. Ba
  { name: 'FAST Instant Payment System', company: 'Central Bank of the Republic of Türkiye', category: 'payments', aliases: ['Fonların Anlık ve Sürekli Transferi', 'Fonlarin Anlik ve Surekli Transferi', 'FAST sistemi', 'FAST ödeme sistemi'] },
  // Turkey's interbank card switch and BKM Express wallet; card/POS disruptions traced to it reported
  { name: 'BKM', company: 'Interbank Card Center', category: 'payments', aliases: ['Bankalararası Kart Merkezi', 'Bankalararasi Kart Merkezi', 'BKM Express', 'Interbank Card Center'], caseSensitiveAliases: ['BKM'] },
  // Turkish satellite-TV platform and ISP; outages reported
  { name: 'D-Smart', company: 'Doğan Group', category: 'isp', aliases: ['D-Smart İnternet', 'D-Smart Internet', 'DSmart', 'D-Smart GO'] },
  // Türk Telekom's IPTV/streaming service; outages during football broadcasts reported
  { name: 'Tivibu', company: 'Türk Telekom', category: 'streaming', aliases: ['Tivibu GO', 'Tivibu Ev'] },
  // beIN's Turkish streaming platform carrying the Süper Lig; outages during derbies reported. 'Tod' is German 'de
  { name: 'TOD', company: 'beIN Media Group', category: 'streaming', aliases: ['TOD TV', 'TOD by beIN', 'beIN TOD'], caseSensitiveAliases: ['TOD'] },
  // Turkey's social-security institution; e-Bildirge and online-service failures at declaration deadlines reported
  { name: 'Sosyal Güvenlik Kurumu', company: null, category: 'government', aliases: ['Sosyal Guvenlik Kurumu', 'SGK e-Bildirge', 'SGK e-Hizmetler', 'Social Security Institution of Turkey'], caseSensitiveAliases: ['SGK'] },
  // Turkish education ministry's staff system (teacher appointments, transfers); crashes at application deadlines 
  { name: 'MEBBİS', company: 'Turkish Ministry of National Education', category: 'government', aliases: ['MEBBIS', 'MEB Bilişim Sistemleri', 'MEB Bilisim Sistemleri'] },
  // Turkish employment agency; online applications for job programmes (e.g. İŞKUR Gençlik Programı) crashing repor
  { name: 'İŞKUR', company: null, category: 'government', aliases: ['ISKUR', 'Türkiye İş Kurumu', 'Turkiye Is Kurumu', 'İŞKUR Gençlik Programı', 'e-Şube İŞKUR'] },
  // Turkish post with banking, pension payouts and marketplace; system failures reported. 'PTT' also Thai energy g
  { name: 'PTT', company: 'PTT', category: 'other', aliases: ['Posta ve Telgraf Teşkilatı', 'Posta ve Telgraf Teskilati', 'PttAVM', 'PTT Kargo', 'PttBank'], caseSensitiveAliases: ['PTT'] },
  // Turkey's COVID-19 app and HES code used for travel/entry checks; outages reported 2020-21
  { name: 'Hayat Eve Sığar', company: 'Turkish Ministry of Health', category: 'government', aliases: ['Hayat Eve Sigar', 'HES kodu', 'HES code', 'Hayat Eve Sığar app'] },
  // Turkish low-cost airline; booking/check-in system outages reported. 'Pegasus' also spyware/myth, hence case-se
  { name: 'Pegasus Airlines', company: null, category: 'airline', aliases: ['Pegasus Hava Yolları', 'Pegasus Hava Yollari', 'flypgs', 'flypgs.com'], caseSensitiveAliases: ['Pegasus'] },
  // Turkish state rail operator; e-ticket site crashes at holiday/YHT ticket sales reported
  { name: 'TCDD Taşımacılık', company: 'TCDD', category: 'transport', aliases: ['TCDD Tasimacilik', 'TCDD e-bilet', 'TCDD bilet', 'YHT bilet'], caseSensitiveAliases: ['TCDD'] },
  // Turkey's largest classifieds marketplace; outages reported. Bare lowercase 'sahibinden' is ordinary Turkish ('
  { name: 'sahibinden.com', company: null, category: 'ecommerce', aliases: ['sahibinden.com app'], caseSensitiveAliases: ['Sahibinden'] },
  // Northern Cyprus's state fixed-line/internet operator; island-wide internet outages reported by Cypriot-Turkish
  { name: 'KKTC Telekomünikasyon Dairesi', company: null, category: 'telecom', aliases: ['KKTC Telekomunikasyon Dairesi', 'Telekomünikasyon Dairesi', 'KKTC Telekom'] },
  // Northern Cyprus mobile operator (Vodafone-owned, Telsim brand); network outages reported. Also the pre-2006 Tu
  { name: 'Telsim', company: 'Vodafone', category: 'telecom', aliases: ['Vodafone Telsim', 'Kuzey Kıbrıs Telsim', 'KKTC Telsim'] },
  // Saudi commercial bank; app outages reported
  { name: 'Banque Saudi Fransi', company: null, category: 'bank', aliases: ['Saudi Fransi', 'BSF Mobile'], caseSensitiveAliases: ['BSF'] },
  // Saudi bank; app/online outages reported
  { name: 'Arab National Bank', company: null, category: 'bank', aliases: ['Arab National Bank app', 'ANB Mobile'], caseSensitiveAliases: ['ANB'] },
  // Saudi bank (ex-SABB, HSBC affiliate, merged with Alawwal); app outages reported. Bare ساب could read as SAP, l
  { name: 'Saudi Awwal Bank', company: null, category: 'bank', aliases: ['SABB', 'Saudi British Bank', 'SAB Mobile', 'Saudi Awwal Bank app'], caseSensitiveAliases: ['SAB'] },
  // Saudi Islamic bank; bare البلاد ('the country') left out
  { name: 'Bank Albilad', company: null, category: 'bank', aliases: ['Albilad Bank', 'Albilad app'] },
  // Saudi bank; bare الجزيرة (Al Jazeera TV, 'the island') left out
  { name: 'Bank AlJazira', company: null, category: 'bank', aliases: ['AlJazira Bank'] },
  // Saudi labour-services platform (work permits, contracts); outages reported. Bare قوى ('forces') left out
  { name: 'Qiwa', company: 'Saudi Ministry of Human Resources', category: 'government', aliases: ['Qiwa platform', 'qiwa.sa'] },
  // Saudi e-justice portal; outages reported. Bare ناجز ('accomplished') left out
  { name: 'Najiz', company: 'Saudi Ministry of Justice', category: 'government', aliases: ['Najiz portal', 'najiz.sa'] },
  // Saudi school-management system (results, enrolment); crashes at results time reported. Bare نور ('light') left
  { name: 'Noor Education System', company: 'Saudi Ministry of Education', category: 'government', aliases: ['Noor system', 'Noor portal'] },
  // Saudi tax/customs authority's e-filing and Fatoora e-invoicing portal; outages near filing deadlines reported
  { name: 'ZATCA', company: null, category: 'government', aliases: ['Zakat, Tax and Customs Authority', 'ZATCA portal', 'Fatoora'] },
  // Saudi social-insurance agency's portal/app; outages reported. Bare التأمينات الاجتماعية (any country's social 
  { name: 'GOSI', company: null, category: 'government', aliases: ['General Organization for Social Insurance', 'GOSI online', 'Taminaty'] },
  // Saudi on-demand delivery app; bare مرسول ('messenger') left out
  { name: 'Mrsool', company: null, category: 'ecommerce', aliases: ['Mrsool app', 'Marsool'] },
  // largest UAE Islamic bank; app outages reported
  { name: 'Dubai Islamic Bank', company: null, category: 'bank', aliases: ['Dubai Islamic Bank app', 'DIB app'], caseSensitiveAliases: ['DIB'] },
  // Dubai's transit smart card (metro, bus); top-up/app outages reported
  { name: 'Nol card', company: 'Roads and Transport Authority', category: 'transport', aliases: ['Nol Pay', 'nol travel card'], caseSensitiveAliases: ['Nol'] },
  // Kuwaiti Islamic bank (NBK group); app outages reported
  { name: 'Boubyan Bank', company: null, category: 'bank', aliases: ['Boubyan', 'Boubyan app'] },
  // Qatar's interior-ministry services app; outages reported
  { name: 'Metrash2', company: 'Qatar Ministry of Interior', category: 'government', aliases: ['Metrash', 'Metrash 2', 'Metrash2 app'] },
  // Qatar's largest Islamic bank; app outages reported
  { name: 'Qatar Islamic Bank', company: null, category: 'bank', aliases: ['QIB Mobile', 'Qatar Islamic Bank app'], caseSensitiveAliases: ['QIB'] },
  // Egypt's postal service, pays pensions and runs savings accounts; system outages at pension time reported
  { name: 'Egypt Post', company: null, category: 'other', aliases: ['Egyptian Post', 'Egyptian National Post Organization'] },
  // Egypt's national debit/prepaid card scheme (salaries, government payments); bare ميزة ('feature') left out
  { name: 'Meeza', company: 'Central Bank of Egypt', category: 'payments', aliases: ['Meeza card', 'Meeza Digital'] },
  // Egypt's university-admissions (coordination) site; crashes during Thanaweya Amma placement reported each summe
  { name: 'Tansik', company: 'Egyptian Ministry of Higher Education', category: 'government', aliases: ['Tansik portal', 'tansik.digital.gov.eg'] },
  // Egypt's smart ration-card/subsidised-bread system; outages halting bread distribution often reported
  { name: 'Tamween system', company: 'Egyptian Ministry of Supply', category: 'government', aliases: ['Tamween', 'Egypt ration card system'] },
  // Jordan's instant-payment system (Central Bank of Jordan / JoPACC); outages reported. Bare كليك ('click') left 
  { name: 'CliQ', company: 'JoPACC', category: 'payments', aliases: ['CliQ Jordan', 'CliQ instant payments'], caseSensitiveAliases: ['CliQ'] },
  // Jordan-based pan-Arab bank; app outages reported. Note: 'البنك العربي' is a prefix of 'البنك العربي الوطني' (A
  { name: 'Arab Bank', company: null, category: 'bank', aliases: ['Arab Bank Jordan', 'Arabi Mobile', 'Arab Bank app'] },
  // Iraq's (and Jordan's) Zain mobile wallet, used for salaries; outages reported
  { name: 'ZainCash', company: 'Zain', category: 'payments', aliases: ['Zain Cash', 'ZainCash Iraq'] },
  // Iraqi state bank paying state salaries; system outages reported. Bare الرشيد (name) left out
  { name: 'Rasheed Bank', company: null, category: 'bank', aliases: ['Al-Rasheed Bank', 'Al Rasheed Bank', 'Rasheed Bank Iraq'] },
  // Iraq's national e-government portal; outages reported
  { name: 'Ur Portal', company: 'Iraqi Council of Ministers', category: 'government', aliases: ['Ur e-government portal', 'ur.gov.iq'] },
  // largest Palestinian bank; app/network outages reported (incl. Gaza war)
  { name: 'Bank of Palestine', company: null, category: 'bank', aliases: ['BOP Palestine', 'Bank of Palestine app'] },
  // Morocco's Banque Populaire group; outages reported. Bare 'Banque Populaire' left out (alias of French Caisse d
  { name: 'Banque Centrale Populaire', company: null, category: 'bank', aliases: ['Groupe Banque Centrale Populaire', 'Banque Populaire du Maroc', 'Chaabi Net'] },
  // Yemen's state-majority mobile operator; network outages during fighting reported
  { name: 'Yemen Mobile', company: 'Public Telecommunication Corporation', category: 'telecom', aliases: ['YemenMobile'] },
];
