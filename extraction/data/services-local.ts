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
  // ── a third round, in the tenth session: whole families (every regional bank of Japan, the JR group
  //    and private railways, Chinese city banks, CIS operators, Arab banks country by country, Indonesian
  //    regional development banks, European and Latin American public portals), from helpers' lists
  //    written from their own knowledge, blind to the evaluation set ──
  // member of the Regional Banks Association of Japan (地方銀行協会); Sapporo; HD ほくほくFG; on the shared MEJAR core syste
  { name: 'Hokkaido Bank', company: 'Hokuhoku Financial Group', category: 'bank', aliases: ['The Hokkaido Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Aomori Bank and Michinoku Bank merged 1 Jan 2025 u
  { name: 'Aomori Michinoku Bank', company: 'Procrea Holdings', category: 'bank', aliases: ['Aomori Bank', 'Michinoku Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Akita prefecture
  { name: 'Akita Bank', company: null, category: 'bank', aliases: ['The Akita Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Akita; HD フィデアHD
  { name: 'Hokuto Bank', company: 'Fidea Holdings', category: 'bank', aliases: ['The Hokuto Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Yamagata (Tsuruoka); HD フィデアHD
  { name: 'Shonai Bank', company: 'Fidea Holdings', category: 'bank', aliases: ['The Shonai Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Yamagata prefecture
  { name: 'Yamagata Bank', company: null, category: 'bank', aliases: ['The Yamagata Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Morioka
  { name: 'Bank of Iwate', company: null, category: 'bank', aliases: ['Iwate Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Morioka, Iwate
  { name: 'Tohoku Bank', company: null, category: 'bank', aliases: ['The Tohoku Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Fukushima; joined the MEJAR shared system; (moved 
  { name: 'Toho Bank', company: null, category: 'bank', aliases: ['The Toho Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Ibaraki
  { name: 'Tsukuba Bank', company: null, category: 'bank', aliases: ['The Tsukuba Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Saitama; Chiba-Musashino alliance
  { name: 'Musashino Bank', company: null, category: 'bank', aliases: ['The Musashino Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Chiba
  { name: 'Chiba Kogyo Bank', company: null, category: 'bank', aliases: ['The Chiba Kogyo Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Tokyo (ex-Tokyo Tomin/Yachiyo banks); HD 東京きらぼしFG;
  { name: 'Kiraboshi Bank', company: 'Tokyo Kiraboshi Financial Group', category: 'bank', aliases: ['Tokyo Kiraboshi Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Niigata; Daishi and Hokuetsu banks merged Jan 2021
  { name: 'Daishi Hokuetsu Bank', company: 'Daishi Hokuetsu Financial Group', category: 'bank', aliases: ['Daishi Bank', 'Hokuetsu Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kofu, Yamanashi
  { name: 'Yamanashi Chuo Bank', company: null, category: 'bank', aliases: ['The Yamanashi Chuo Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Nagano; parent of Nagano Bank (merger planned)
  { name: 'Hachijuni Bank', company: null, category: 'bank', aliases: ['The Hachijuni Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Toyama; HD ほくほくFG; MEJAR shared-system member
  { name: 'Hokuriku Bank', company: 'Hokuhoku Financial Group', category: 'bank', aliases: ['The Hokuriku Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Takaoka, Toyama
  { name: 'Toyama Bank', company: null, category: 'bank', aliases: ['The Toyama Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kanazawa; HD 北國FHD; first Japanese bank to run its
  { name: 'Hokkoku Bank', company: 'Hokkoku Financial Holdings', category: 'bank', aliases: ['The Hokkoku Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Fukui; parent of Fukuho Bank
  { name: 'Fukui Bank', company: null, category: 'bank', aliases: ['The Fukui Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Numazu, Shizuoka; bare スルガ (place name) left out
  { name: 'Suruga Bank', company: null, category: 'bank', aliases: ['The Suruga Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Shizuoka
  { name: 'Shimizu Bank', company: null, category: 'bank', aliases: ['The Shimizu Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Gifu; bare OKB left out (OKX crypto token)
  { name: 'Ogaki Kyoritsu Bank', company: null, category: 'bank', aliases: ['OKB Bank', 'The Ogaki Kyoritsu Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Mie; Mie Bank and Daisan Bank merged May 2021; HD 
  { name: 'San ju San Bank', company: 'Sanjusan Financial Group', category: 'bank', aliases: ['Sanjusan Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Tsu, Mie
  { name: 'Hyakugo Bank', company: null, category: 'bank', aliases: ['The Hyakugo Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Otsu, Shiga
  { name: 'Shiga Bank', company: null, category: 'bank', aliases: ['The Shiga Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kyoto; HD 京都FG (2023)
  { name: 'Bank of Kyoto', company: 'Kyoto Financial Group', category: 'bank', aliases: ['Kyoto Bank', 'The Bank of Kyoto'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Osaka, Resona group; among the banks whose transfe
  { name: 'Kansai Mirai Bank', company: 'Resona Holdings', category: 'bank', aliases: ['Kansai Mirai'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Osaka; HD 池田泉州HD
  { name: 'Senshu Ikeda Bank', company: 'Senshu Ikeda Holdings', category: 'bank', aliases: ['Ikeda Senshu Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Wakayama
  { name: 'Kiyo Bank', company: null, category: 'bank', aliases: ['The Kiyo Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Toyooka, Hyogo
  { name: 'Tajima Bank', company: null, category: 'bank', aliases: ['The Tajima Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Tottori
  { name: 'Tottori Bank', company: null, category: 'bank', aliases: ['The Tottori Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Okayama; HD ちゅうぎんFG. DOUBT: its name 中国銀行 is also 
  { name: 'Chugoku Bank', company: 'Chugin Financial Group', category: 'bank', aliases: ['The Chugoku Bank', 'Chugin'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Tokushima
  { name: 'Awa Bank', company: null, category: 'bank', aliases: ['The Awa Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kochi
  { name: 'Shikoku Bank', company: null, category: 'bank', aliases: ['The Shikoku Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kurume, Fukuoka
  { name: 'Chikuho Bank', company: null, category: 'bank', aliases: ['The Chikuho Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Saga
  { name: 'Bank of Saga', company: null, category: 'bank', aliases: ['Saga Bank', 'The Bank of Saga'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Nagasaki; Eighteenth and Shinwa banks merged Oct 2
  { name: 'Juhachi-Shinwa Bank', company: 'Fukuoka Financial Group', category: 'bank', aliases: ['Juhachi Shinwa Bank', 'Eighteenth Bank', 'Shinwa Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kumamoto; HD 九州FG
  { name: 'Higo Bank', company: 'Kyushu Financial Group', category: 'bank', aliases: ['The Higo Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Oita
  { name: 'Oita Bank', company: null, category: 'bank', aliases: ['The Oita Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Miyazaki
  { name: 'Miyazaki Bank', company: null, category: 'bank', aliases: ['The Miyazaki Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Kagoshima; HD 九州FG
  { name: 'Kagoshima Bank', company: 'Kyushu Financial Group', category: 'bank', aliases: ['The Kagoshima Bank'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Naha, Okinawa
  { name: 'Bank of the Ryukyus', company: null, category: 'bank', aliases: ['Ryukyu Bank', 'Ryugin'] },
  // member of the Regional Banks Association of Japan (地方銀行協会); Naha; HD おきなわFG
  { name: 'Bank of Okinawa', company: 'Okinawa Financial Group', category: 'bank', aliases: ['Okinawa Bank', 'The Bank of Okinawa'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Sapporo, largest second-tier bank
  { name: 'North Pacific Bank', company: null, category: 'bank', aliases: ['Hokuyo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Yamagata; HD じもとHD
  { name: 'Kirayaka Bank', company: 'Jimoto Holdings', category: 'bank', aliases: ['The Kirayaka Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Morioka, Iwate
  { name: 'Kita-Nippon Bank', company: null, category: 'bank', aliases: ['Kita Nippon Bank', 'The Kita-Nippon Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Miyagi; HD じもとHD
  { name: 'Sendai Bank', company: 'Jimoto Holdings', category: 'bank', aliases: ['The Sendai Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Fukushima; SBI regional alliance
  { name: 'Fukushima Bank', company: null, category: 'bank', aliases: ['The Fukushima Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Koriyama, Fukushima
  { name: 'Daito Bank', company: null, category: 'bank', aliases: ['The Daito Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Maebashi, Gunma
  { name: 'Towa Bank', company: null, category: 'bank', aliases: ['The Towa Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Utsunomiya, Tochigi
  { name: 'Tochigi Bank', company: null, category: 'bank', aliases: ['The Tochigi Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Chiba
  { name: 'Keiyo Bank', company: null, category: 'bank', aliases: ['The Keiyo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Tokyo; HD コンコルディアFG
  { name: 'Higashi-Nippon Bank', company: 'Concordia Financial Group', category: 'bank', aliases: ['Higashi Nippon Bank', 'The Higashi-Nippon Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Tokyo; owned by Taiwan's CTBC
  { name: 'Tokyo Star Bank', company: 'CTBC Financial Holding', category: 'bank', aliases: ['The Tokyo Star Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Yokohama; HD コンコルディアFG since 2023 (merger with 
  { name: 'Kanagawa Bank', company: 'Concordia Financial Group', category: 'bank', aliases: ['The Kanagawa Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Nagaoka, Niigata
  { name: 'Taiko Bank', company: null, category: 'bank', aliases: ['The Taiko Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Matsumoto; subsidiary of Hachijuni Bank since 2
  { name: 'Nagano Bank', company: 'Hachijuni Bank', category: 'bank', aliases: ['The Nagano Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Toyama. (contains 第一銀行, Taiwan's First Bank, on
  { name: 'First Bank of Toyama', company: null, category: 'bank', aliases: ['Toyama Daiichi Bank', 'The First Bank of Toyama'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Fukui; subsidiary of Fukui Bank, merger planned
  { name: 'Fukuho Bank', company: 'Fukui Bank', category: 'bank', aliases: ['The Fukuho Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Numazu, Shizuoka
  { name: 'Shizuoka Chuo Bank', company: null, category: 'bank', aliases: ['The Shizuoka Chuo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Nagoya; Aichi Bank and Chukyo Bank merged Jan 2
  { name: 'Aichi Bank', company: 'Aichi Financial Group', category: 'bank', aliases: ['The Aichi Bank', 'Chukyo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Nagoya
  { name: 'Bank of Nagoya', company: null, category: 'bank', aliases: ['Nagoya Bank', 'The Bank of Nagoya'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Kobe, Resona group
  { name: 'Minato Bank', company: 'Resona Holdings', category: 'bank', aliases: ['The Minato Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Matsue; SBI regional alliance
  { name: 'Shimane Bank', company: null, category: 'bank', aliases: ['The Shimane Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Okayama
  { name: 'Tomato Bank', company: null, category: 'bank', aliases: ['The Tomato Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Shunan, Yamaguchi
  { name: 'Saikyo Bank', company: null, category: 'bank', aliases: ['The Saikyo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Tokushima Bank absorbed Taisho Bank Jan 2020 (o
  { name: 'Tokushima Taisho Bank', company: 'Tomony Holdings', category: 'bank', aliases: ['Tokushima Bank', 'Taisho Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Takamatsu; HD トモニHD
  { name: 'Kagawa Bank', company: 'Tomony Holdings', category: 'bank', aliases: ['The Kagawa Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Matsuyama
  { name: 'Ehime Bank', company: null, category: 'bank', aliases: ['The Ehime Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Kochi
  { name: 'Kochi Bank', company: null, category: 'bank', aliases: ['The Kochi Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Fukuoka
  { name: 'Fukuoka Chuo Bank', company: null, category: 'bank', aliases: ['The Fukuoka Chuo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Saga
  { name: 'Saga Kyoei Bank', company: null, category: 'bank', aliases: ['The Saga Kyoei Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Nagasaki; HD 西日本FH
  { name: 'Nagasaki Bank', company: 'Nishi-Nippon Financial Holdings', category: 'bank', aliases: ['The Nagasaki Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Kumamoto; HD ふくおかFG
  { name: 'Kumamoto Bank', company: 'Fukuoka Financial Group', category: 'bank', aliases: ['The Kumamoto Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Oita
  { name: 'Howa Bank', company: null, category: 'bank', aliases: ['The Howa Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Miyazaki
  { name: 'Miyazaki Taiyo Bank', company: null, category: 'bank', aliases: ['The Miyazaki Taiyo Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Kagoshima
  { name: 'Minami-Nippon Bank', company: null, category: 'bank', aliases: ['Minami Nippon Bank', 'The Minami-Nippon Bank'] },
  // member of the Second Association of Regional Banks (第二地方銀行協会); Naha
  { name: 'Okinawa Kaiho Bank', company: null, category: 'bank', aliases: ['The Okinawa Kaiho Bank'] },
  // internet bank (GMO/Aozora); app and transfer outages reported (from memory)
  { name: 'GMO Aozora Net Bank', company: 'GMO Internet Group', category: 'bank', aliases: ['GMO Aozora'] },
  // bank of the Aeon retail group, ATMs in its malls; system faults reported (from memory)
  { name: 'Aeon Bank', company: 'Aeon Financial Service', category: 'bank', aliases: [] },
  // large commercial bank (SBI group since 2021); ATM/online outages reported (from memory)
  { name: 'SBI Shinsei Bank', company: 'SBI Holdings', category: 'bank', aliases: ['Shinsei Bank'] },
  // Kyushu Railway Company; trains and JR Kyushu Internet Train Reservation
  { name: 'JR Kyushu', company: null, category: 'transport', aliases: ['Kyushu Railway', 'Kyushu Railway Company'] },
  // Hokkaido Railway Company (Kitaca)
  { name: 'JR Hokkaido', company: null, category: 'transport', aliases: ['Hokkaido Railway Company'] },
  // Shikoku Railway Company
  { name: 'JR Shikoku', company: null, category: 'transport', aliases: ['Shikoku Railway Company'] },
  // major private railway (Tokyo/Kanagawa); bare 東急/Tokyu left out (department stores, Hands, real estate)
  { name: 'Tokyu Railways', company: 'Tokyu Corporation', category: 'transport', aliases: ['Tokyu Line', 'Tokyu Toyoko Line', 'Tokyu Den-en-toshi Line'] },
  // major private railway (Tokyo-Hakone); bare 小田急 left out (department store)
  { name: 'Odakyu Electric Railway', company: null, category: 'transport', aliases: ['Odakyu Line', 'Odakyu Railway'] },
  // major private railway (western Tokyo); bare Keio is the university, left out
  { name: 'Keio Electric Railway', company: 'Keio Corporation', category: 'transport', aliases: ['Keio Line', 'Keio Inokashira Line', 'Keio Railway'] },
  // major private railway (Tokyo/Saitama); bare 西武 left out (Lions, department store)
  { name: 'Seibu Railway', company: 'Seibu Holdings', category: 'transport', aliases: ['Seibu Line', 'Seibu Ikebukuro Line', 'Seibu Shinjuku Line'] },
  // major private railway (Tokyo/Saitama/Tochigi/Gunma)
  { name: 'Tobu Railway', company: null, category: 'transport', aliases: ['Tobu Line', 'Tobu Tojo Line', 'Tobu Skytree Line'] },
  // major private railway (Tokyo-Yokohama-Haneda)
  { name: 'Keikyu', company: null, category: 'transport', aliases: ['Keikyu Corporation', 'Keikyu Line', 'Keihin Electric Express Railway'] },
  // major private railway (Tokyo-Narita Airport)
  { name: 'Keisei Electric Railway', company: null, category: 'transport', aliases: ['Keisei', 'Keisei Line', 'Keisei Skyliner'] },
  // major private railway (Yokohama); bare 相鉄 left out (Sotetsu Rosen supermarkets)
  { name: 'Sagami Railway', company: 'Sotetsu Holdings', category: 'transport', aliases: ['Sotetsu', 'Sotetsu Line'] },
  // major private railway (Osaka-Kobe-Kyoto); bare 阪急 left out (department store)
  { name: 'Hankyu Railway', company: 'Hankyu Hanshin Holdings', category: 'transport', aliases: ['Hankyu Line', 'Hankyu Corporation'] },
  // major private railway (Osaka-Kobe); bare 阪神 (region, Tigers) left out
  { name: 'Hanshin Electric Railway', company: 'Hankyu Hanshin Holdings', category: 'transport', aliases: ['Hanshin Railway', 'Hanshin Line'] },
  // major private railway (Osaka-Kyoto); bare 京阪 starts 京阪神, left out
  { name: 'Keihan Electric Railway', company: 'Keihan Holdings', category: 'transport', aliases: ['Keihan Railway', 'Keihan Line'] },
  // major private railway (largest private network: Osaka/Nara/Kyoto/Mie/Nagoya); bare 近鉄/Kintetsu left out (depar
  { name: 'Kintetsu Railway', company: 'Kintetsu Group Holdings', category: 'transport', aliases: ['Kinki Nippon Railway', 'Kintetsu Line'] },
  // major private railway (Osaka-Kansai Airport-Wakayama); bare 南海 starts 南海トラフ, left out
  { name: 'Nankai Electric Railway', company: null, category: 'transport', aliases: ['Nankai Railway', 'Nankai Line'] },
  // major private railway (Aichi/Gifu); bare 名鉄 left out (department store, buses)
  { name: 'Nagoya Railroad', company: null, category: 'transport', aliases: ['Meitetsu', 'Meitetsu Line', 'Nagoya Railway'] },
  // major private railway (Fukuoka; also nimoca card)
  { name: 'Nishi-Nippon Railroad', company: null, category: 'transport', aliases: ['Nishitetsu', 'Nishi Nippon Railroad', 'Nishitetsu Line'] },
  // operator of 9 Tokyo subway lines. DOUBT: 東京メトロ also starts 東京メトロポリタン(テレビジョン/ホテル), rare; kept
  { name: 'Tokyo Metro', company: null, category: 'transport', aliases: ['Tokyo Metro subway'] },
  // Tokyo's metropolitan-government subway (4 lines)
  { name: 'Toei Subway', company: 'Tokyo Metropolitan Bureau of Transportation', category: 'transport', aliases: ['Toei subway lines', 'Toei Oedo Line', 'Toei Asakusa Line', 'Toei Mita Line', 'Toei Shinjuku Line'] },
  // Osaka subway operator; the Chuo Line stopped on the evening of 13 Aug 2025 (power fault), stranding Expo 2025 
  { name: 'Osaka Metro', company: null, category: 'transport', aliases: ['Osaka Municipal Subway', 'Osaka Metro subway'] },
  // Japan's third-largest airline; booking/check-in system faults reported (from memory)
  { name: 'Skymark Airlines', company: null, category: 'airline', aliases: ['Skymark'] },
  // ANA-group LCC, written "Peach" in Latin by the Japanese press; booking/check-in system faults reported (from m
  { name: 'Peach Aviation', company: 'ANA Holdings', category: 'airline', aliases: ['flypeach'], caseSensitiveAliases: ['Peach'] },
  // KDDI's main mobile brand; the 2-4 July 2022 KDDI outage (~61 h, ~39M lines) was reported as "au" (incidents.ts
  { name: 'au', company: 'KDDI', category: 'telecom', aliases: [], withCompanyOnly: ['au'] },
  // KDDI's online-only brand; down in the July 2022 KDDI outage (incidents.ts names it 'povo'). DOUBT: "povo" is P
  { name: 'povo', company: 'KDDI', category: 'telecom', aliases: ['povo2.0', 'povo 2.0'], withCompanyOnly: ['povo'] },
  // major MVNO (IIJ) on Docomo/KDDI networks; affected by host-network failures such as Docomo Oct 2021
  { name: 'IIJmio', company: 'Internet Initiative Japan', category: 'telecom', aliases: ['IIJmio mobile'] },
  // office-supplies e-commerce and logistics; ransomware from 19 Oct 2025 stopped orders and shipping (also for Mu
  { name: 'ASKUL', company: null, category: 'ecommerce', aliases: ['Askul Corporation'] },
  // ASKUL's consumer online shop; halted with ASKUL in the Oct 2025 ransomware attack
  { name: 'LOHACO', company: 'ASKUL', category: 'ecommerce', aliases: [] },
  // no McDonald's entry exists, so a service entry: its 15 Mar 2024 global system outage closed tills and the app 
  { name: 'McDonald\'s', company: null, category: 'other', aliases: ['McDonalds', 'McDonald\'s app', 'McDonald\'s Japan', 'McDonald\'s Mobile Order'] },
  // Japan's largest ticketing site; overload and system faults at popular ticket sales reported. Bare ぴあ (also Pia
  { name: 'Ticket Pia', company: 'Pia Corporation', category: 'ecommerce', aliases: ['t.pia.jp'] },
  // major Japanese ticketing site; overloads at big ticket sales reported. "E-Plus" (German mobile operator) not u
  { name: 'eplus', company: null, category: 'ecommerce', aliases: ['eplus.jp'], caseSensitiveAliases: ['e+'] },
  // Lawson's ticketing site; overloads at big ticket sales reported
  { name: 'Lawson Ticket', company: 'Lawson', category: 'ecommerce', aliases: ['l-tike', 'Lawson Entertainment'] },
  // Credito Emiliano, Reggio Emilia bank group; online-banking/app outages reported by Italian press
  { name: 'Credem', company: null, category: 'bank', aliases: ['Credito Emiliano', 'Credem Banca', 'app Credem'] },
  // Italian retail bank (Mediolanum group); app/home-banking outages reported
  { name: 'Banca Mediolanum', company: null, category: 'bank', aliases: ['Mediolanum', 'app Banca Mediolanum'] },
  // BNL, BNP Paribas's Italian bank; app and card outages reported; bare BNL case-sensitive
  { name: 'Banca Nazionale del Lavoro', company: 'BNP Paribas', category: 'bank', aliases: ['BNL BNP Paribas', 'BNL Gruppo BNP Paribas', 'app BNL'], caseSensitiveAliases: ['BNL'] },
  // Italian arm of Crédit Agricole (ex-Cariparma); app/online-banking outages reported, e.g. during IT migrations
  { name: 'Crédit Agricole Italia', company: 'Crédit Agricole', category: 'bank', aliases: ['Credit Agricole Italia', 'Crédit Agricole Cariparma', 'Cariparma'] },
  // ING's Italian retail bank (Conto Arancio); app outages reported
  { name: 'ING Italia', company: 'ING', category: 'bank', aliases: ['ING Direct Italia', 'Conto Arancio', 'ING Bank Italia'] },
  // Italian P2P/mobile payment scheme of the Bancomat circuit; bare 'bancomat' (= ATM) left out
  { name: 'Bancomat Pay', company: 'Bancomat S.p.A.', category: 'payments', aliases: ['BancomatPay'] },
  // Italy's domestic debit-card POS circuit; circuit-wide outages halt card payments
  { name: 'PagoBancomat', company: 'Bancomat S.p.A.', category: 'payments', aliases: ['Pago Bancomat', 'circuito PagoBancomat'] },
  // card acquirer/POS-terminal processor (Belgium, France, Italy, Switzerland); terminal outages repeatedly halted
  { name: 'Worldline', company: null, category: 'payments', aliases: ['Worldline Italia', 'Worldline Belgium', 'Worldline SA', 'terminali Worldline', 'terminaux Worldline'] },
  // Italy's national population register/certificate portal (ANPR); bare ANPR left out (English: number-plate reco
  { name: 'Anagrafe Nazionale della Popolazione Residente', company: 'Italian Ministry of the Interior', category: 'government', aliases: ['Anagrafe Nazionale Popolazione Residente', 'piattaforma ANPR', 'portale ANPR', 'Anagrafe nazionale ANPR'] },
  // Italian electronic ID card login (CIE) and its CieID app; bare CIE left out (Spanish CIE = detention centres)
  { name: 'CieID', company: 'Istituto Poligrafico e Zecca dello Stato', category: 'government', aliases: ['Carta d\'Identità Elettronica', 'Carta d\'Identita Elettronica', 'Carta di Identità Elettronica', 'app CieID', 'Entra con CIE'] },
  // Italy's private high-speed rail operator; booking/app outages reported; bare 'Italo' (first name) left out
  { name: 'Italo Treno', company: 'Italo NTV', category: 'transport', aliases: ['Italotreno', 'italotreno.it', 'Nuovo Trasporto Viaggiatori', 'NTV Italo', 'treni Italo', 'app Italo'] },
  // Milan public-transport operator; app/ticketing and metro signalling outages reported; ATM only with its qualif
  { name: 'ATM Milano', company: null, category: 'transport', aliases: ['Azienda Trasporti Milanesi', 'app ATM Milano'], caseSensitiveAliases: ['ATM Milano', 'ATM di Milano'] },
  // Rome public-transport operator; metro/ticketing outages reported
  { name: 'ATAC Roma', company: null, category: 'transport', aliases: ['Atac Roma Capitale', 'app Atac'], caseSensitiveAliases: ['ATAC', 'Atac'] },
  // Turin public-transport operator; ticketing/app outages reported; bare GTT exact-case (also GTT Communications,
  { name: 'GTT Torino', company: null, category: 'transport', aliases: ['Gruppo Torinese Trasporti', 'app GTT'], caseSensitiveAliases: ['GTT'] },
  // TIM's low-cost mobile brand; network outages reported with TIM's; bare 'Kena' (Indonesian 'hit') left out
  { name: 'Kena Mobile', company: 'TIM', category: 'telecom', aliases: [] },
  // WindTre's low-cost mobile brand; outages reported with WindTre's; exact-case since 'very mobile' is an English
  { name: 'Very Mobile', company: 'WindTre', category: 'telecom', aliases: [], caseSensitiveAliases: ['Very Mobile'] },
  // Italiaonline webmail; multi-day outage Jan 2023 widely reported; bare 'Libero' (word, newspaper) left out
  { name: 'Libero Mail', company: 'Italiaonline', category: 'email', aliases: ['Libero.it', 'Libero Mail Plus', 'mail di Libero'] },
  // Italiaonline webmail, down together with Libero Mail Jan 2023
  { name: 'Virgilio Mail', company: 'Italiaonline', category: 'email', aliases: ['Virgilio.it', 'mail di Virgilio'] },
  // largest Italian hosting/PEC provider; data-centre outages (2011 fire) and PEC outages reported; bare Aruba (is
  { name: 'Aruba.it', company: 'Aruba S.p.A.', category: 'hosting', aliases: ['Aruba S.p.A.', 'Aruba PEC', 'Aruba Cloud', 'Aruba hosting'] },
  // central bank/IT provider of Italy's cooperative BCC banks; outages hit many BCC apps at once
  { name: 'Iccrea Banca', company: 'Gruppo BCC Iccrea', category: 'bank', aliases: ['Gruppo BCC Iccrea', 'BCC Iccrea', 'Gruppo Iccrea'] },
  // MEF health-card/expenses system behind 730 precompilata and Green Pass; outages reported
  { name: 'Sistema Tessera Sanitaria', company: 'Ministry of Economy and Finance', category: 'government', aliases: ['Sistema TS', 'portale Sistema TS', 'sistemats.it', 'portale Tessera Sanitaria'] },
  // Italy's public-sector recruitment portal; crashes at application deadlines reported
  { name: 'inPA', company: 'Italian Department of Public Administration', category: 'government', aliases: ['portale inPA', 'inPA.gov.it', 'Portale del Reclutamento'], caseSensitiveAliases: ['inPA'] },
  // Italian fixed-wireless ISP; network outages reported
  { name: 'EOLO', company: null, category: 'isp', aliases: ['Eolo internet', 'EOLO S.p.A.', 'Eolo wireless'], caseSensitiveAliases: ['EOLO'] },
  // Italian SPID identity provider and PEC (Legalmail); login outages and 2024 data breach reported
  { name: 'InfoCert', company: 'Tinexta', category: 'security', aliases: ['InfoCert ID', 'Legalmail'] },
  // Lombardy's regional IT company running health/vaccine booking; 2021 booking-system failures; exact-case since 
  { name: 'ARIA Lombardia', company: 'Regione Lombardia', category: 'government', aliases: ['Aria S.p.A.', 'Aria Spa Lombardia'], caseSensitiveAliases: ['ARIA Lombardia', 'Aria Lombardia'] },
  // UniCredit's German bank; online-banking outages reported; bare HVB case-sensitive
  { name: 'HypoVereinsbank', company: 'UniCredit', category: 'bank', aliases: ['HVB Online Banking', 'UniCredit Bank GmbH', 'HypoVereinsbank app'], caseSensitiveAliases: ['HVB'] },
  // German (and Spanish) retail bank of Crédit Mutuel; online-banking outages reported
  { name: 'Targobank', company: 'Crédit Mutuel', category: 'bank', aliases: ['Targobank app', 'Targo Bank'] },
  // Swiss cooperative banking group; e-banking/TWINT outages reported
  { name: 'Raiffeisen Schweiz', company: null, category: 'bank', aliases: ['Raiffeisen Suisse', 'Raiffeisen Svizzera', 'Raiffeisenbanken Schweiz', 'Raiffeisen E-Banking Schweiz'] },
  // UniCredit's Austrian bank; online/mobile-banking outages reported
  { name: 'Bank Austria', company: 'UniCredit', category: 'bank', aliases: ['UniCredit Bank Austria', 'Bank Austria app', 'MobileBanking Bank Austria'] },
  // EPI's European wallet (Germany, France, Belgium), successor of Paylib/Payconiq; outages will be reported
  { name: 'Wero', company: 'European Payments Initiative', category: 'payments', aliases: ['Wero wallet', 'Wero app', 'Wero-App'] },
  // German card acquirer (Sparkassen/Worldline); terminal outages halt card payments
  { name: 'Payone', company: 'Worldline', category: 'payments', aliases: ['PAYONE GmbH', 'Payone-Terminals'] },
  // card-reader/payment provider for small merchants; outages reported in Germany, France, Italy
  { name: 'SumUp', company: null, category: 'payments', aliases: ['SumUp-Kartenleser', 'SumUp app'] },
  // German electronic court mailbox (sibling of beA); outages reported
  { name: 'EGVP', company: 'German judiciary', category: 'government', aliases: ['Elektronisches Gerichts- und Verwaltungspostfach', 'EGVP-Postfach'], caseSensitiveAliases: ['EGVP'] },
  // German federal employment agency; online-portal outages reported; bare 'Agentur für Arbeit' left out as generi
  { name: 'Bundesagentur für Arbeit', company: null, category: 'government', aliases: ['Bundesagentur fuer Arbeit', 'arbeitsagentur.de', 'Jobbörse der Arbeitsagentur'] },
  // Berlin transit operator; app/ticket-machine outages reported. Bare BVG case-sensitive (Swiss BVG = occupationa
  { name: 'Berliner Verkehrsbetriebe', company: null, category: 'transport', aliases: ['BVG-App', 'BVG Fahrinfo', 'BVG Berlin'], caseSensitiveAliases: ['BVG'] },
  // Munich transport association; app/ticket outages reported; bare MVV left out (MVV Energie)
  { name: 'Münchner Verkehrs- und Tarifverbund', company: null, category: 'transport', aliases: ['MVV-App', 'MVV München', 'Muenchner Verkehrs- und Tarifverbund'] },
  // Hamburg transport association; app/ticketing outages reported
  { name: 'HVV', company: null, category: 'transport', aliases: ['Hamburger Verkehrsverbund', 'HVV-App', 'hvv switch'], caseSensitiveAliases: ['HVV', 'hvv'] },
  // Vienna transit operator; app/ticketing outages reported
  { name: 'Wiener Linien', company: null, category: 'transport', aliases: ['WienMobil', 'WienMobil-App', 'Wiener Linien App'] },
  // Swiss public-transport card/login; outages affect ticketing
  { name: 'SwissPass', company: 'SBB', category: 'transport', aliases: ['SwissPass-App'] },
  // German eID app for online ID (BundID, ELSTER); failures reported
  { name: 'AusweisApp', company: 'German Federal Ministry of the Interior', category: 'government', aliases: ['AusweisApp2', 'AusweisApp Bund'] },
  // North Rhine-Westphalia's school platform; failures during school closures reported
  { name: 'LOGINEO NRW', company: 'Ministry of Schools NRW', category: 'government', aliases: ['Logineo NRW LMS', 'Logineo LMS'] },
  // Austria's national electronic health record; outages reported; exact-case (Elga a first name)
  { name: 'ELGA', company: 'ELGA GmbH', category: 'government', aliases: ['Elektronische Gesundheitsakte', 'ELGA-Portal'], caseSensitiveAliases: ['ELGA'] },
  // Austria's social-insurance card system in every surgery; 'e-card-System ausgefallen' outages reported; bare 'e
  { name: 'e-card System', company: 'Dachverband der Sozialversicherungsträger', category: 'government', aliases: ['e-card-System', 'e-card Österreich', 'e-card Austria'] },
  // Austrian employment service; eAMS portal outages reported; bare AMS left out
  { name: 'Arbeitsmarktservice', company: null, category: 'government', aliases: ['eAMS', 'eAMS-Konto', 'AMS Österreich', 'Arbeitsmarktservice Österreich'] },
  // Austrian mobile operator 'Drei'; outages reported; bare 'Drei' (German 'three') left out
  { name: 'Drei Austria', company: 'CK Hutchison', category: 'telecom', aliases: ['Hutchison Drei Austria', 'Drei Österreich', 'Drei.at'] },
  // third Swiss mobile operator; outages reported; bare 'Salt' left out
  { name: 'Salt Mobile', company: null, category: 'telecom', aliases: ['Salt Mobile SA', 'Salt Schweiz', 'Salt Suisse'] },
  // Telekom's German budget brand; outages reported with Telekom's
  { name: 'congstar', company: 'Deutsche Telekom', category: 'telecom', aliases: ['congstar Mobilfunk'] },
  // German MVNO/mail provider; outages reported
  { name: 'freenet', company: null, category: 'telecom', aliases: ['freenet AG', 'freenet Mobilfunk', 'freenet DSL', 'freenet Mail', 'freenet TV'] },
  // Telekom's (t-online.de) webmail, one of Germany's largest; outages reported
  { name: 'Telekom Mail', company: 'Deutsche Telekom', category: 'email', aliases: ['T-Online Mail', 'T-Online-Mail', 't-online.de Mail', 'Telekom E-Mail', 'Telekom Mail Center'] },
  // French online bank; app outages reported
  { name: 'Fortuneo', company: 'Crédit Mutuel Arkéa', category: 'bank', aliases: ['Fortuneo Banque'] },
  // Belgian retail bank; app outages reported; exact-case (Italian town)
  { name: 'Argenta', company: null, category: 'bank', aliases: ['Argenta Bank', 'Argenta Spaarbank', 'app Argenta'], caseSensitiveAliases: ['Argenta'] },
  // ING's Belgian bank; app/payment outages reported
  { name: 'ING Belgique', company: 'ING', category: 'bank', aliases: ['ING België', 'ING Belgium', 'ING Banking Belgium'] },
  // Belgium's largest bank; app/online outages reported; bare 'Fortis' left out
  { name: 'BNP Paribas Fortis', company: 'BNP Paribas', category: 'bank', aliases: ['BNP Fortis', 'Easy Banking App', 'Easy Banking Web'] },
  // French business neobank; outages reported
  { name: 'Qonto', company: null, category: 'bank', aliases: ['Qonto app'] },
  // Belgian (Flemish) school platform; overload outages reported
  { name: 'Smartschool', company: null, category: 'other', aliases: ['Smartschool app'] },
  // Belgian railways; ticketing/app and signalling IT outages reported
  { name: 'SNCB', company: null, category: 'transport', aliases: ['NMBS', 'SNCB/NMBS', 'NMBS/SNCB', 'app SNCB', 'app NMBS', 'Société nationale des chemins de fer belges'] },
  // Brussels public transport; ticketing outages reported
  { name: 'STIB', company: null, category: 'transport', aliases: ['MIVB', 'STIB-MIVB', 'STIB/MIVB'] },
  // Flemish bus/tram operator; app/ticketing outages reported; exact-case (Dutch 'the line')
  { name: 'De Lijn', company: null, category: 'transport', aliases: ['app De Lijn', 'De Lijn-app'], caseSensitiveAliases: ['De Lijn'] },
  // French school ENT platform; outages at 2020 lockdown and rentrée reported
  { name: 'Skolengo', company: 'Kosmos', category: 'other', aliases: ['ENT Skolengo', 'Kdecole'] },
  // Brittany's school ENT; outages reported
  { name: 'Toutatice', company: 'Académie de Rennes', category: 'other', aliases: ['ENT Toutatice'] },
  // Île-de-France high-school ENT; outages reported (2020 lockdown, 2023 rentrée)
  { name: 'monlycee.net', company: 'Région Île-de-France', category: 'other', aliases: ['Monlycée.net', 'ENT monlycee.net'] },
  // French social-contribution collector and its declaration portal; outages reported
  { name: 'URSSAF', company: null, category: 'government', aliases: ['urssaf.fr', 'net-entreprises.fr', 'net-entreprises'] },
  // French digital-ID app; outages reported
  { name: 'France Identité', company: 'French Ministry of the Interior', category: 'government', aliases: ['France Identite', 'app France Identité', 'appli France Identité'] },
  // French postal group (Colissimo, Digiposte); IT outages and DDoS attacks reported; exact-case (ordinary French 
  { name: 'La Poste', company: null, category: 'other', aliases: ['Groupe La Poste', 'laposte.fr'], caseSensitiveAliases: ['La Poste'] },
  // Paris transit operator; app/ticketing and signalling outages reported
  { name: 'RATP', company: null, category: 'transport', aliases: ['Bonjour RATP', 'app RATP', 'Régie autonome des transports parisiens'] },
  // SNCF's low-cost TGV (France, Spain); booking outages reported
  { name: 'Ouigo', company: 'SNCF', category: 'transport', aliases: ['Ouigo España'] },
  // cross-Channel rail; booking/IT and power outages reported
  { name: 'Eurostar', company: null, category: 'transport', aliases: ['Eurostar International'] },
  // Paris public hospital group; IT outages and 2021 data breach reported
  { name: 'AP-HP', company: null, category: 'government', aliases: ['Assistance Publique-Hôpitaux de Paris', 'Hôpitaux de Paris'] },
  // Mexico's largest bank; app outages (e.g. Buen Fin, quincena) widely reported
  { name: 'BBVA México', company: 'BBVA', category: 'bank', aliases: ['BBVA Mexico', 'BBVA Bancomer', 'Bancomer', 'app BBVA México'] },
  // ING's Spanish online bank; app outages reported
  { name: 'ING España', company: 'ING', category: 'bank', aliases: ['ING Direct España', 'ING Spain', 'ING en España'] },
  // Galician bank; online-banking outages reported
  { name: 'Abanca', company: null, category: 'bank', aliases: ['Abanca app'] },
  // Santander's online bank (Spain, Germany, Mexico); outages reported
  { name: 'Openbank', company: 'Santander', category: 'bank', aliases: ['Openbank app'] },
  // Mexican retail bank; app outages reported
  { name: 'BanCoppel', company: 'Grupo Coppel', category: 'bank', aliases: ['Bancoppel app'] },
  // Mexican social-security institute; portal/app outages reported
  { name: 'IMSS', company: null, category: 'government', aliases: ['Instituto Mexicano del Seguro Social', 'IMSS Digital', 'app IMSS Digital'] },
  // Mexican housing fund; portal outages reported
  { name: 'Infonavit', company: null, category: 'government', aliases: ['Mi Cuenta Infonavit'] },
  // Mexico's single government login; outages reported
  { name: 'Llave MX', company: 'Mexican Government', category: 'government', aliases: ['LlaveMX'] },
  // Mexican population register/ID code portal (gob.mx/curp); crashes reported (2025 biometric CURP)
  { name: 'CURP', company: 'RENAPO', category: 'government', aliases: ['RENAPO', 'Registro Nacional de Población', 'consulta CURP', 'CURP biométrica'] },
  // Mexico City metro; control-centre outages (2021 fire) and card-system failures reported
  { name: 'Metro CDMX', company: 'Sistema de Transporte Colectivo', category: 'transport', aliases: ['Metro de la Ciudad de México', 'Metro de la Ciudad de Mexico', 'Sistema de Transporte Colectivo Metro'] },
  // Mexican fibre ISP/TV; outages reported
  { name: 'Totalplay', company: 'Grupo Salinas', category: 'isp', aliases: ['Total Play'] },
  // Argentina's largest private bank; app outages reported; bare 'Galicia' left out
  { name: 'Banco Galicia', company: null, category: 'bank', aliases: ['Banco de Galicia y Buenos Aires', 'app Banco Galicia'] },
  // Argentine/Mexican fintech wallet; outages reported
  { name: 'Ualá', company: null, category: 'payments', aliases: ['Uala', 'app de Ualá'] },
  // Argentina's government app/login (digital DNI); outages reported; exact-case ('my Argentina')
  { name: 'Mi Argentina', company: 'Argentine Government', category: 'government', aliases: ['MiArgentina', 'app Mi Argentina'], caseSensitiveAliases: ['Mi Argentina'] },
  // Argentine ATM/transfer network; outages halt ATMs and transfers; exact-case (English 'red link')
  { name: 'Red Link', company: null, category: 'payments', aliases: ['Red Link S.A.', 'cajeros Red Link'], caseSensitiveAliases: ['Red Link'] },
  // Argentine operator (Personal mobile, Flow); outages reported; bare 'Personal'/'Flow' left out
  { name: 'Telecom Argentina', company: null, category: 'telecom', aliases: ['Telecom Personal', 'Personal Argentina', 'Flow Argentina'] },
  // Argentine national ID registry; system outages halt DNI/ID validation
  { name: 'RENAPER', company: null, category: 'government', aliases: ['Registro Nacional de las Personas'] },
  // Chile's university-admission test body; results site crashes reported
  { name: 'DEMRE', company: 'Universidad de Chile', category: 'government', aliases: ['Departamento de Evaluación, Medición y Registro Educacional', 'sitio del DEMRE'] },
  // Chilean/Colombian mobile operator; outages reported
  { name: 'WOM', company: null, category: 'telecom', aliases: ['WOM Chile', 'WOM Colombia'], caseSensitiveAliases: ['WOM'] },
  // Colombian bank; outages reported
  { name: 'Banco de Bogotá', company: 'Grupo Aval', category: 'bank', aliases: ['Banco de Bogota', 'app Banco de Bogotá'] },
  // Colombian exam body (Saber 11); results-site crashes reported
  { name: 'ICFES', company: null, category: 'government', aliases: ['Instituto Colombiano para la Evaluación de la Educación'] },
  // Peruvian bank-wallet transfer service (Interbank, BBVA, Scotiabank); outages reported; exact-case
  { name: 'Plin', company: null, category: 'payments', aliases: ['app Plin'], caseSensitiveAliases: ['Plin'] },
  // Peru's ID registry; outages halt DNI validation
  { name: 'RENIEC', company: null, category: 'government', aliases: ['Registro Nacional de Identificación y Estado Civil'] },
  // Venezuela's largest state bank; frequent outages reported
  { name: 'Banco de Venezuela', company: null, category: 'bank', aliases: ['BDV en Línea'], caseSensitiveAliases: ['BDV'] },
  // Venezuelan private bank; outages reported
  { name: 'Banesco', company: null, category: 'bank', aliases: ['Banesco Online', 'Banesco Móvil'] },
  // Dominican state bank; outages reported
  { name: 'Banreservas', company: null, category: 'bank', aliases: ['Banco de Reservas'] },
  // Uruguay's state bank; outages reported
  { name: 'BROU', company: null, category: 'bank', aliases: ['Banco República', 'Banco de la República Oriental del Uruguay'], caseSensitiveAliases: ['BROU'] },
  // Spanish traffic authority and miDGT app; outages reported
  { name: 'DGT', company: null, category: 'government', aliases: ['miDGT', 'app miDGT', 'Dirección General de Tráfico'], caseSensitiveAliases: ['DGT'] },
  // Barcelona metro/bus operator; outages reported
  { name: 'Transports Metropolitans de Barcelona', company: null, category: 'transport', aliases: ['Metro de Barcelona', 'TMB App'], caseSensitiveAliases: ['TMB'] },
  // Madrid metro; outages reported
  { name: 'Metro de Madrid', company: null, category: 'transport', aliases: ['Metro Madrid'] },
  // Catalan commuter rail; signalling/IT outages widely reported
  { name: 'Rodalies', company: 'Renfe', category: 'transport', aliases: ['Rodalies de Catalunya', 'Rodalies Renfe'] },
  // Spanish ISP (Orange); outages reported
  { name: 'Jazztel', company: 'MásOrange', category: 'isp', aliases: [] },
  // Santander's Portuguese bank; app outages reported
  { name: 'Santander Totta', company: 'Santander', category: 'bank', aliases: ['Santander Portugal', 'Banco Santander Totta'] },
  // Portuguese online bank; outages reported
  { name: 'ActivoBank', company: 'Millennium bcp', category: 'bank', aliases: ['Activo Bank'] },
  // Portuguese cooperative bank group; outages reported; exact-case (generic 'crédito agrícola')
  { name: 'Crédito Agrícola', company: null, category: 'bank', aliases: ['Grupo Crédito Agrícola', 'Caixa Crédito Agrícola'], caseSensitiveAliases: ['Crédito Agrícola', 'Credito Agricola'] },
  // Portuguese immigration agency; portal outages reported
  { name: 'AIMA', company: null, category: 'government', aliases: ['Agência para a Integração, Migrações e Asilo'], caseSensitiveAliases: ['AIMA'] },
  // Portuguese electronic toll system; outages reported; exact-case ('green way')
  { name: 'Via Verde', company: 'Brisa', category: 'transport', aliases: ['Via Verde Portugal', 'app Via Verde'], caseSensitiveAliases: ['Via Verde'] },
  // Brazil's largest foreign bank; app/Pix outages reported
  { name: 'Santander Brasil', company: 'Santander', category: 'bank', aliases: ['Banco Santander Brasil', 'app Santander Brasil'] },
  // Brazilian digital bank; outages reported
  { name: 'Banco Pan', company: null, category: 'bank', aliases: ['app do Banco Pan'] },
  // Brazilian investment bank/broker; outages reported
  { name: 'BTG Pactual', company: null, category: 'bank', aliases: ['BTG Pactual digital'] },
  // Brazil's national exam; registration/results site crashes reported
  { name: 'Enem', company: 'Inep', category: 'government', aliases: ['Exame Nacional do Ensino Médio', 'Página do Participante do Enem', 'Sistema Enem'], caseSensitiveAliases: ['ENEM'] },
  // Brazilian state traffic departments; system outages reported
  { name: 'Detran', company: null, category: 'government', aliases: ['Detran-SP', 'Detran-RJ', 'Detran-MG', 'Detran-PR', 'Detran-RS', 'Detran-BA', 'Detran-DF'] },
  // Brazil's digital driving-licence app; outages reported
  { name: 'Carteira Digital de Trânsito', company: 'Senatran', category: 'government', aliases: ['Carteira Digital de Transito', 'app CDT'] },
  // Brazil's payroll/labour reporting system; outages reported
  { name: 'eSocial', company: 'Receita Federal', category: 'government', aliases: [] },
  // Brazilian electoral-ID app; outages on election days reported
  { name: 'e-Título', company: 'TSE', category: 'government', aliases: ['e-Titulo'] },
  // Brazilian electronic court system; outages reported
  { name: 'PJe', company: 'CNJ', category: 'government', aliases: ['Processo Judicial Eletrônico', 'Processo Judicial Eletronico'], caseSensitiveAliases: ['PJe'] },
  // Brazilian postal company; IT outages reported; exact-case (Portuguese 'mails')
  { name: 'Correios', company: null, category: 'other', aliases: ['Empresa Brasileira de Correios e Telégrafos'], caseSensitiveAliases: ['Correios'] },
  // São Paulo metro; outages reported
  { name: 'Metrô de São Paulo', company: null, category: 'transport', aliases: ['Metrô-SP', 'Metrô SP', 'Companhia do Metropolitano de São Paulo'] },
  // ING's Turkish retail bank (ING Bank A.Ş.); mobile/internet-banking outages reported by Turkish press
  { name: 'ING Türkiye', company: 'ING', category: 'bank', aliases: ['ING Turkiye', 'ING Bank Türkiye', 'ING Bank Turkiye', 'ING Mobil'] },
  // Turkish private deposit bank (Fiba Group); app/internet-banking disruptions reported
  { name: 'Fibabanka', company: 'Fiba Group', category: 'bank', aliases: ['Fiba Banka', 'Fibabanka Mobil'] },
  // Turkish private deposit bank (ex-Bank Audi subsidiary); mobile-banking disruptions reported
  { name: 'Odeabank', company: null, category: 'bank', aliases: ['Odea Bank', 'Odeabank Mobil'] },
  // state-owned participation (Islamic) bank of the Ziraat group; member of TKBB; app outages reported
  { name: 'Ziraat Katılım', company: null, category: 'bank', aliases: ['Ziraat Katılım Bankası', 'Ziraat Katılım Mobil'] },
  // state-owned participation bank; member of TKBB; app/internet-branch disruptions reported
  { name: 'Vakıf Katılım', company: null, category: 'bank', aliases: ['Vakıf Katılım Bankası', 'Vakıf Katılım Mobil'] },
  // state-owned participation bank (relaunched 2019); member of TKBB
  { name: 'Emlak Katılım', company: null, category: 'bank', aliases: ['Türkiye Emlak Katılım Bankası', 'Turkiye Emlak Katilim Bankasi', 'Emlak Katılım Mobil'] },
  // Turkish private deposit bank (Habaş group); internet-branch outages reported
  { name: 'Anadolubank', company: null, category: 'bank', aliases: ['Anadolubank Mobil', 'Anadolubank İnternet Şubesi'] },
  // Turkish private deposit bank (ABank), long owned by Commercial Bank of Qatar; mobile-banking disruptions repor
  { name: 'Alternatif Bank', company: null, category: 'bank', aliases: ['Alternatifbank', 'Alternatif Bank Mobil'] },
  // Çalık group investment bank behind Passolig and N Kolay; system problems hit ticketing/payments
  { name: 'Aktif Bank', company: null, category: 'bank', aliases: ['Aktifbank', 'Aktif Yatırım Bankası'] },
  // Akbank's e-money wallet/card app for young users; 'tosla' is a Turkish verb form (bump), hence exact case
  { name: 'Tosla', company: 'Akbank', category: 'payments', aliases: ['Tosla app', 'Tosla uygulaması', 'Tosla Akbank'], caseSensitiveAliases: ['Tosla'] },
  // Turkcell's payment/e-money service and card; outages reported with Turkcell disruptions
  { name: 'Paycell', company: 'Turkcell', category: 'payments', aliases: ['Turkcell Paycell', 'Paycell app', 'Paycell Kart'] },
  // Turkish prepaid card/e-money app widely used by young people; service disruptions reported
  { name: 'ininal', company: null, category: 'payments', aliases: ['ininal Kart', 'ininal card', 'ininal app'] },
  // largest Turkish online-payment gateway (PayU/Prosus); checkout failures across Turkish shops when it is down
  { name: 'iyzico', company: 'PayU', category: 'payments', aliases: ['iyzico ödeme', 'iyzico odeme', 'iyzico ödeme sistemi'] },
  // Turkish alternative ISP/virtual operator reselling fibre and mobile data; subscriber outages reported
  { name: 'Millenicom', company: null, category: 'isp', aliases: ['Millenicom internet', 'Millenicom ev interneti'] },
  // Turkcell's operator in the Turkish Republic of Northern Cyprus; network outages reported by Cypriot-Turkish pr
  { name: 'KKTCELL', company: 'Turkcell', category: 'telecom', aliases: ['Kuzey Kıbrıs Turkcell', 'KKTC Turkcell', 'Kıbrıs Turkcell'] },
  // İzmir's transit card (ESHOT, Metro, İZBAN, ferries); validator/top-up system failures reported
  { name: 'İzmirim Kart', company: 'İzmir Metropolitan Municipality', category: 'transport', aliases: ['İzmirimKart', 'İzmirim Kart uygulaması'] },
  // Ankara's EGO transit card; validator/top-up outages reported. Doubt: 'ankarakart' already sits in tr.ts as a c
  { name: 'Ankarakart', company: 'EGO Genel Müdürlüğü', category: 'transport', aliases: ['Ankara Kart', 'AnkaraKart EGO', 'EGO Ankarakart'] },
  // mandatory e-ticket card for Turkish football stadiums; ticket-sale site crashes before derbies reported
  { name: 'Passolig', company: 'Aktif Bank', category: 'transport', aliases: ['Passolig Kart', 'Passolig card', 'passolig.com.tr'] },
  // Turkish online marketplace; outages on sale days reported. Bare 'n11' exact case only (road names N11)
  { name: 'n11.com', company: null, category: 'ecommerce', aliases: ['n11 alışveriş', 'n11 alisveris'], caseSensitiveAliases: ['n11'] },
  // largest Turkish crypto exchange; June 2024 hot-wallet hack halted deposits and withdrawals
  { name: 'BtcTurk', company: null, category: 'exchange', aliases: ['BtcTurk Kripto', 'BtcTurk PRO', 'BtcTurk borsası'] },
  // Turkish crypto exchange; outages in volatile trading reported
  { name: 'Paribu', company: null, category: 'exchange', aliases: ['Paribu borsası', 'Paribu app'] },
  // Turkish Revenue Administration's new online tax office (2024), successor of İnteraktif Vergi Dairesi; access p
  { name: 'Dijital Vergi Dairesi', company: 'Gelir İdaresi Başkanlığı', category: 'government', aliases: ['dijital.gib.gov.tr', 'GİB Dijital Vergi Dairesi'] },
  // SGK's provision system for pharmacies and hospitals; outages stop prescriptions nationwide ('Medula çöktü'). '
  { name: 'MEDULA', company: 'Sosyal Güvenlik Kurumu', category: 'government', aliases: ['SGK Medula', 'Medula sistemi', 'Medula Eczane', 'Medula Hastane'], caseSensitiveAliases: ['MEDULA'] },
  // Turkey's central civil-registry system; failures stall e-Devlet, hospitals, banks and notaries
  { name: 'MERNİS', company: 'Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü', category: 'government', aliases: ['Merkezi Nüfus İdaresi Sistemi', 'Merkezi Nufus Idaresi Sistemi'] },
  // Egyptian state-owned bank (Banque Misr group); app/ATM outages reported
  { name: 'Banque du Caire', company: null, category: 'bank', aliases: ['Bank of Cairo', 'Banque du Caire app'] },
  // Egyptian bank (Intesa Sanpaolo group); app outages reported
  { name: 'Bank of Alexandria', company: null, category: 'bank', aliases: ['Alexbank', 'Bank of Alexandria Egypt'] },
  // one of Egypt's largest private banks (QNB group); app/online outages reported
  { name: 'QNB Egypt', company: 'QNB', category: 'bank', aliases: ['QNB Alahli', 'QNB Al Ahli', 'QNB Egypt app'] },
  // Orange Egypt's mobile wallet (InstaPay-linked); outages reported
  { name: 'Orange Cash', company: 'Orange', category: 'payments', aliases: ['Orange Cash Egypt', 'Orange Money Egypt'] },
  // Egypt's tax authority and its mandatory e-invoice / e-receipt systems; outages near deadlines reported
  { name: 'Egyptian Tax Authority', company: null, category: 'government', aliases: ['Egypt e-invoicing system', 'ETA e-invoice', 'Egyptian e-receipt system', 'eta.gov.eg'] },
  // pan-African marketplace large in Egypt and Morocco (formerly Algeria/Tunisia); site/app outages reported
  { name: 'Jumia', company: null, category: 'ecommerce', aliases: ['Jumia Egypt', 'Jumia Maroc', 'JumiaPay', 'Jumia app'] },
  // Gulf/Egypt marketplace (Saudi PIF/Alabbar); bare 'noon' is an English word, so only these forms
  { name: 'noon.com', company: null, category: 'ecommerce', aliases: ['noon.com app'] },
  // Saudi commercial bank listed on Tadawul; app outages reported
  { name: 'Saudi Investment Bank', company: null, category: 'bank', aliases: ['Saudi Investment Bank app', 'SAIB app'], caseSensitiveAliases: ['SAIB'] },
  // Saudi household cash-support programme and its portal; overload at registration and payout reported. Bare حساب
  { name: 'Citizen Account Program', company: 'Saudi Ministry of Human Resources', category: 'government', aliases: ['Citizen Account Programme', 'Saudi Citizen Account', 'Citizen Account portal'] },
  // Saudi Hajj/Umrah booking and permit platform; booking disruptions (e.g. domestic Hajj packages 2023) reported.
  { name: 'Nusuk', company: 'Saudi Ministry of Hajj and Umrah', category: 'government', aliases: ['Nusuk app', 'Nusuk platform', 'Nusuk Hajj', 'Nusuk Umrah'] },
  // Saudi mandatory rental-contract platform; outages reported. Bare إيجار ('rent') left out
  { name: 'Ejar', company: 'Saudi Ministry of Municipalities and Housing', category: 'government', aliases: ['Ejar platform', 'Ejar network', 'ejar.sa'] },
  // largest Abu Dhabi Islamic bank; app outages reported. 'Adib' is a first name, so ADIB only in capitals
  { name: 'Abu Dhabi Islamic Bank', company: null, category: 'bank', aliases: ['ADIB app', 'ADIB Mobile', 'Abu Dhabi Islamic Bank app'], caseSensitiveAliases: ['ADIB'] },
  // Islamic bank of the Emirates NBD group; app outages reported
  { name: 'Emirates Islamic', company: 'Emirates NBD', category: 'bank', aliases: ['Emirates Islamic Bank', 'Emirates Islamic app'] },
  // UAE retail bank (Ras Al Khaimah); app/online outages reported
  { name: 'RAKBANK', company: null, category: 'bank', aliases: ['RAK Bank', 'National Bank of Ras Al Khaimah', 'RAKBANK app'] },
  // Dubai's road-toll system and app; outages/double charges reported. Exact case: Turkish 'salık' folds to 'salik
  { name: 'Salik', company: null, category: 'transport', aliases: ['Salik toll', 'Salik app', 'Salik tolls', 'Salik gates'], caseSensitiveAliases: ['Salik'] },
  // major Kuwaiti bank; app outages reported. Exact case only ('a Gulf bank'); Arabic بنك الخليج left out (prefix 
  { name: 'Gulf Bank', company: null, category: 'bank', aliases: ['Gulf Bank Kuwait', 'Gulf Bank app'], caseSensitiveAliases: ['Gulf Bank'] },
  // Kuwaiti commercial bank (Al-Tijari); app outages reported. Bare CBK (Central Bank of Kenya) left out
  { name: 'Commercial Bank of Kuwait', company: null, category: 'bank', aliases: ['Al-Tijari Kuwait', 'CBK Kuwait', 'Commercial Bank of Kuwait app'] },
  // Kuwaiti bank (KIPCO) with a Turkish subsidiary (Burgan Bank A.Ş.); app outages reported
  { name: 'Burgan Bank', company: null, category: 'bank', aliases: ['Burgan Bank Kuwait', 'Burgan Bank Türkiye', 'Burgan Bank Turkiye', 'Burgan Bank app'] },
  // Kuwait's unified government e-services app; outages reported. Bare 'Sahel' (the region) and تطبيق سهل ('easy a
  { name: 'Sahel Kuwait', company: 'Kuwaiti Government', category: 'government', aliases: ['Sahel app', 'Sahel government app', 'Sahel Kuwait app'] },
  // Qatari commercial bank (owner of Alternatif Bank in Turkey); app outages reported
  { name: 'Commercial Bank of Qatar', company: null, category: 'bank', aliases: ['Commercial Bank Qatar', 'CBQ app'], caseSensitiveAliases: ['CBQ'] },
  // Qatari commercial bank; app/online outages reported
  { name: 'Doha Bank', company: null, category: 'bank', aliases: ['Doha Bank app', 'Doha Bank Qatar'] },
  // Qatar's second-largest Islamic bank; app outages reported
  { name: 'Masraf Al Rayan', company: null, category: 'bank', aliases: ['Masraf Al-Rayan', 'Al Rayan Bank', 'Masraf Al Rayan app'] },
  // Qatar's second mobile operator; network outages reported
  { name: 'Vodafone Qatar', company: 'Vodafone', category: 'telecom', aliases: ['Vodafone Qatar network'] },
  // Bahrain's largest local bank; app outages reported
  { name: 'National Bank of Bahrain', company: null, category: 'bank', aliases: ['NBB Bahrain', 'NBB app'], caseSensitiveAliases: ['NBB'] },
  // major Bahraini retail bank; app outages reported. Bare BBK left out (Spanish BBK/Kutxabank)
  { name: 'Bank of Bahrain and Kuwait', company: null, category: 'bank', aliases: ['BBK Bahrain', 'BBK app', 'Bank of Bahrain & Kuwait'] },
  // Omani bank; app outages reported
  { name: 'Bank Dhofar', company: null, category: 'bank', aliases: ['BankDhofar', 'Bank Dhofar app'] },
  // Omani bank; app outages reported. Bare NBO (Nairobi airport) left out
  { name: 'National Bank of Oman', company: null, category: 'bank', aliases: ['NBO Oman', 'NBO app'] },
  // Omani bank; app outages reported. Bare 'Sohar International' / صحار الدولي left out (Sohar International Airpo
  { name: 'Sohar International Bank', company: null, category: 'bank', aliases: ['Sohar International app', 'Bank Sohar'] },
  // Oman's third mobile operator (2022); network outages reported
  { name: 'Vodafone Oman', company: 'Vodafone', category: 'telecom', aliases: ['Vodafone Oman network'] },
  // one of Jordan's largest banks; app/online outages reported
  { name: 'Housing Bank for Trade and Finance', company: null, category: 'bank', aliases: ['Housing Bank Jordan', 'Iskan Bank', 'The Housing Bank Jordan'] },
  // Jordan's largest Islamic bank; app outages reported
  { name: 'Jordan Islamic Bank', company: null, category: 'bank', aliases: ['Jordan Islamic Bank app'] },
  // major Jordanian bank; listed also so that بنك القاهرة عمان is not read as Banque du Caire
  { name: 'Cairo Amman Bank', company: null, category: 'bank', aliases: ['Cairo Amman Bank app'] },
  // Jordan's digital-ID and government e-services app; outages reported. Bare 'Sanad' (Indonesian/Arabic word) and
  { name: 'Sanad Jordan', company: 'Jordanian Ministry of Digital Economy and Entrepreneurship', category: 'government', aliases: ['Sanad app', 'Sanad Jordan app', 'Sanad digital ID'] },
  // Iraq's state trade bank; system outages reported. Bare TBI left out
  { name: 'Trade Bank of Iraq', company: null, category: 'bank', aliases: ['TBI Iraq', 'Trade Bank of Iraq app'] },
  // Kurdistan Region ISP/4G operator; outages and exam-time cuts reported. Bare 'Newroz' (the holiday) left out
  { name: 'Newroz Telecom', company: null, category: 'isp', aliases: ['Newroz 4G', 'Newroz Telecom Iraq'] },
  // one of Lebanon's largest banks; service disruptions reported
  { name: 'Bank Audi', company: null, category: 'bank', aliases: ['Bank Audi Lebanon', 'Bank Audi app'] },
  // one of Lebanon's largest banks; service disruptions reported
  { name: 'BLOM Bank', company: null, category: 'bank', aliases: ['BLOM Bank Lebanon', 'Banque du Liban et d\'Outre-Mer', 'BLOM app'] },
  // Lebanon's main money-transfer and bill-payment network (used widely since the bank crisis); outages reported. 
  { name: 'OMT Lebanon', company: null, category: 'payments', aliases: ['OMT Pay', 'OMT app', 'OMT Liban'] },
  // Lebanese e-wallet/money-transfer app; outages reported
  { name: 'Whish Money', company: null, category: 'payments', aliases: ['Whish app', 'Whish Money Lebanon'] },
  // Morocco's third bank (ex-BMCE); app/online outages reported
  { name: 'Bank of Africa', company: null, category: 'bank', aliases: ['BMCE Bank', 'BMCE Bank of Africa', 'Banque Marocaine du Commerce Extérieur', 'Banque Marocaine du Commerce Exterieur', 'BMCE Direct', 'Bank of Africa Maroc'] },
  // BNP Paribas's Moroccan bank; app outages reported
  { name: 'BMCI', company: 'BNP Paribas', category: 'bank', aliases: ['BMCI Maroc', 'Banque Marocaine pour le Commerce et l\'Industrie', 'BMCI app'] },
  // Moroccan bank (CDG group) popular for its app; app outages and fraud incidents reported
  { name: 'CIH Bank', company: null, category: 'bank', aliases: ['CIH Mobile', 'Crédit Immobilier et Hôtelier', 'Credit Immobilier et Hotelier', 'CIH Bank Maroc'] },
  // Moroccan state agricultural bank; outages reported. Bare القرض الفلاحي ('farm loan') left out
  { name: 'Crédit Agricole du Maroc', company: null, category: 'bank', aliases: ['Credit Agricole du Maroc', 'Groupe Crédit Agricole du Maroc'] },
  // Morocco's interbank card switch/acquirer; card and e-payment outages reported. Bare CMI left out (common acron
  { name: 'Centre Monétique Interbancaire', company: null, category: 'payments', aliases: ['Centre Monetique Interbancaire', 'CMI Maroc', 'CMI Morocco'] },
  // Moroccan national railway (incl. Al Boraq high-speed); online ticketing/app failures reported
  { name: 'ONCF', company: null, category: 'transport', aliases: ['Office National des Chemins de Fer', 'ONCF Voyages', 'ONCF Trafic', 'Al Boraq'] },
  // Algeria's largest state bank; system outages reported. Bare BNA left out (Banco Nación, Bahrain News Agency)
  { name: 'Banque Nationale d\'Algérie', company: null, category: 'bank', aliases: ['Banque Nationale d\'Algerie', 'BNA Algérie', 'BNA Algerie', 'BNA Banque'] },
  // Algerian state bank; outages reported
  { name: 'Crédit Populaire d\'Algérie', company: null, category: 'bank', aliases: ['Credit Populaire d\'Algerie', 'CPA Algérie', 'CPA Algerie', 'CPA Banque'] },
  // Algerian state bank; outages reported
  { name: 'Banque Extérieure d\'Algérie', company: null, category: 'bank', aliases: ['Banque Exterieure d\'Algerie', 'BEA Algérie', 'BEA Algerie', 'BEA Banque'] },
  // Algerian state agricultural bank; outages reported. 'Badr' is a name, so BADR only in capitals
  { name: 'BADR Banque', company: null, category: 'bank', aliases: ['Banque de l\'Agriculture et du Développement Rural', 'Banque de l\'Agriculture et du Developpement Rural', 'BADR Bank'], caseSensitiveAliases: ['BADR'] },
  // Algeria's exam office; bac/BEM registration and results sites crash, exam-time internet cuts
  { name: 'Office National des Examens et Concours', company: 'Algerian Ministry of National Education', category: 'government', aliases: ['ONEC Algérie', 'ONEC Algerie', 'bac.onec.dz'], caseSensitiveAliases: ['ONEC'] },
  // Algérie Télécom's fixed/home-internet brand; outages widely reported
  { name: 'Idoom', company: 'Algérie Télécom', category: 'isp', aliases: ['Idoom Fibre', 'Idoom ADSL', 'Idoom 4G LTE', 'Idoom Fibre Algérie'] },
  // Algeria's interbank e-payment and CIB card switch; card/e-payment outages reported. Exact case: Turkish 'satım
  { name: 'SATIM', company: null, category: 'payments', aliases: ['Société d\'Automatisation des Transactions Interbancaires et de Monétique', 'SATIM Algérie'], caseSensitiveAliases: ['SATIM'] },
  // Tunisia's largest private bank; app/online outages reported
  { name: 'BIAT', company: null, category: 'bank', aliases: ['Banque Internationale Arabe de Tunisie', 'MyBIAT', 'BIAT Tunisie'] },
  // Tunisia's largest state bank; outages reported
  { name: 'Société Tunisienne de Banque', company: null, category: 'bank', aliases: ['Societe Tunisienne de Banque', 'STB Bank', 'STB Tunisie'], caseSensitiveAliases: ['STB'] },
  // Tunisia's largest ISP (Tunisie Telecom group); outages reported
  { name: 'Topnet', company: 'Tunisie Telecom', category: 'isp', aliases: ['Topnet Tunisie', 'Topnet internet'] },
  // Libya's largest bank; system/card outages reported
  { name: 'Jumhouria Bank', company: null, category: 'bank', aliases: ['Jumhuriya Bank', 'Al Jumhouria Bank', 'Bank Aljumhouria'] },
  // major Libyan bank; system outages reported
  { name: 'Wahda Bank', company: null, category: 'bank', aliases: ['Al Wahda Bank', 'Wahda Bank Libya'] },
  // Sudan's third mobile operator; outages during the war, incl. the Feb 2024 nationwide telecom blackout
  { name: 'MTN Sudan', company: 'MTN', category: 'telecom', aliases: ['MTN Sudan network'] },
  // Syria's second mobile operator; network outages reported
  { name: 'MTN Syria', company: 'MTN', category: 'telecom', aliases: ['MTN Syria network'] },
  // Syria's largest state bank; ATM/salary system outages reported
  { name: 'Commercial Bank of Syria', company: null, category: 'bank', aliases: ['Commercial Bank of Syria ATMs'] },
  // Yemeni mobile operator; outages during fighting reported
  { name: 'Sabafon', company: null, category: 'telecom', aliases: ['SabaFon Yemen', 'Sabafon network'] },
  // Aden-based ISP launched 2018 as an alternative to YemenNet; outages reported
  { name: 'AdenNet', company: null, category: 'isp', aliases: ['Aden Net', 'AdenNet Yemen'] },
  // Indonesian bank (MUFG group); app outages reported
  { name: 'Bank Danamon', company: null, category: 'bank', aliases: ['Danamon', 'Bank Danamon Indonesia', 'D-Bank PRO', 'Danamon Online Banking'] },
  // OCBC's Indonesian bank; app outages reported
  { name: 'OCBC NISP', company: 'OCBC', category: 'bank', aliases: ['Bank OCBC NISP', 'OCBC Indonesia', 'Bank OCBC Indonesia', 'OCBC NISP ONe Mobile'] },
  // Sea Group's digital bank linked to Shopee; app disruptions reported
  { name: 'SeaBank', company: 'Sea Limited', category: 'bank', aliases: ['SeaBank Indonesia', 'Bank Seabank Indonesia', 'aplikasi SeaBank'] },
  // Indonesian private bank; app disruptions reported
  { name: 'Panin Bank', company: null, category: 'bank', aliases: ['Bank Panin', 'PaninBank', 'Panin Mobile'] },
  // Maybank's Indonesian bank; app outages reported
  { name: 'Maybank Indonesia', company: 'Maybank', category: 'bank', aliases: ['Bank Maybank Indonesia', 'M2U ID'] },
  // Indonesia's first sharia bank; app disruptions reported. Bare 'muamalat' (Islamic-commerce term) left out
  { name: 'Bank Muamalat', company: null, category: 'bank', aliases: ['Bank Muamalat Indonesia', 'Muamalat DIN'] },
  // BCA's digital bank app; disruptions reported. Bare 'blu' left out
  { name: 'blu by BCA Digital', company: 'BCA', category: 'bank', aliases: ['blu by BCA', 'blu BCA Digital', 'bluBCA'] },
  // Central Java regional development bank (BPD); app/ATM disruptions reported locally
  { name: 'Bank Jateng', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Jawa Tengah', 'BPD Jateng', 'Bank Jateng Syariah'] },
  // North Sumatra BPD; system disruptions reported locally
  { name: 'Bank Sumut', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Sumatera Utara', 'BPD Sumut', 'Bank Sumut Syariah'] },
  // West Kalimantan BPD; system disruptions reported locally
  { name: 'Bank Kalbar', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Kalimantan Barat', 'BPD Kalbar', 'Bank Kalbar Syariah'] },
  // Jambi BPD; system disruptions reported locally
  { name: 'Bank Jambi', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Jambi', 'BPD Jambi', 'Bank Jambi Syariah'] },
  // South Kalimantan BPD; system disruptions reported locally
  { name: 'Bank Kalsel', company: null, category: 'bank', aliases: ['Bank Pembangunan Daerah Kalimantan Selatan', 'BPD Kalsel'] },
  // East and North Kalimantan BPD; system disruptions reported locally
  { name: 'Bankaltimtara', company: null, category: 'bank', aliases: ['Bank Kaltimtara', 'BPD Kaltim Kaltara', 'Bank Kaltim'] },
  // South and West Sulawesi BPD; system disruptions reported locally
  { name: 'Bank Sulselbar', company: null, category: 'bank', aliases: ['BPD Sulselbar', 'Bank Pembangunan Daerah Sulawesi Selatan dan Sulawesi Barat'] },
  // South Sumatra and Bangka-Belitung BPD; system disruptions reported locally
  { name: 'Bank Sumsel Babel', company: null, category: 'bank', aliases: ['BPD Sumsel Babel', 'Bank Pembangunan Daerah Sumatera Selatan dan Bangka Belitung'] },
  // Riau and Riau Islands sharia BPD; system disruptions reported locally
  { name: 'BRK Syariah', company: null, category: 'bank', aliases: ['Bank Riau Kepri Syariah', 'Bank Riau Kepri'] },
  // Bali BPD; system disruptions reported locally
  { name: 'Bank BPD Bali', company: null, category: 'bank', aliases: ['BPD Bali', 'Bank Pembangunan Daerah Bali'] },
  // West Nusa Tenggara sharia BPD; system disruptions reported locally
  { name: 'Bank NTB Syariah', company: null, category: 'bank', aliases: ['BPD NTB', 'Bank NTB'] },
  // Papua BPD; system disruptions reported locally
  { name: 'Bank Papua', company: null, category: 'bank', aliases: ['BPD Papua', 'Bank Pembangunan Daerah Papua'] },
  // East Nusa Tenggara BPD; system disruptions reported locally
  { name: 'Bank NTT', company: null, category: 'bank', aliases: ['BPD NTT', 'Bank Pembangunan Daerah Nusa Tenggara Timur'] },
  // Lampung BPD; system disruptions reported locally
  { name: 'Bank Lampung', company: null, category: 'bank', aliases: ['BPD Lampung', 'Bank Pembangunan Daerah Lampung'] },
  // Telkomsel's digital-only mobile brand; signal/app outages reported. Exact case ('by U' is English)
  { name: 'by.U', company: 'Telkom', category: 'telecom', aliases: ['by.U Telkomsel', 'kartu by.U', 'aplikasi by.U'], caseSensitiveAliases: ['by.U', 'byU'] },
  // XL Axiata's budget mobile brand; outages with XL reported. Exact case ('axis', Axis Bank)
  { name: 'AXIS', company: 'XL Axiata', category: 'telecom', aliases: ['kartu AXIS', 'AXISnet', 'operator AXIS', 'jaringan AXIS'], caseSensitiveAliases: ['AXIS'] },
  // Indonesia's business-licensing portal; errors/downtime reported. Bare OSS left out (open-source software)
  { name: 'Online Single Submission', company: 'Indonesian Ministry of Investment', category: 'government', aliases: ['OSS RBA', 'oss.go.id', 'sistem OSS', 'OSS BKPM'] },
  // Home Ministry's regional-government budgeting/payment system; errors delaying regional payments reported
  { name: 'SIPD', company: 'Indonesian Ministry of Home Affairs', category: 'government', aliases: ['Sistem Informasi Pemerintahan Daerah', 'SIPD Kemendagri', 'SIPD RI'], caseSensitiveAliases: ['SIPD'] },
  // state power company's app (tokens, bills, outage reports); app disruptions reported
  { name: 'PLN Mobile', company: 'PLN', category: 'other', aliases: ['aplikasi PLN Mobile', 'New PLN Mobile'] },
  // Indonesia's civil-registry system (e-KTP data, used by banks for e-KYC) and its IKD app; downtime and 2023 lea
  { name: 'Dukcapil', company: 'Indonesian Ministry of Home Affairs', category: 'government', aliases: ['Ditjen Dukcapil', 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil', 'Identitas Kependudukan Digital', 'IKD Dukcapil'] },
  // Jakarta's metro; service and ticketing disruptions reported
  { name: 'MRT Jakarta', company: null, category: 'transport', aliases: ['PT MRT Jakarta', 'MRT-J', 'MRT Jakarta app'] },
  // ASDP's mandatory online ferry-ticket system; outages around holiday travel reported
  { name: 'Ferizy', company: 'ASDP Indonesia Ferry', category: 'transport', aliases: ['aplikasi Ferizy', 'Ferizy app', 'ferizy.com'] },
  // KAI Commuter's KRL app (ex-KRL Access); app disruptions reported
  { name: 'C-Access', company: 'KAI', category: 'transport', aliases: ['KRL Access', 'aplikasi C-Access', 'C-Access KAI Commuter'], caseSensitiveAliases: ['C-Access'] },
  // Jakarta's integrated transit ticketing/payment app and card; disruptions reported
  { name: 'JakLingko', company: null, category: 'transport', aliases: ['Jak Lingko', 'aplikasi JakLingko', 'kartu JakLingko'] },
  // Jakarta-Bandung high-speed rail; service and ticketing disruptions reported. Exact case (English word)
  { name: 'Whoosh', company: 'KCIC', category: 'transport', aliases: ['kereta cepat Whoosh', 'Kereta Cepat Jakarta-Bandung', 'Whoosh KCIC'], caseSensitiveAliases: ['Whoosh'] },
  // largest Indonesian crypto exchange; Sept 2024 hack (~US$20m) took the platform offline
  { name: 'Indodax', company: null, category: 'exchange', aliases: ['Indodax app', 'Indodax exchange'] },
  // SE Asian marketplace (Alibaba); outages on sale days reported
  { name: 'Lazada', company: 'Alibaba', category: 'ecommerce', aliases: ['Lazada Indonesia', 'LazMall', 'aplikasi Lazada'] },
  // joint-stock bank; app/online-banking outages reported. Traditional 中信銀行 left out: Taiwan press uses it for CTB
  { name: 'China CITIC Bank', company: 'CITIC Group', category: 'bank', aliases: ['CITIC Bank', 'CNCB'] },
  // joint-stock bank; bare 光大 left out (ordinary word, also 光大证券)
  { name: 'China Everbright Bank', company: 'China Everbright Group', category: 'bank', aliases: ['Everbright Bank', 'CEB Bank'] },
  // Beijing-based joint-stock bank; app outages reported
  { name: 'Hua Xia Bank', company: null, category: 'bank', aliases: ['Huaxia Bank'] },
  // private joint-stock bank; bare 民生 ('livelihood') left out
  { name: 'China Minsheng Bank', company: null, category: 'bank', aliases: ['Minsheng Bank', 'CMBC'] },
  // Fujian joint-stock bank; bare 'Industrial Bank' left out (inside 'Industrial Bank of Korea/Japan'), hence the 
  { name: 'Industrial Bank (China)', company: null, category: 'bank', aliases: ['China Industrial Bank', 'CIB China'] },
  // joint-stock bank; app outages reported
  { name: 'Shanghai Pudong Development Bank', company: null, category: 'bank', aliases: ['SPD Bank', 'SPDB'] },
  // joint-stock bank (CGB); 'CGB' left out as too ambiguous
  { name: 'China Guangfa Bank', company: 'China Life', category: 'bank', aliases: ['Guangfa Bank'] },
  // Hangzhou joint-stock bank
  { name: 'China Zheshang Bank', company: null, category: 'bank', aliases: ['Zheshang Bank', 'CZBank'] },
  // Tianjin joint-stock bank
  { name: 'China Bohai Bank', company: null, category: 'bank', aliases: ['Bohai Bank'] },
  // Shandong joint-stock bank
  { name: 'Hengfeng Bank', company: null, category: 'bank', aliases: [] },
  // Tencent's online bank; case-sensitive because Italy's Banco BPM runs a different 'Webank'
  { name: 'WeBank', company: 'Tencent', category: 'bank', aliases: [], caseSensitiveAliases: ['WeBank'] },
  // Ant Group's online bank; 'mybank' is a generic app name elsewhere, hence case-sensitive
  { name: 'MYbank', company: 'Ant Group', category: 'bank', aliases: ['Zhejiang E-Commerce Bank'], caseSensitiveAliases: ['MYbank'] },
  // largest city commercial bank; bare simplified 北京银行 left out (北京银行业)
  { name: 'Bank of Beijing', company: null, category: 'bank', aliases: [] },
  // large city commercial bank; bare 上海银行 left out (上海银行间同业拆放利率 = Shibor), and traditional 上海銀行 means SCSB in Taiw
  { name: 'Bank of Shanghai', company: null, category: 'bank', aliases: [] },
  // largest provincial city bank; bare simplified 江苏银行 left out (江苏银行业金融机构)
  { name: 'Bank of Jiangsu', company: null, category: 'bank', aliases: [] },
  // listed city commercial bank
  { name: 'Bank of Ningbo', company: null, category: 'bank', aliases: [] },
  // listed city commercial bank
  { name: 'Bank of Nanjing', company: null, category: 'bank', aliases: [] },
  // listed city commercial bank
  { name: 'Bank of Hangzhou', company: null, category: 'bank', aliases: [] },
  // Anhui city commercial bank (HK-listed)
  { name: 'Huishang Bank', company: null, category: 'bank', aliases: [] },
  // listed city commercial bank
  { name: 'Bank of Chengdu', company: null, category: 'bank', aliases: [] },
  // listed city commercial bank; bare simplified 重庆银行 left out (重庆银行业)
  { name: 'Bank of Chongqing', company: null, category: 'bank', aliases: [] },
  // largest Shanghai rural commercial bank
  { name: 'Shanghai Rural Commercial Bank', company: null, category: 'bank', aliases: [] },
  // Beijing rural commercial bank
  { name: 'Beijing Rural Commercial Bank', company: null, category: 'bank', aliases: ['BJRCB'] },
  // HK note-issuing bank (also Singapore, UK); HK app/online outages reported; absent from the global list
  { name: 'Standard Chartered', company: null, category: 'bank', aliases: ['Standard Chartered Bank', 'StanChart', 'SC Mobile'] },
  // Hong Kong mobile operator '3'; 'Three'/'3' left out as ordinary; 3香港 guarded by the digit rule
  { name: '3HK', company: 'Hutchison Telecommunications Hong Kong', category: 'telecom', aliases: ['Hutchison Telecom Hong Kong', 'Hutchison Telecommunications Hong Kong'] },
  // HK's incumbent operator (csl, 1O1O, Netvigator); bare HKT (= Hong Kong Time) and 香港電訊 (inside 香港電訊商 'HK teleco
  { name: 'HKT Limited', company: 'PCCW', category: 'telecom', aliases: ['Netvigator', 'csl Mobile', 'PCCW-HKT'] },
  // HK mobile operator
  { name: 'China Mobile Hong Kong', company: 'China Mobile', category: 'telecom', aliases: ['CMHK', 'China Mobile HK'] },
  // largest HK virtual bank; app outages reported
  { name: 'ZA Bank', company: 'ZhongAn', category: 'bank', aliases: [] },
  // HK e-wallet
  { name: 'AlipayHK', company: 'Ant Group', category: 'payments', aliases: ['Alipay HK'] },
  // HK flag carrier; booking/check-in system failures reported; bare Cathay / 國泰 left out (Cathay United Bank, Cat
  { name: 'Cathay Pacific', company: null, category: 'airline', aliases: ['Cathay Pacific Airways'] },
  // Macau transit/stored-value card and MPay wallet; bare 澳門通 left out (澳門通過 'Macau passes')
  { name: 'Macau Pass', company: null, category: 'payments', aliases: ['Macau Pass card'], caseSensitiveAliases: ['MPay'] },
  // Macau government single sign-on app for public services
  { name: 'Macao One Account', company: 'Macao SAR Government', category: 'government', aliases: ['Macau One Account'] },
  // FISC's national QR-payment app
  { name: 'Taiwan Pay', company: 'Financial Information Service Co.', category: 'payments', aliases: [] },
  // Kaohsiung transit/stored-value card (一卡通); bare 一卡通 left out (generic word for any all-in-one card)
  { name: 'iPASS', company: null, category: 'payments', aliases: ['iPASS Corporation', 'iPASS card'], caseSensitiveAliases: ['iPASS', 'iPASS MONEY'] },
  // largest state bank; 台灣銀行 (台灣銀行業) and 台銀/臺銀 (inside 平台銀行) left out
  { name: 'Bank of Taiwan', company: null, category: 'bank', aliases: [] },
  // state bank; traditional 土地銀行 only (simplified 土地银行 is a mainland policy term); 土銀 left out (出土銀器)
  { name: 'Land Bank of Taiwan', company: null, category: 'bank', aliases: [] },
  // state bank; bare 合庫 left out (整合庫存)
  { name: 'Taiwan Cooperative Bank', company: null, category: 'bank', aliases: [] },
  // Taiwan state-controlled bank; doubt: 第一銀行 could read 'the first bank'
  { name: 'First Commercial Bank', company: 'First Financial Holding', category: 'bank', aliases: ['First Bank Taiwan'] },
  // Taiwan state-controlled bank; traditional only (simplified 华南银行 reads 'South China banks')
  { name: 'Hua Nan Bank', company: 'Hua Nan Financial Holdings', category: 'bank', aliases: ['Hua Nan Commercial Bank'] },
  // Taiwan bank; 彰銀 left out (表彰銀…)
  { name: 'Chang Hwa Bank', company: null, category: 'bank', aliases: ['Chang Hwa Commercial Bank'] },
  // Taiwan bank (Richart); bare 台新 left out (平台新…)
  { name: 'Taishin Bank', company: 'Taishin Financial Holding', category: 'bank', aliases: ['Taishin International Bank'] },
  // Taiwan bank; app outages reported
  { name: 'E.SUN Bank', company: 'E.SUN Financial Holding', category: 'bank', aliases: ['E.SUN Commercial Bank', 'ESUN Bank'] },
  // Taiwan bank
  { name: 'Taipei Fubon Bank', company: 'Fubon Financial Holding', category: 'bank', aliases: ['Fubon Bank'] },
  // Taiwan bank (DAWHO digital account)
  { name: 'Bank SinoPac', company: 'SinoPac Holdings', category: 'bank', aliases: ['SinoPac Bank', 'SinoPac'] },
  // Taiwan internet-only bank; app outages reported
  { name: 'LINE Bank Taiwan', company: 'LINE', category: 'bank', aliases: [], caseSensitiveAliases: ['LINE Bank'] },
  // Taipei MRT; system/fare-gate failures reported
  { name: 'Taipei Metro', company: null, category: 'transport', aliases: ['Taipei MRT', 'Taipei Rapid Transit'] },
  // Beijing subway QR-ticket app; rush-hour failures reported
  { name: 'Yitongxing', company: 'Beijing Subway', category: 'transport', aliases: [] },
  // Shanghai metro QR-ticket app; bare 大都会 ('metropolis') left out
  { name: 'Metro Daduhui', company: 'Shanghai Metro', category: 'transport', aliases: [] },
  // Beijing metro operator; signal and ticketing failures reported
  { name: 'Beijing Subway', company: null, category: 'transport', aliases: [] },
  // Shanghai metro operator
  { name: 'Shanghai Metro', company: null, category: 'transport', aliases: [] },
  // Guangzhou metro operator; 乘车码 outages reported
  { name: 'Guangzhou Metro', company: null, category: 'transport', aliases: [] },
  // Guangdong government-services mini-program/app
  { name: 'Yueshengshi', company: 'Guangdong Provincial Government', category: 'government', aliases: [] },
  // Zhejiang government-services app
  { name: 'Zheliban', company: 'Zhejiang Provincial Government', category: 'government', aliases: [] },
  // MPS anti-fraud app
  { name: 'National Anti-Fraud Center app', company: 'Ministry of Public Security', category: 'government', aliases: [] },
  // national e-social-security card / 12333 app
  { name: 'Electronic Social Security Card', company: 'Ministry of Human Resources and Social Security', category: 'government', aliases: [] },
  // Tencent's workplace messenger; outages reported
  { name: 'WeCom', company: 'Tencent', category: 'messaging', aliases: ['WeChat Work'] },
  // Tencent webmail; outages reported
  { name: 'QQ Mail', company: 'Tencent', category: 'email', aliases: ['QQ Mailbox'] },
  // NetEase webmail (163/126); outages reported
  { name: 'NetEase Mail', company: 'NetEase', category: 'email', aliases: ['163 Mail', 'NetEase Mailbox'] },
  // navigation app; outages reported
  { name: 'Baidu Maps', company: 'Baidu', category: 'other', aliases: [] },
  // China Mobile streaming; World Cup 2022 crashes reported
  { name: 'Migu Video', company: 'China Mobile', category: 'streaming', aliases: ['Migu'] },
  // Moonshot AI chatbot; 2024 overload outages reported; bare Kimi left out (a first name); 月之暗面 left out (= 'dark
  { name: 'Kimi Chat', company: 'Moonshot AI', category: 'ai', aliases: ['Kimi AI', 'Kimi Chat app'] },
  // China Telecom's public cloud; outages reported
  { name: 'Tianyi Cloud', company: 'China Telecom', category: 'cloud', aliases: ['China Telecom Cloud', 'CTyun'] },
  // ByteDance's cloud
  { name: 'Volcano Engine', company: 'ByteDance', category: 'cloud', aliases: ['Volcengine'] },
  // large private bank; bare МКБ left out (МКБ-10, the disease classification)
  { name: 'Credit Bank of Moscow', company: null, category: 'bank', aliases: ['MKB Bank Russia'] },
  // Ozon's bank; outages reported
  { name: 'Ozon Bank', company: 'Ozon', category: 'bank', aliases: [] },
  // Wildberries' bank
  { name: 'Wildberries Bank', company: 'Wildberries', category: 'bank', aliases: [] },
  // e-wallet (ex-Yandex.Money)
  { name: 'YooMoney', company: 'Sberbank', category: 'payments', aliases: ['Yandex.Money'] },
  // federal bank
  { name: 'Uralsib', company: null, category: 'bank', aliases: ['Uralsib Bank'] },
  // consumer bank (ex-Home Credit)
  { name: 'Home Bank Russia', company: 'Home Credit', category: 'bank', aliases: ['Home Credit Bank Russia', 'Home Credit and Finance Bank'] },
  // consumer bank (renamed Ренессанс Банк 2024)
  { name: 'Renaissance Credit', company: null, category: 'bank', aliases: ['Renaissance Credit Bank'] },
  // Russian arm of Hungary's OTP; bare OTP (one-time password) left out
  { name: 'OTP Bank', company: null, category: 'bank', aliases: ['OTP Bank Russia'] },
  // card bank; bare Русский Стандарт (vodka, phrase) left out
  { name: 'Russian Standard Bank', company: null, category: 'bank', aliases: [] },
  // state mortgage bank
  { name: 'Bank DOM.RF', company: 'DOM.RF', category: 'bank', aliases: ['DOM.RF Bank'] },
  // SME online bank; bare Точка ('point') left out
  { name: 'Tochka', company: null, category: 'bank', aliases: ['Tochka Bank'] },
  // federal bank
  { name: 'Absolut Bank', company: null, category: 'bank', aliases: [] },
  // federal bank; bare Зенит (football club) left out
  { name: 'Bank Zenit', company: null, category: 'bank', aliases: [] },
  // Yekaterinburg bank
  { name: 'UBRD', company: null, category: 'bank', aliases: ['Ural Bank for Reconstruction and Development'] },
  // main bank in Crimea; outages reported
  { name: 'RNKB', company: null, category: 'bank', aliases: ['RNKB Bank'] },
  // Yandex payments/BNPL
  { name: 'Yandex Pay', company: 'Yandex', category: 'payments', aliases: ['Yandex Split'] },
  // Sber's marketplace
  { name: 'Megamarket', company: 'Sberbank', category: 'ecommerce', aliases: ['SberMegaMarket', 'Megamarket.ru'], caseSensitiveAliases: ['Megamarket'] },
  // grocery delivery (ex-SberMarket); bare Купер (surname) left out
  { name: 'Kuper', company: 'Sberbank', category: 'ecommerce', aliases: ['SberMarket'] },
  // fashion marketplace
  { name: 'Lamoda', company: null, category: 'ecommerce', aliases: [] },
  // quick-commerce delivery; bare Самокат ('scooter') left out
  { name: 'Samokat', company: 'Sberbank', category: 'ecommerce', aliases: [] },
  // Yandex quick-commerce
  { name: 'Yandex Lavka', company: 'Yandex', category: 'ecommerce', aliases: [] },
  // grocery chain and delivery app; app/till outages reported
  { name: 'VkusVill', company: null, category: 'ecommerce', aliases: [] },
  // largest job site; 'headhunter' is an ordinary word, hence case-sensitive
  { name: 'hh.ru', company: null, category: 'other', aliases: [], caseSensitiveAliases: ['HeadHunter'] },
  // VK's state-backed 'national messenger' (2025); bare Max (HBO Max, first name) left out
  { name: 'MAX messenger', company: 'VK', category: 'messaging', aliases: [] },
  // Sber's AI assistant
  { name: 'GigaChat', company: 'Sberbank', category: 'ai', aliases: [] },
  // Yandex voice assistant / Station speakers; outages reported; bare Алиса (first name) left out
  { name: 'Yandex Alice', company: 'Yandex', category: 'ai', aliases: ['Alice voice assistant'] },
  // Gosuslugi login used by other state and bank sites; outages reported. Latin 'ESIA' left out (ex-Indonesian bra
  { name: 'ESIA', company: 'Ministry of Digital Development', category: 'government', aliases: ['Unified Identification and Authentication System'] },
  // veterinary certification system; outages halt food shipments. Quoted «Меркурий» forms can't match (« is no gap
  { name: 'FGIS Mercury', company: 'Rosselkhoznadzor', category: 'government', aliases: ['VetIS'] },
  // federal school platform (FGIS 'Moya shkola'); bare phrase left out
  { name: 'My School', company: 'Ministry of Education of Russia', category: 'government', aliases: [] },
  // St Petersburg transit card; bare Подорожник (plantain) left out
  { name: 'Podorozhnik card', company: 'Saint Petersburg Transport Organizer', category: 'transport', aliases: ['Podorozhnik'] },
  // Moscow airport trains and ticketing app
  { name: 'Aeroexpress', company: 'Russian Railways', category: 'transport', aliases: [] },
  // Kazakhstan mobile operator (Tele2/Altel)
  { name: 'Altel', company: 'Mobile Telecom-Service', category: 'telecom', aliases: ['Tele2 Kazakhstan', 'Tele2 KZ'] },
  // state mobile operator of Uzbekistan (ex-UMS)
  { name: 'Mobiuz', company: null, category: 'telecom', aliases: [] },
  // Kyrgyz operator of the O! brand; doubt: press writes «О!», which can't be matched safely
  { name: 'Nur Telecom', company: null, category: 'telecom', aliases: [] },
  // Belarus mobile/ISP operator (А1 in Cyrillic and Latin)
  { name: 'A1 Belarus', company: 'A1 Telekom Austria', category: 'telecom', aliases: [] },
  // largest Belarus mobile operator
  { name: 'MTS Belarus', company: 'MTS', category: 'telecom', aliases: ['MTS.by'] },
  // Belarus mobile operator; bare life:) left out (tokenizes to 'life')
  { name: 'life:) Belarus', company: null, category: 'telecom', aliases: ['life Belarus'] },
  // Armenian operator
  { name: 'Ucom', company: null, category: 'telecom', aliases: [] },
  // Armenian operator (ex-Beeline Armenia)
  { name: 'Team Telecom Armenia', company: null, category: 'telecom', aliases: ['Team Telecom', 'Beeline Armenia', 'VEON Armenia'] },
  // largest Armenian mobile operator; bare Viva left out
  { name: 'Viva Armenia', company: null, category: 'telecom', aliases: ['Viva-MTS', 'VivaCell-MTS', 'Vivacell'] },
  // largest Azerbaijani mobile operator
  { name: 'Azercell', company: null, category: 'telecom', aliases: ['Azercell Telecom'] },
  // Azerbaijani mobile operator
  { name: 'Bakcell', company: null, category: 'telecom', aliases: [] },
  // largest Georgian operator
  { name: 'Magti', company: null, category: 'telecom', aliases: ['MagtiCom'] },
  // Georgian fixed/mobile operator
  { name: 'Silknet', company: null, category: 'telecom', aliases: [] },
  // largest Tajik mobile operator; case-sensitive (T cell)
  { name: 'Tcell', company: null, category: 'telecom', aliases: [], caseSensitiveAliases: ['Tcell'] },
  // Kazakh bank/broker super-app
  { name: 'Freedom Bank Kazakhstan', company: 'Freedom Holding', category: 'bank', aliases: ['Freedom Bank', 'Freedom Finance', 'Freedom SuperApp', 'Freedom Broker'] },
  // Kazakh bank (ex-Sberbank Kazakhstan)
  { name: 'Bereke Bank', company: null, category: 'bank', aliases: [] },
  // Kazakh state housing bank
  { name: 'Otbasy Bank', company: null, category: 'bank', aliases: [] },
  // Kazakh school e-diary; start-of-term outages reported
  { name: 'Kundelik', company: null, category: 'government', aliases: ['Kundelik.kz'] },
  // Uzbek payment super-app; doubt: bare 'Payme' kept exact-case only, to stay apart from HK's exact-case 'PayMe'
  { name: 'Payme Uzbekistan', company: null, category: 'payments', aliases: ['Payme.uz'] },
  // Uzbek payment app; bare Click left out
  { name: 'CLICK Uzbekistan', company: null, category: 'payments', aliases: ['Click.uz', 'Click Evolution'] },
  // Uzbek marketplace/bank ecosystem; case-sensitive (ASCII Turkish 'uzum' = grape)
  { name: 'Uzum', company: null, category: 'ecommerce', aliases: ['Uzum Market', 'Uzum Bank', 'Uzum Tezkor', 'Uzum Nasiya'], caseSensitiveAliases: ['Uzum'] },
  // Uzbek bank (Apelsin app)
  { name: 'Kapitalbank', company: null, category: 'bank', aliases: ['Kapitalbank Uzbekistan'] },
  // largest Uzbek bank
  { name: 'National Bank of Uzbekistan', company: null, category: 'bank', aliases: ['NBU Uzbekistan'] },
  // Kyrgyz bank
  { name: 'Optima Bank', company: null, category: 'bank', aliases: [] },
  // Georgian bank, large digital bank in Uzbekistan
  { name: 'TBC Bank', company: null, category: 'bank', aliases: ['TBC Bank Uzbekistan', 'TBC Bank Georgia'] },
  // Tajik/Uzbek digital bank
  { name: 'Alif Bank', company: null, category: 'bank', aliases: [] },
  // ───── fourth round (eleventh session): helpers' lists, blind to the evaluation set ─────
  // Saudi government procurement and payments platform; bare اعتماد ("approval") left out
  { name: 'Etimad', company: 'Saudi Ministry of Finance', category: 'government', aliases: ['Etimad platform', 'Etimad portal'] },
  // Saudi municipal e-services (licences, permits); bare بلدي ("my country/local") left out, Latin name case-sensi
  { name: 'Balady', company: 'Saudi Ministry of Municipalities and Housing', category: 'government', aliases: ['Balady platform', 'Balady portal', 'Balady app'], caseSensitiveAliases: ['Balady'] },
  // Jawazat portal for residents' iqama/visa services used by employers; bare مقيم ("resident") left out
  { name: 'Muqeem', company: 'Saudi General Directorate of Passports', category: 'government', aliases: ['Muqeem portal', 'Muqeem platform'] },
  // Saudi domestic-worker recruitment and contracts platform; bare مساند ("supporting") left out
  { name: 'Musaned', company: 'Saudi Ministry of Human Resources and Social Development', category: 'government', aliases: ['Musaned platform'] },
  // Saudi national testing body (Qiyas: Qudurat/Tahsili exams, registration and results); bare قياس ("measurement"
  { name: 'Education and Training Evaluation Commission', company: null, category: 'government', aliases: ['Etec Saudi Arabia', 'Qiyas exams'], caseSensitiveAliases: ['Qiyas'] },
  // Saudi low-cost airline; booking/check-in system disruptions reported
  { name: 'Flynas', company: null, category: 'airline', aliases: ['flynas app'] },
  // Abu Dhabi's unified government-services platform; bare تم ("done") and "منصة تم" (starts "a platform that was 
  { name: 'TAMM', company: 'Abu Dhabi Government', category: 'government', aliases: ['TAMM Abu Dhabi', 'TAMM app'], caseSensitiveAliases: ['TAMM'] },
  // UAE federal ID/visa/residency e-services (Emirates ID, visas); website/app outages reported
  { name: 'UAE ICP', company: 'Federal Authority for Identity, Citizenship, Customs and Port Security', category: 'government', aliases: ['UAEICP', 'ICP smart services', 'ICP UAE app', 'Federal Authority for Identity and Citizenship'] },
  // Dubai transport authority: licensing, parking and fines apps and systems; bare RTA left out (generic acronym)
  { name: 'RTA Dubai', company: 'Roads and Transport Authority', category: 'transport', aliases: ['Dubai RTA', 'RTA Dubai app'] },
  // UAE digital bank (ADQ/FAB, 2022); app outages reported
  { name: 'Wio Bank', company: null, category: 'bank', aliases: ['Wio Business app'] },
  // UAE instant-payments platform (Central Bank / Al Etihad Payments, 2023); bare آني ("instant") left out
  { name: 'Aani', company: 'Al Etihad Payments', category: 'payments', aliases: ['Aani instant payments', 'Aani app'] },
  // Kuwait civil-ID authority and its Mobile ID app (used for Sahel and bank logins); site/app outages reported. P
  { name: 'Public Authority for Civil Information', company: null, category: 'government', aliases: ['Kuwait Mobile ID', 'Kuwait Mobile ID app', 'PACI Kuwait'], caseSensitiveAliases: ['PACI'] },
  // Kuwaiti Islamic bank
  { name: 'Warba Bank', company: null, category: 'bank', aliases: ['Warba Bank app'] },
  // Kuwaiti commercial bank (ABK); bare ABK left out
  { name: 'Al Ahli Bank of Kuwait', company: null, category: 'bank', aliases: ['ABK Kuwait', 'Ahli Bank of Kuwait'] },
  // Qatar's official e-government portal; bare حكومي ("governmental") left out
  { name: 'Hukoomi', company: 'Qatar Ministry of Communications and IT', category: 'government', aliases: ['Hukoomi portal', 'Qatar e-Government portal'] },
  // Qatari Islamic bank (ex-Barwa Bank)
  { name: 'Dukhan Bank', company: null, category: 'bank', aliases: ['Dukhan Bank app'] },
  // Omani Islamic bank
  { name: 'Bank Nizwa', company: null, category: 'bank', aliases: ['Bank Nizwa app'] },
  // Egyptian state bank (formerly PBDAC); used for farmers' cards and pensions
  { name: 'Agricultural Bank of Egypt', company: null, category: 'bank', aliases: ['ABE Egypt'] },
  // national education/digital-library platform also used for school exams on tablets; crashes during exams report
  { name: 'Egyptian Knowledge Bank', company: 'Egyptian Ministry of Higher Education', category: 'government', aliases: ['EKB Egypt', 'ekb.eg'] },
  // Jordan's national remote-learning platform (2020–); outages reported. Bare درسك ("your lesson") left out
  { name: 'Darsak', company: 'Jordan Ministry of Education', category: 'government', aliases: ['Darsak platform'] },
  // Jordan's national mobile-wallet switch (JoPACC)
  { name: 'JoMoPay', company: 'Central Bank of Jordan', category: 'payments', aliases: ['Jordan Mobile Payment'] },
  // Jordanian commercial bank
  { name: 'Bank al Etihad', company: null, category: 'bank', aliases: ['Etihad Bank Jordan', 'Bank al Etihad app'] },
  // Lebanon's government platform used for vaccine registration, lockdown permits and aid; overload outages report
  { name: 'IMPACT Lebanon', company: 'Lebanese Central Inspection', category: 'government', aliases: ['IMPACT platform Lebanon', 'impact.cib.gov.lb'] },
  // Lebanese commercial bank
  { name: 'Fransabank', company: null, category: 'bank', aliases: ['Fransabank app'] },
  // Syria's main mobile wallet, used for e-payment of bills and state fees
  { name: 'Syriatel Cash', company: 'Syriatel', category: 'payments', aliases: ['SyriatelCash'] },
  // Paltel Group's internet service provider in the West Bank and Gaza; outages reported. Bare حضارة ("civilisatio
  { name: 'Hadara Technologies', company: 'Paltel Group', category: 'isp', aliases: ['Hadara ISP', 'Hadara Palestine'] },
  // Iraqi digital bank (FIB, 2021); app widely used for salaries and transfers. Bare FIB left out
  { name: 'First Iraqi Bank', company: null, category: 'bank', aliases: ['FIB app', 'First Iraqi Bank app'] },
  // Iraqi/Kurdistan e-wallet
  { name: 'FastPay', company: null, category: 'payments', aliases: ['FastPay Iraq', 'FastPay wallet'] },
  // large Sudanese bank; its app is a main payment channel alongside Bankak since the 2023 war
  { name: 'Omdurman National Bank', company: null, category: 'bank', aliases: ['Omdurman National Bank app'] },
  // Libyan commercial bank (BNP Paribas affiliate); e-services outages reported
  { name: 'Sahary Bank', company: null, category: 'bank', aliases: ['Sahara Bank Libya'] },
  // Moroccan postal operator (counters, payments, Barid Cash)
  { name: 'Barid Al-Maghrib', company: null, category: 'other', aliases: ['Poste Maroc'] },
  // Moroccan postal bank; app and counter-system outages reported
  { name: 'Al Barid Bank', company: 'Barid Al-Maghrib', category: 'bank', aliases: ['Al Barid Bank app'] },
  // Moroccan money-transfer and payment-agency network; agency-system outages reported
  { name: 'CashPlus', company: null, category: 'payments', aliases: ['Cash Plus Maroc', 'CashPlus app'] },
  // Algerian university information system (bac-holder registration, orientation, grades); crashes at registration
  { name: 'PROGRES', company: 'Algerian Ministry of Higher Education', category: 'government', aliases: ['Progres MESRS', 'plateforme Progres', 'Progres webetu'], caseSensitiveAliases: ['PROGRES', 'Progres'] },
  // Algeria's employment agency and its unemployment-allowance (minha) platform; outages at registration reported;
  { name: 'ANEM Algeria', company: 'Agence Nationale de l\'Emploi', category: 'government', aliases: ['minha.anem.dz', 'ANEM Algérie'], caseSensitiveAliases: ['ANEM'] },
  // Algerian social-insurance fund and its Chifa health card system (pharmacies)
  { name: 'CNAS Algeria', company: null, category: 'government', aliases: ['Carte Chifa', 'Chifa card', 'CNAS Algérie'], caseSensitiveAliases: ['CNAS'] },
  // Algerian state savings bank (housing loans, AADL payments)
  { name: 'CNEP Banque', company: null, category: 'bank', aliases: ['CNEP Algérie'] },
  // Algerian super-app (ride-hailing, delivery) across the Maghreb; bare يسير ("easy") left out, Latin name case-s
  { name: 'Yassir', company: null, category: 'transport', aliases: ['Yassir app', 'Yassir Express', 'Yassir Go'], caseSensitiveAliases: ['Yassir'] },
  // Tunisian postal operator and its financial services (e-Dinar cards, D17 app); outages reported; "La Poste Tuni
  { name: 'Poste Tunisienne', company: null, category: 'other', aliases: ['D17 app', 'e-Dinar Tunisie'] },
  // Tunisian state bank; bare BNA left out (Algeria's BNA already listed)
  { name: 'Banque Nationale Agricole', company: null, category: 'bank', aliases: [] },
  // Mauritania's most used mobile-banking wallet (Banque Populaire de Mauritanie); outages and exam-time internet 
  { name: 'Bankily', company: null, category: 'payments', aliases: ['Bankily app'] },
  // Mauritania's incumbent operator (Maroc Telecom group); outages and exam-time internet cuts reported
  { name: 'Mauritel', company: 'Maroc Telecom', category: 'telecom', aliases: ['Mauritel Mobiles'] },
  // Turkish credit bureau's consumer credit-score/report service
  { name: 'Findeks', company: 'Kredi Kayıt Bürosu', category: 'other', aliases: ['KKB Findeks', 'Kredi Kayit Burosu'] },
  // Turkish electronic motorway/bridge toll system (HGS); system failures at toll booths reported
  { name: 'Hızlı Geçiş Sistemi', company: 'PTT', category: 'transport', aliases: ['Hizli Gecis Sistemi'], caseSensitiveAliases: ['HGS'] },
  // Turkish land registry's online title-deed service; TAKBİS/Web Tapu outages halt property sales
  { name: 'Web Tapu', company: 'Tapu ve Kadastro Genel Müdürlüğü', category: 'government', aliases: ['Tapu ve Kadastro Genel Müdürlüğü', 'Tapu ve Kadastro Genel Mudurlugu', 'e-Tapu'], caseSensitiveAliases: ['TKGM'] },
  // Turkey's drug track-and-trace system used by every pharmacy; outages stop dispensing
  { name: 'İlaç Takip Sistemi', company: 'Turkish Medicines and Medical Devices Agency', category: 'government', aliases: ['Ilac Takip Sistemi'] },
  // MEB teachers' training platform; crashes during compulsory seminar periods reported
  { name: 'Öğretmen Bilişim Ağı', company: 'Turkish Ministry of National Education', category: 'government', aliases: ['Ogretmen Bilisim Agi'], caseSensitiveAliases: ['ÖBA'] },
  // Turkey's largest open-university system (AÖF): exam registration, results and e-exams; site outages reported
  { name: 'Anadolu University Open Education', company: 'Anadolu University', category: 'government', aliases: ['Anadolu Üniversitesi Açıköğretim', 'Anadolu Universitesi Acikogretim', 'Anadolu AÖF'], caseSensitiveAliases: ['AÖF'] },
  // Antalya transit card (Kentkart system); validator/top-up outages reported
  { name: 'Antalyakart', company: 'Antalya Metropolitan Municipality', category: 'transport', aliases: ['Antalya Kart'] },
  // Bursa transit card; system outages reported
  { name: 'BursaKart', company: 'Burulaş', category: 'transport', aliases: ['Bursa Kart'] },
  // Ankara bus and metro operator (Ankarakart already listed); bare EGO case-sensitive
  { name: 'EGO Ankara', company: 'EGO Genel Müdürlüğü', category: 'transport', aliases: ['EGO Cep', 'Ankara EGO'], caseSensitiveAliases: ['EGO'] },
  // Turkish Revenue Administration's e-invoice/e-archive portal; month-end outages reported. Bare e-Fatura left ou
  { name: 'GİB e-Arşiv Portal', company: 'Gelir İdaresi Başkanlığı', category: 'government', aliases: ['e-Arşiv Portal', 'e-Arsiv Portal', 'e-Arşiv Portalı', 'GİB e-Fatura Portalı'] },
  // Turkish produce-trade registration system; outages halt wholesale markets
  { name: 'Hal Kayıt Sistemi', company: 'Turkish Ministry of Trade', category: 'government', aliases: [] },
  // card wallet behind most Turkish e-commerce and mobile payments; outages reported
  { name: 'Masterpass', company: 'Mastercard', category: 'payments', aliases: ['Masterpass Türkiye'] },
  // Turkey's national card scheme (BKM); only in capitals (Troy)
  { name: 'TROY', company: 'BKM', category: 'payments', aliases: ['TROY kart', 'TROY card'], caseSensitiveAliases: ['TROY'] },
  // PTT's mobile virtual operator
  { name: 'Pttcell', company: 'PTT', category: 'telecom', aliases: [] },
  // BİM retail chain's MVNO
  { name: 'BİMcell', company: 'BİM', category: 'telecom', aliases: [] },
  // Turkish streaming service (football rights); outages during matches reported
  { name: 'Exxen', company: 'Acun Medya', category: 'streaming', aliases: ['ExxenSpor', 'Exxen Spor'] },
  // Turkish parcel carrier; system outages delaying deliveries reported
  { name: 'Yurtiçi Kargo', company: null, category: 'other', aliases: ['Yurtici Kargo'] },
  // Turkish supermarket chain and its online grocery apps; bare Migros left out (Swiss Migros)
  { name: 'Migros Türkiye', company: null, category: 'ecommerce', aliases: ['Migros Sanal Market', 'Migros Hemen', 'Migros Money', 'Migros Turkiye'] },
  // Turkish taxi-hailing app
  { name: 'BiTaksi', company: null, category: 'transport', aliases: ['BiTaksi app'] },
  // Turkish ticketing platform; crashes on big concert sales reported
  { name: 'Biletix', company: null, category: 'ecommerce', aliases: [] },
  // Yekaterinburg bank (ex-SKB-Bank)
  { name: 'Sinara Bank', company: null, category: 'bank', aliases: ['Bank Sinara', 'SKB-Bank'] },
  // Rostov-on-Don regional bank; stem form left out (центр инвестиций)
  { name: 'Center-invest', company: null, category: 'bank', aliases: ['Centr-invest', 'Center-invest Bank'] },
  // Russian bank for small business; outages reported
  { name: 'Modulbank', company: null, category: 'bank', aliases: ['Modulbank app'] },
  // Yandex's bank (Yandex Pay/Split cards)
  { name: 'Yandex Bank', company: 'Yandex', category: 'bank', aliases: ['Yandex Bank app'] },
  // Russian e-wallet and payment-terminal network; 2024 licence revocation froze payments. Bare Киви ("kiwi") left
  { name: 'QIWI', company: null, category: 'payments', aliases: ['QIWI Wallet', 'QIWI Bank', 'Qiwi Koshelek'] },
  // Russian-language e-money system
  { name: 'WebMoney', company: null, category: 'payments', aliases: [] },
  // processing company serving hundreds of Russian banks and the Zolotaya Korona transfer system; processing failu
  { name: 'Center of Financial Technologies', company: null, category: 'payments', aliases: ['CFT Group', 'Korona Pay', 'Zolotaya Korona'] },
  // maker/operator of Russia's most common online cash registers; mass till failures reported
  { name: 'Evotor', company: null, category: 'payments', aliases: ['Evotor POS'] },
  // Russian cloud accounting, tax-reporting and e-document (EDI) services; outages block filings. Bare Контур ("co
  { name: 'SKB Kontur', company: null, category: 'productivity', aliases: ['Kontur.Extern', 'Kontur.Diadoc', 'Diadoc'] },
  // Tensor's e-reporting/EDI/accounting platform (now Saby); bare СБИС left out (also VLSI chip)
  { name: 'SBIS', company: 'Tensor', category: 'productivity', aliases: ['Saby SBIS', 'Tensor SBIS', 'sbis.ru'] },
  // Russian state toll-road operator (M-11, M-12); transponder/payment-system failures reported
  { name: 'Avtodor Toll Roads', company: 'Avtodor', category: 'transport', aliases: ['Avtodor Platnye Dorogi'] },
  // Russian state e-signature app (Gosuslugi); outages reported
  { name: 'Goskey', company: 'Russian Ministry of Digital Development', category: 'government', aliases: ['Goskluch'] },
  // Russia's state housing-and-utilities information system (meter readings, bills)
  { name: 'GIS ZhKKh', company: 'Russian Ministry of Construction', category: 'government', aliases: ['GIS ZhKH'] },
  // Russia's unified public-procurement system; outages postpone tenders
  { name: 'EIS Zakupki', company: 'Russian Treasury', category: 'government', aliases: ['zakupki.gov.ru', 'EIS procurement'] },
  // runs Russia's EGE (unified state exam) processing and the results site; crashes on results day reported
  { name: 'Federal Testing Center', company: 'Rosobrnadzor', category: 'government', aliases: ['check.ege.edu.ru', 'FCT Russia'] },
  // federal online-lessons platform (RESH); overloaded during 2020 remote schooling. Bare РЭШ left out (New Econom
  { name: 'Russian Electronic School', company: 'Russian Ministry of Education', category: 'government', aliases: ['resh.edu.ru'] },
  // Russia's online voting system (federal and Moscow platforms); failures and DDoS during elections reported
  { name: 'DEG remote electronic voting', company: 'Central Election Commission of Russia', category: 'government', aliases: ['DEG voting'] },
  // regional services portal of Moscow Oblast (RPGU)
  { name: 'Moscow Region Public Services Portal', company: 'Moscow Region Government', category: 'government', aliases: ['uslugi.mosreg.ru'] },
  // St Petersburg's regional services portal (school enrolment, benefits); school-enrolment crashes reported
  { name: 'Saint Petersburg Public Services Portal', company: 'Saint Petersburg Government', category: 'government', aliases: ['gu.spb.ru'] },
  // Moscow Oblast citizens' complaints/services portal
  { name: 'Dobrodel', company: 'Moscow Region Government', category: 'government', aliases: [] },
  // Russia's state job and unemployment-benefit portal
  { name: 'Rabota Rossii', company: 'Rostrud', category: 'government', aliases: ['trudvsem.ru', 'Work in Russia portal'] },
  // state culture card for young people (Pochta Bank); payment failures reported
  { name: 'Pushkin Card', company: 'Russian Ministry of Culture', category: 'payments', aliases: [] },
  // Russian online-learning platform; overloaded during remote schooling
  { name: 'Uchi.ru', company: null, category: 'other', aliases: [] },
  // electronic school diary used in many Russian regions; outages reported
  { name: 'Eljur', company: null, category: 'government', aliases: [] },
  // "Network City. Education" regional e-diary system (NetSchool) used in dozens of regions
  { name: 'Setevoy Gorod', company: 'IRTech', category: 'government', aliases: ['Setevoy Gorod Obrazovanie'] },
  // Tatarstan incumbent operator/ISP (brand Letai); bare Летай ("fly!") left out
  { name: 'Tattelecom', company: null, category: 'isp', aliases: ['Letai'] },
  // Moscow cable ISP
  { name: 'Akado', company: null, category: 'isp', aliases: ['Akado Telecom'] },
  // MegaFon's fixed ISP (brand Wifire)
  { name: 'NetByNet', company: 'MegaFon', category: 'isp', aliases: ['Wifire', 'NetByNet Holding'] },
  // main backbone/ISP of Crimea; outages cut internet across the peninsula
  { name: 'Miranda-Media', company: null, category: 'isp', aliases: [] },
  // Crimean mobile operator (K-Telecom); name exact-case only ("win mobile" is English), К-Телеком left out (reads
  { name: 'Win mobile', company: 'K-Telecom', category: 'telecom', aliases: ['Win mobile Crimea'], caseSensitiveAliases: ['Win mobile', 'WIN MOBILE'] },
  // Sevastopol ISP; outages reported
  { name: 'Sevstar', company: null, category: 'isp', aliases: [] },
  // Sber's MVNO
  { name: 'SberMobile', company: 'Sberbank', category: 'telecom', aliases: [] },
  // Russia's largest satellite-TV operator; outages reported. Bare Триколор (the national flag) left out
  { name: 'Tricolor TV', company: null, category: 'streaming', aliases: ['Tricolor satellite TV'] },
  // Magnit's marketplace (ex-KazanExpress)
  { name: 'Magnit Market', company: 'Magnit', category: 'ecommerce', aliases: ['KazanExpress', 'Magnit Market app'] },
  // Russian electronics retailer; till/IT outages reported
  { name: 'M.Video', company: null, category: 'ecommerce', aliases: ['MVideo', 'M.Video-Eldorado'] },
  // Russian streaming service; name exact-case (IVI clinics in Spain)
  { name: 'ivi', company: null, category: 'streaming', aliases: ['ivi.ru'], caseSensitiveAliases: ['ivi'] },
  // Russian broker; trading-terminal outages reported
  { name: 'Finam', company: null, category: 'exchange', aliases: ['Finam broker'] },
  // Russian broker (BCS); app outages reported
  { name: 'BCS World of Investments', company: null, category: 'exchange', aliases: ['BCS Broker'] },
  // Kazakhstan's postal operator (pensions, benefits, parcels)
  { name: 'Kazpost', company: null, category: 'other', aliases: ['Kazpost JSC'] },
  // Kazakhstan's state pension fund (ENPF); site outages during early-withdrawal campaigns reported
  { name: 'Unified Accumulative Pension Fund', company: null, category: 'government', aliases: ['ENPF', 'enpf.kz'] },
  // medical information system of Almaty, Astana and other Kazakh regions (appointments, records)
  { name: 'Damumed', company: null, category: 'government', aliases: [] },
  // Kyrgyz commercial bank
  { name: 'Bakai Bank', company: null, category: 'bank', aliases: [] },
  // Kyrgyzstan's national payment card system
  { name: 'Elcart', company: null, category: 'payments', aliases: ['Elkart Kyrgyzstan'] },
  // Kyrgyz state bank
  { name: 'Aiyl Bank', company: null, category: 'bank', aliases: [] },
  // Kyrgyz state bank (Settlement and Savings Company)
  { name: 'RSK Bank', company: null, category: 'bank', aliases: [] },
  // Uzbek commercial bank
  { name: 'Hamkorbank', company: null, category: 'bank', aliases: [] },
  // large Uzbek bank (OTP group); genitive "Ипотека-банка" left out ("the bank's mortgage")
  { name: 'Ipoteka Bank', company: 'OTP Group', category: 'bank', aliases: ['Ipotekabank'] },
  // Uzbek state bank
  { name: 'Asaka Bank', company: null, category: 'bank', aliases: [] },
  // Uzbek payment network and app; bare Paynet left out (PayNet Malaysia)
  { name: 'Paynet Uzbekistan', company: null, category: 'payments', aliases: [] },
  // Tashkent metro/bus card and app; only in capitals (Italian atto)
  { name: 'ATTO card', company: 'Tashkent city transport', category: 'transport', aliases: ['ATTO Tashkent', 'ATTO transport card'], caseSensitiveAliases: ['ATTO'] },
  // Belarusian state bank
  { name: 'Belinvestbank', company: null, category: 'bank', aliases: [] },
  // Belarusian state bank
  { name: 'Belagroprombank', company: null, category: 'bank', aliases: [] },
  // Belarusian bank (ex-Belgazprombank)
  { name: 'Bank Dabrabyt', company: null, category: 'bank', aliases: ['Belgazprombank'] },
  // Belarusian commercial bank
  { name: 'MTBank', company: null, category: 'bank', aliases: [] },
  // Belarus's national card system
  { name: 'Belkart', company: null, category: 'payments', aliases: [] },
  // Belarus's largest tech portal/marketplace
  { name: 'Onliner', company: null, category: 'ecommerce', aliases: ['Onliner.by'], caseSensitiveAliases: ['Onliner'] },
  // Belarusian classifieds marketplace
  { name: 'Kufar', company: null, category: 'ecommerce', aliases: ['Kufar.by'], caseSensitiveAliases: ['Kufar'] },
  // largest Armenian bank
  { name: 'Ameriabank', company: null, category: 'bank', aliases: [] },
  // Armenian bank
  { name: 'Ardshinbank', company: null, category: 'bank', aliases: [] },
  // Armenian bank
  { name: 'Inecobank', company: null, category: 'bank', aliases: [] },
  // Armenian bank
  { name: 'ACBA Bank', company: null, category: 'bank', aliases: [] },
  // Armenia's main e-wallet
  { name: 'Idram', company: null, category: 'payments', aliases: [] },
  // Armenia's national card/processing system (ArCa); bare ArCa left out (ARCA is Argentina's tax agency, arca an 
  { name: 'ArCa Armenian Card', company: null, category: 'payments', aliases: [] },
  // Azerbaijani mobile operator (Azerfon); bare Nar left out (Turkish "pomegranate")
  { name: 'Nar Mobile', company: null, category: 'telecom', aliases: ['Azerfon'] },
  // largest Azerbaijani retail bank and its Birbank app; outages reported; Капитал Банк left out (капитал банка, "
  { name: 'Kapital Bank', company: null, category: 'bank', aliases: ['Birbank', 'Kapital Bank Azerbaijan'] },
  // Azerbaijani bank (also in Georgia, Turkey)
  { name: 'PASHA Bank', company: null, category: 'bank', aliases: [] },
  // Azerbaijan's card processing centre; failures hit card payments nationwide
  { name: 'Azericard', company: null, category: 'payments', aliases: [] },
  // largest Georgian bank; app outages reported. Doubt: 'Bank of Georgia' / 'банк Грузии' also sit inside 'Nationa
  { name: 'Bank of Georgia', company: null, category: 'bank', aliases: ['Bank of Georgia app', 'BOG mobile bank'] },
  // Georgian bank (pensions and social payments)
  { name: 'Liberty Bank Georgia', company: null, category: 'bank', aliases: [] },
  // Georgian mobile operator (ex-Beeline Georgia)
  { name: 'Cellfie', company: null, category: 'telecom', aliases: ['Cellfie Mobile'] },
  // Japan's largest brokerage; online-trading (Home Trade) access problems reported by Japanese press
  { name: 'Nomura Securities', company: 'Nomura', category: 'exchange', aliases: ['Nomura Home Trade', 'Nomura Securities app'] },
  // second-largest Japanese brokerage; online trading disruptions reported
  { name: 'Daiwa Securities', company: 'Daiwa Securities Group', category: 'exchange', aliases: ['Daiwa Securities online'] },
  // major Japanese brokerage (SMFG); online-trading outages reported
  { name: 'SMBC Nikko Securities', company: 'SMBC', category: 'exchange', aliases: ['SMBC Nikko', 'Nikko Easy Trade'] },
  // MUFG's online brokerage (ex au Kabucom, renamed 2025); trading-system failures reported (e.g. 2020-21)
  { name: 'Mitsubishi UFJ eSmart Securities', company: 'MUFG', category: 'exchange', aliases: ['au Kabucom Securities', 'kabu.com Securities', 'Kabucom', 'eSmart Securities'] },
  // largest shinkin (cooperative) bank in Japan; shinkin ATM/online outages reported
  { name: 'Kyoto Chuo Shinkin Bank', company: null, category: 'bank', aliases: ['Kyoto Chuo Shinkin'] },
  // large Tokyo shinkin bank; member of the shinkin joint system whose outages are reported
  { name: 'Johnan Shinkin Bank', company: null, category: 'bank', aliases: ['Johnan Shinkin'] },
  // large shinkin bank in western Tokyo; ATM/online-banking disruptions reported
  { name: 'Tama Shinkin Bank', company: null, category: 'bank', aliases: ['Tama Shinkin', 'Tamashin'] },
  // central institution of Japan's ~250 shinkin banks; runs shared settlement/ATM links whose faults hit all shink
  { name: 'Shinkin Central Bank', company: null, category: 'bank', aliases: ['Shinkin Chukin', 'Shinkin Central Bank system'] },
  // Japan's labour banks (13 regional rokin); shared-system/ATM outages reported
  { name: 'Rokin Bank', company: null, category: 'bank', aliases: ['Chuo Rokin Bank', 'Rokin Banks', 'Japan Labour Bank'] },
  // agricultural-cooperative banks (JASTEM shared system); ATM/online outages reported nationwide
  { name: 'JA Bank', company: 'Norinchukin Bank', category: 'bank', aliases: ['JA Net Bank', 'JA Bank app'] },
  // Resona group's Saitama bank; shares Resona's systems, outages reported with Resona's
  { name: 'Saitama Resona Bank', company: 'Resona Holdings', category: 'bank', aliases: ['Saitama Resona'] },
  // largest Japanese trust bank; online/ATM outages reported
  { name: 'Sumitomo Mitsui Trust Bank', company: 'Sumitomo Mitsui Trust Group', category: 'bank', aliases: ['SMTB', 'SuMi TRUST Bank'] },
  // JR Central's transit IC card (Tokai); named in IC-card faults at ticket gates; katakana トイカ left out (inside ト
  { name: 'TOICA', company: 'JR Central', category: 'payments', aliases: [] },
  // Nagoya-area transit IC card (subway/Meitetsu); katakana マナカ left out (a given name)
  { name: 'manaca', company: 'Nagoya Transportation Bureau', category: 'payments', aliases: [] },
  // post-pay transit IC card of Kansai private railways; card-system faults reported
  { name: 'PiTaPa', company: 'Surutto KANSAI', category: 'payments', aliases: [] },
  // JR Kyushu's transit IC card; katakana スゴカ left out (slang スゴカワ)
  { name: 'SUGOCA', company: 'JR Kyushu', category: 'payments', aliases: [] },
  // Nishitetsu's transit IC card (Fukuoka); katakana ニモカ left out
  { name: 'nimoca', company: 'Nishi-Nippon Railroad', category: 'payments', aliases: [] },
  // national resident-register network run by J-LIS; outages stop certificate issuance and My Number checks at mun
  { name: 'Juki Net', company: null, category: 'government', aliases: ['Basic Resident Registration Network', 'Jukinet'] },
  // closed network linking all Japanese municipalities and prefectures; LGWAN failures halt municipal systems
  { name: 'LGWAN', company: 'J-LIS', category: 'government', aliases: ['LGWAN-ASP', 'Local Government Wide Area Network'] },
  // national COVID-19 patient-reporting system used by health centres; outages/slowdowns reported 2020-22
  { name: 'HER-SYS', company: 'Japanese Ministry of Health, Labour and Welfare', category: 'government', aliases: ['HERSYS'] },
  // Japan's customs/port clearance system; outages delayed customs clearance nationwide (reported)
  { name: 'NACCS', company: 'Nippon Automated Cargo and Port Consolidated System', category: 'government', aliases: ['Nippon Automated Cargo and Port Consolidated System'] },
  // national missile/disaster warning system; malfunctions and false/failed alerts reported
  { name: 'J-Alert', company: 'Fire and Disaster Management Agency', category: 'government', aliases: ['J Alert'] },
  // Tokushima town hospital whose electronic medical records were locked by LockBit ransomware, Oct 2021
  { name: 'Handa Hospital', company: 'Tsurugi Town', category: 'other', aliases: ['Tsurugi Town Handa Hospital'] },
  // Okayama prefectural psychiatric hospital; e-records system hit by ransomware May 2024
  { name: 'Okayama Psychiatric Medical Center', company: null, category: 'other', aliases: [] },
  // Beijing's COVID health-code app; repeated crashes (Jan 2021, Apr 2022) widely reported
  { name: 'Beijing Health Kit', company: 'Beijing Municipal Government', category: 'government', aliases: ['Beijing Jiankangbao'] },
  // Xi'an health-code system; crashed twice (Dec 2021, Jan 2022) during lockdown testing
  { name: 'Xi\'an One Code Pass', company: 'Xi\'an Municipal Government', category: 'government', aliases: ['Xian One Code Pass', 'Xi\'an Yimatong'] },
  // national telecom itinerary card used with health codes (2020-22); outages reported, service ended Dec 2022
  { name: 'Communications Big Data Trip Card', company: 'CAICT', category: 'government', aliases: ['Trip Card app', 'Xingchengka'] },
  // official digital-yuan wallet app; bare 数字人民币 (the currency itself) left out
  { name: 'e-CNY app', company: 'People\'s Bank of China', category: 'payments', aliases: ['e-CNY wallet', 'digital yuan app', 'e-CNY'] },
  // China's third stock exchange (2021); trading-system issues reported with SSE/SZSE
  { name: 'Beijing Stock Exchange', company: null, category: 'exchange', aliases: ['BSE China'] },
  // large Chinese broker; its app crashed in the Sept/Oct 2024 rally, widely reported
  { name: 'Huatai Securities', company: null, category: 'exchange', aliases: ['Zhangle Caifutong'] },
  // China's largest broker; trading-app lags/crashes in the Oct 2024 rally reported
  { name: 'CITIC Securities', company: 'CITIC Group', category: 'exchange', aliases: [] },
  // broker formed by the 2025 Guotai Junan–Haitong merger; app outages in 2024 rally reported
  { name: 'Guotai Haitong Securities', company: null, category: 'exchange', aliases: ['Guotai Junan Securities', 'Haitong Securities', 'Junhong app'] },
  // major Chinese broker; app access problems during 2024 trading surge reported
  { name: 'China Merchants Securities', company: 'China Merchants Group', category: 'exchange', aliases: [] },
  // major Chinese broker (app 易淘金); app crashes in the 2024 rally reported
  { name: 'GF Securities', company: null, category: 'exchange', aliases: ['Yitaojin'] },
  // state-backed Chinese broker; app outages in 2024 rally reported
  { name: 'China Galaxy Securities', company: null, category: 'exchange', aliases: ['Galaxy Securities'] },
  // large rural commercial bank; mobile-banking outages reported
  { name: 'Chongqing Rural Commercial Bank', company: null, category: 'bank', aliases: ['CQRCB'] },
  // Meituan's reviews/booking app; crashes reported alongside Meituan outages
  { name: 'Dianping', company: 'Meituan', category: 'ecommerce', aliases: ['Dazhong Dianping'] },
  // bike-share/ride-hailing app; app outages reported; bare 哈啰 ('hello') left out
  { name: 'Hellobike', company: 'Hello Inc.', category: 'transport', aliases: ['Hello Chuxing'] },
  // largest Chinese courier; app/mini-program outages reported
  { name: 'SF Express', company: null, category: 'ecommerce', aliases: ['SF Express app'] },
  // national registration site for professional and civil-service exams; crashes on registration deadlines reporte
  { name: 'China Personnel Examination Network', company: 'Chinese Ministry of Human Resources and Social Security', category: 'government', aliases: [] },
  // Taiwanese bank; online-banking outages reported
  { name: 'KGI Bank', company: 'KGI Financial', category: 'bank', aliases: [] },
  // Taiwan's largest broker; order-system outages on busy days reported
  { name: 'Yuanta Securities', company: 'Yuanta Financial', category: 'exchange', aliases: [] },
  // Taiwanese bank; online/ATM outages reported
  { name: 'Shin Kong Bank', company: 'Shin Kong Financial', category: 'bank', aliases: [] },
  // state-controlled Taiwanese SME bank; system outages reported
  { name: 'Taiwan Business Bank', company: null, category: 'bank', aliases: [] },
  // Taiwan NHI app (health passbook, used for vaccine/test records); crashes under load reported 2021-22
  { name: 'NHI Express App', company: 'National Health Insurance Administration', category: 'government', aliases: ['NHI Express'] },
  // Taiwan's online income-tax filing system; slowdowns/outages in May filing season reported
  { name: 'Taiwan Income Tax e-Filing', company: 'Taiwan Ministry of Finance', category: 'government', aliases: ['Taiwan e-tax filing'] },
  // Taiwan's largest forum; outages reported; bare 'PTT' left out (Turkish post PTT)
  { name: 'PTT Bulletin Board System', company: null, category: 'social', aliases: ['PTT BBS', 'ptt.cc'] },
  // LINE's mobile payment (now mainly Taiwan); payment outages reported
  { name: 'LINE Pay', company: 'LY Corporation', category: 'payments', aliases: ['LINE Pay Taiwan', 'LINE Pay Money'] },
  // Hong Kong's centralised pension (MPF) platform, launched 2024; login/processing problems reported
  { name: 'eMPF Platform', company: 'MPFA', category: 'government', aliases: [], caseSensitiveAliases: ['eMPF'] },
  // Hong Kong's online tax-filing portal; outages near filing deadlines reported
  { name: 'eTAX Hong Kong', company: 'Hong Kong Inland Revenue Department', category: 'government', aliases: ['GovHK eTAX', 'IRD eTAX'] },
  // Hong Kong's monopoly betting operator; betting-system/app outages on race and match days reported
  { name: 'Hong Kong Jockey Club', company: null, category: 'gaming', aliases: ['HKJC betting'], caseSensitiveAliases: ['HKJC'] },
  // Hong Kong's largest online supermarket; crashes during sales and pandemic reported
  { name: 'HKTVmall', company: null, category: 'ecommerce', aliases: ['HKTV mall'] },
  // Macau's COVID health code; crashed during mass testing (June 2022)
  { name: 'Macao Health Code', company: 'Macao Government', category: 'government', aliases: ['Macau Health Code'] },
  // Singapore's pension-fund board; website/app outages reported; bare 'CPF' left out (French 'compte personnel de
  { name: 'CPF Board', company: 'Singapore Government', category: 'government', aliases: ['Central Provident Fund Board', 'my cpf app'] },
  // Singapore's tax e-filing portal; outages near filing deadline reported
  { name: 'myTax Portal', company: 'IRAS', category: 'government', aliases: ['IRAS myTax Portal', 'IRAS e-Filing'], caseSensitiveAliases: ['IRAS'] },
  // DBS's mass-market bank in Singapore; hit by DBS digital outages (2023) and reported by name
  { name: 'POSB', company: 'DBS', category: 'bank', aliases: ['POSB Bank', 'POSB digibank'] },
  // Malaysia's largest bank's online banking/app; outages reported; bare 马银行 left out (inside 巴拿马银行)
  { name: 'Maybank2u', company: 'Maybank', category: 'bank', aliases: ['M2U', 'MAE by Maybank', 'MAE app', 'Maybank app'] },
  // CIMB's Malaysian online banking; outages reported
  { name: 'CIMB Clicks', company: 'CIMB Group', category: 'bank', aliases: ['CIMB OCTO', 'CIMB OCTO MY', 'CIMB Bank Malaysia'] },
  // Malaysia's third-largest bank; online/app outages reported; 'Public Bank' exact case only
  { name: 'Public Bank Berhad', company: null, category: 'bank', aliases: ['PB engage', 'Public Bank Malaysia'], caseSensitiveAliases: ['Public Bank'] },
  // Malaysian bank; Connect app outages reported
  { name: 'Hong Leong Bank', company: null, category: 'bank', aliases: ['HLB Connect', 'Hong Leong Connect'] },
  // Malaysian bank; app outages reported; Chinese 兴业银行 left out (China's Industrial Bank)
  { name: 'RHB Bank', company: null, category: 'bank', aliases: ['RHB Now', 'RHB Mobile Banking', 'RHB'] },
  // Malaysia's main e-wallet and toll/transit card; outages reported
  { name: 'Touch \'n Go eWallet', company: 'Touch \'n Go', category: 'payments', aliases: ['TNG eWallet', 'Touch n Go eWallet', 'Touch \'n Go', 'Touch n Go'] },
  // Malaysia's health app (COVID check-in, vaccination); outages reported 2021
  { name: 'MySejahtera', company: 'Malaysian Ministry of Health', category: 'government', aliases: ['MySejahtera app'] },
  // Malaysian Inland Revenue Board's tax portal; outages near filing deadline reported
  { name: 'LHDN MyTax', company: 'LHDN', category: 'government', aliases: ['MyTax LHDN', 'ezHASiL', 'LHDN e-Filing', 'e-Filing LHDN'], caseSensitiveAliases: ['LHDN'] },
  // Malaysian stock exchange; trading halts from system faults reported
  { name: 'Bursa Malaysia', company: null, category: 'exchange', aliases: [] },
  // regional development bank of Yogyakarta; service disruptions reported
  { name: 'Bank BPD DIY', company: null, category: 'bank', aliases: ['BPD DIY', 'Bank Pembangunan Daerah DIY'] },
  // regional development bank of Bengkulu
  { name: 'Bank Bengkulu', company: null, category: 'bank', aliases: ['BPD Bengkulu'] },
  // regional development bank of Central Kalimantan
  { name: 'Bank Kalteng', company: null, category: 'bank', aliases: ['BPD Kalteng', 'Bank Pembangunan Daerah Kalimantan Tengah'] },
  // regional development bank of North Sulawesi and Gorontalo
  { name: 'Bank SulutGo', company: null, category: 'bank', aliases: ['BPD SulutGo', 'Bank Sulut', 'Bank Sulawesi Utara Gorontalo'] },
  // regional development bank of Southeast Sulawesi
  { name: 'Bank Sultra', company: null, category: 'bank', aliases: ['BPD Sultra', 'Bank Sulawesi Tenggara'] },
  // regional development bank of Central Sulawesi
  { name: 'Bank Sulteng', company: null, category: 'bank', aliases: ['BPD Sulteng', 'Bank Sulawesi Tengah'] },
  // regional development bank of Maluku and North Maluku
  { name: 'Bank Maluku Malut', company: null, category: 'bank', aliases: ['BPD Maluku', 'BPD Maluku Malut', 'Bank Maluku'] },
  // Indonesian private bank (CT Corp); app/ATM disruptions reported
  { name: 'Bank Mega', company: null, category: 'bank', aliases: ['M-Smile Bank Mega', 'PT Bank Mega'] },
  // Indonesian private bank; app outages reported
  { name: 'Bank Sinarmas', company: null, category: 'bank', aliases: ['SimobiPlus', 'Simobi Plus', 'Bank Sinarmas Syariah'] },
  // ex-Bukopin bank (KB Financial); app/system outages reported
  { name: 'KB Bank Indonesia', company: 'KB Financial Group', category: 'bank', aliases: ['KB Bukopin', 'Bank KB Bukopin', 'Bank Bukopin'] },
  // Indonesian digital bank (app 'neobank'); outages reported; bare 'neobank' left out as a generic word
  { name: 'Bank Neo Commerce', company: null, category: 'bank', aliases: ['neobank BNC', 'Neo Commerce'] },
  // Indonesian customs clearance system; CEISA 4.0 disruptions (2023-24) stalled import/export clearance
  { name: 'CEISA', company: 'Indonesian Directorate General of Customs and Excise', category: 'government', aliases: ['CEISA 4.0', 'CEISA Bea Cukai'] },
  // Indonesia's trade/licensing single window; outages reported alongside CEISA
  { name: 'Indonesia National Single Window', company: 'Lembaga National Single Window', category: 'government', aliases: ['INSW', 'SINSW'] },
  // civil-service HR/information system used in CPNS/PPPK processes; downtime reported
  { name: 'SIASN', company: 'BKN', category: 'government', aliases: ['SIASN BKN', 'MySAPK', 'MySAPK BKN'] },
  // teachers' platform (PMM, now Ruang GTK); access problems reported; bare 'Merdeka Mengajar' left out as a phras
  { name: 'Platform Merdeka Mengajar', company: 'Indonesian Ministry of Education', category: 'government', aliases: ['PMM Kemendikbud', 'aplikasi PMM', 'Ruang GTK'] },
  // Bank Mandiri's prepaid card used at toll gates and transit; top-up/reader outages reported
  { name: 'Mandiri e-money', company: 'Bank Mandiri', category: 'payments', aliases: ['e-money Mandiri', 'kartu e-money Mandiri', 'e-Toll Mandiri'] },
  // Indonesian fibre ISP/pay-TV; outages reported
  { name: 'MNC Play', company: 'MNC Group', category: 'isp', aliases: ['MNC Play Media'] },
  // Indonesian fibre ISP (Moratelindo); outages reported
  { name: 'Oxygen.id', company: 'Moratelindo', category: 'isp', aliases: [] },
  // XL Axiata's home-fibre / fixed-mobile bundle (ex-XL Home); outages reported
  { name: 'XL Satu', company: 'XL Axiata', category: 'isp', aliases: ['XL Home', 'XL SATU Fiber'] },
  // Indonesia's largest shared ATM/transfer switch (Artajasa); disruptions reported
  { name: 'ATM Bersama', company: 'Artajasa', category: 'payments', aliases: ['jaringan ATM Bersama'] },
  // Spanish cooperative banking group (largest caja rural); online-banking disruptions reported
  { name: 'Cajamar', company: null, category: 'bank', aliases: ['Grupo Cajamar', 'Cajamar Caja Rural', 'app Cajamar'] },
  // Basque cooperative bank; app/online outages reported
  { name: 'Laboral Kutxa', company: null, category: 'bank', aliases: ['Caja Laboral', 'app Laboral Kutxa'] },
  // Basque cable/mobile operator; network outages across the Basque Country reported
  { name: 'Euskaltel', company: 'MasOrange', category: 'telecom', aliases: ['Euskaltel Telecom'] },
  // Spanish MVNO (on Vodafone's network); service outages reported 2022-23
  { name: 'Finetwork', company: null, category: 'telecom', aliases: ['Finetwork móvil'] },
  // Madrid region's school platform; collapsed on the first lockdown days (March 2020) and under cyberattacks
  { name: 'EducaMadrid', company: 'Comunidad de Madrid', category: 'government', aliases: ['plataforma EducaMadrid', 'aula virtual EducaMadrid'] },
  // Andalusia's school-management platform (Séneca) and family app; outages at enrolment/grading times reported; b
  { name: 'iPasen', company: 'Junta de Andalucía', category: 'government', aliases: ['iSéneca', 'Séneca Junta de Andalucía', 'Séneca iPasen', 'app iPasen'], caseSensitiveAliases: ['PASEN'] },
  // Mexican state bank paying welfare pensions/scholarships; app and branch system outages reported
  { name: 'Banco del Bienestar', company: 'Mexican Government', category: 'bank', aliases: ['app Banco del Bienestar', 'Bansefi'] },
  // Mexican cable ISP/TV; regional internet outages reported
  { name: 'Megacable', company: null, category: 'isp', aliases: ['Megacable Internet'] },
  // major Argentine private bank; home-banking outages reported
  { name: 'Banco Macro', company: null, category: 'bank', aliases: ['app Banco Macro'] },
  // Argentine fintech/card issuer; app outages reported
  { name: 'Naranja X', company: 'Grupo Galicia', category: 'payments', aliases: ['app Naranja X', 'Tarjeta Naranja'] },
  // major Chilean bank; app/online outages reported
  { name: 'Banco de Crédito e Inversiones', company: null, category: 'bank', aliases: ['Banco BCI', 'app Bci', 'Bci app', 'Banco de Credito e Inversiones'], caseSensitiveAliases: ['BCI', 'Bci'] },
  // Chilean/Peruvian retail bank; app outages reported
  { name: 'Banco Falabella', company: 'Falabella', category: 'bank', aliases: ['app Banco Falabella', 'CMR Falabella'] },
  // Bogotá's telecom operator; internet outages reported
  { name: 'ETB', company: null, category: 'telecom', aliases: ['Empresa de Telecomunicaciones de Bogotá', 'Empresa de Telecomunicaciones de Bogota', 'ETB fibra'], caseSensitiveAliases: ['ETB'] },
  // Peru's state bank paying public salaries and bonuses; app/agency outages reported; bare 'Banco de la Nación' l
  { name: 'Banco de la Nación del Perú', company: 'Peruvian Government', category: 'bank', aliases: ['Banco de la Nación Perú', 'app Banco de la Nación Perú'] },
  // Costa Rica's instant mobile-transfer system; outages at banks reported
  { name: 'SINPE Móvil', company: 'Banco Central de Costa Rica', category: 'payments', aliases: ['SINPE Movil', 'SINPE'] },
  // Cuba's state telecom monopoly (Nauta internet); outages and cuts widely reported
  { name: 'ETECSA', company: null, category: 'telecom', aliases: ['ETECSA Cuba', 'Nauta ETECSA'], caseSensitiveAliases: ['Nauta'] },
  // Puerto Rico's P2P payment app and ATH debit network; outages reported
  { name: 'ATH Móvil', company: 'Evertec', category: 'payments', aliases: ['ATH Movil', 'ATH Móvil Business', 'ATH network'] },
  // largest private bank in the Dominican Republic; online outages reported
  { name: 'Banco Popular Dominicano', company: null, category: 'bank', aliases: ['Popular Dominicano', 'app Banco Popular Dominicano'] },
  // Portuguese cable/fibre operator (Digi since 2024); outages reported
  { name: 'NOWO', company: 'Digi', category: 'isp', aliases: ['NOWO Portugal'] },
  // Portugal's single citizen-services portal; downtime reported
  { name: 'ePortugal', company: 'AMA', category: 'government', aliases: ['portal ePortugal', 'gov.pt'] },
  // Brazil's largest brokerage; platform outages on busy trading days reported
  { name: 'XP Investimentos', company: 'XP Inc.', category: 'exchange', aliases: ['XP Inc.', 'corretora XP', 'app XP Investimentos'] },
  // São Paulo state's citizen-services centres/app (IDs, Detran-SP); system outages reported
  { name: 'Poupatempo', company: 'São Paulo State Government', category: 'government', aliases: ['Poupa Tempo', 'Poupatempo Digital'] },
  // Brazil's digital work-record app (also for unemployment/abono); outages reported
  { name: 'Carteira de Trabalho Digital', company: 'Brazilian Ministry of Labour', category: 'government', aliases: ['CTPS Digital', 'app Carteira de Trabalho Digital'] },
  // Brazilian retailer; site/app and till outages on Black Friday reported
  { name: 'Magalu', company: null, category: 'ecommerce', aliases: ['Magazine Luiza', 'app Magalu'] },
  // French P2P payment app (bank 'Sumeria'); outages reported; bare name exact case (a first name)
  { name: 'Lydia', company: null, category: 'payments', aliases: ['Lydia app', 'app Lydia'], caseSensitiveAliases: ['Lydia'] },
  // national master's-admissions platform (2023); bugs and overloads reported; exact case (ordinary French phrase)
  { name: 'Mon Master', company: 'French Ministry of Higher Education', category: 'government', aliases: ['monmaster.gouv.fr', 'plateforme Mon Master'], caseSensitiveAliases: ['Mon Master'] },
  // Belgian cooperative bank (merged AXA Bank Belgium); outages after migration reported
  { name: 'Crelan', company: null, category: 'bank', aliases: ['Crelan app', 'Crelan Mobile'] },
  // Vaud cantonal bank; e-banking outages reported; bare 'BCV' left out (Banco Central de Venezuela)
  { name: 'Banque Cantonale Vaudoise', company: null, category: 'bank', aliases: ['BCV Net', 'BCV e-banking'] },
  // Swiss Post-backed login/digital identity for public and private services; outages reported
  { name: 'SwissID', company: 'SwissSign Group', category: 'government', aliases: [] },
  // pan-African bank (West/Central Africa); app/online outages reported
  { name: 'Ecobank', company: null, category: 'bank', aliases: ['Ecobank Mobile', 'Ecobank app', 'Ecobank Nigeria', 'Ecobank Ghana'] },
  // Senegal's prepaid-electricity purchase system; outages prevent buying power codes
  { name: 'Woyofal', company: 'Senelec', category: 'payments', aliases: ['Woyofal Senelec'] },
  // widely used Italian school register; outages reported at term start; bare 'Argo' left out
  { name: 'Argo Scuolanext', company: 'Argo Software', category: 'government', aliases: ['ScuolaNext', 'Argo DidUP', 'registro elettronico Argo', 'Argo Famiglia'] },
  // Italian wholesale fibre network; outages (cable cuts) hit many ISPs' customers
  { name: 'Open Fiber', company: null, category: 'isp', aliases: ['OpenFiber'] },
  // Farnesina's consular booking portal (passports, citizenship); overloads/outages reported
  { name: 'Prenot@mi', company: 'Italian Ministry of Foreign Affairs', category: 'government', aliases: ['portale Prenot@mi'], caseSensitiveAliases: ['Prenotami'] },
  // German bank for health professionals; weeks of outages after its 2020 IT migration
  { name: 'apoBank', company: null, category: 'bank', aliases: ['Deutsche Apotheker- und Ärztebank', 'Apotheker- und Ärztebank'] },
  // German statutory pension insurer; online-service outages reported
  { name: 'Deutsche Rentenversicherung', company: null, category: 'government', aliases: ['eService der Deutschen Rentenversicherung', 'DRV Bund'] },
  // school timetable/class-register platform across DACH; outages on school days reported
  { name: 'WebUntis', company: 'Untis', category: 'government', aliases: ['Untis Mobile'] },
  // Hesse's school portal; failures during 2020-21 home schooling reported
  { name: 'Schulportal Hessen', company: 'Hessian Ministry of Education', category: 'government', aliases: [] },
  // public-sector IT provider for northern German states; outages hit administrations and schools
  { name: 'Dataport', company: null, category: 'cloud', aliases: ['Dataport AöR'] },
  // German MVNO on O2's network; outages reported with O2's and on its own
  { name: 'Aldi Talk', company: 'Telefónica Deutschland', category: 'telecom', aliases: ['Aldi Talk App'] },
  // largest Nigerian bank by assets; app/transfer outages reported; exact case (ordinary phrase)
  { name: 'Access Bank', company: null, category: 'bank', aliases: ['Access Bank Nigeria', 'Access Bank app', 'AccessMore'], caseSensitiveAliases: ['Access Bank'] },
  // major Nigerian bank; app/transfer outages reported
  { name: 'Zenith Bank', company: null, category: 'bank', aliases: ['Zenith Bank app', 'Zenith Bank Nigeria'] },
  // Nigerian bank across Africa; app/transfer outages reported
  { name: 'United Bank for Africa', company: null, category: 'bank', aliases: ['UBA Mobile', 'UBA app', 'Leo by UBA'], caseSensitiveAliases: ['UBA'] },
  // Nigeria's largest POS/agency-banking network; POS/transfer outages reported
  { name: 'Moniepoint', company: null, category: 'payments', aliases: ['Moniepoint POS', 'Moniepoint app'] },
  // Nigeria's interbank switch (NIP transfers); downtime halts transfers nationwide
  { name: 'NIBSS', company: null, category: 'payments', aliases: ['NIBSS Instant Payment', 'Nigeria Inter-Bank Settlement System'] },
  // Nigerian mobile operator; network outages reported
  { name: 'Globacom', company: null, category: 'telecom', aliases: ['Glo Mobile', 'Glo Nigeria'], caseSensitiveAliases: ['Glo'] },
  // Kenya's largest bank; app/mobile outages reported
  { name: 'KCB Bank', company: 'KCB Group', category: 'bank', aliases: ['KCB app', 'KCB M-Pesa', 'Kenya Commercial Bank'], caseSensitiveAliases: ['KCB'] },
  // Kenya's health-insurance scheme (replaced NHIF, 2024); system failures widely reported; bare 'SHA' left out
  { name: 'Social Health Authority', company: 'Kenyan Ministry of Health', category: 'government', aliases: ['SHA portal', 'Social Health Insurance Fund'], caseSensitiveAliases: ['SHIF'] },
  // Kenya's university placement portal; crashes at application windows reported
  { name: 'KUCCPS', company: null, category: 'government', aliases: ['KUCCPS portal', 'Kenya Universities and Colleges Central Placement Service'] },
  // Ghana's largest (state) bank; system outages reported
  { name: 'GCB Bank', company: null, category: 'bank', aliases: ['GCB app', 'Ghana Commercial Bank'] },
  // Africa's largest bank (SA; Stanbic elsewhere); app/online outages reported; exact case
  { name: 'Standard Bank', company: null, category: 'bank', aliases: ['Standard Bank app', 'Stanbic IBTC', 'Stanbic Bank'], caseSensitiveAliases: ['Standard Bank'] },
  // major South African bank; app/online outages reported
  { name: 'Nedbank', company: null, category: 'bank', aliases: ['Nedbank Money app'] },
  // South Africa's social-grant agency; payment-system glitches delaying grants reported
  { name: 'SASSA', company: 'South African Government', category: 'government', aliases: ['South African Social Security Agency', 'SASSA grants'] },
  // SA student-aid scheme; portal outages at application time reported
  { name: 'NSFAS', company: 'South African Government', category: 'government', aliases: ['National Student Financial Aid Scheme', 'myNSFAS'] },
  // Zimbabwe's dominant mobile money; outages widely reported
  { name: 'EcoCash', company: 'Econet Wireless', category: 'payments', aliases: ['EcoCash Zimbabwe'] },
  // major Indian private bank; UPI/app outages reported; bare 'Axis' left out (Indonesian AXIS)
  { name: 'Axis Bank', company: null, category: 'bank', aliases: ['Axis Bank app'] },
  // Indian private bank; app outages reported; bare 'Kotak' left out (Indonesian 'box')
  { name: 'Kotak Mahindra Bank', company: null, category: 'bank', aliases: ['Kotak Bank', 'Kotak 811', 'Kotak Mobile Banking'] },
  // India's company-filing portal; glitches near filing deadlines widely reported
  { name: 'MCA21', company: 'Indian Ministry of Corporate Affairs', category: 'government', aliases: ['MCA21 V3', 'MCA portal'] },
  // India's provident-fund portal; outages reported
  { name: 'EPFO', company: 'Employees\' Provident Fund Organisation', category: 'government', aliases: ['EPFO portal', 'EPFO Member Portal', 'UAN portal'] },
  // Pakistan's largest mobile wallet; outages reported
  { name: 'JazzCash', company: 'Jazz', category: 'payments', aliases: ['JazzCash app'] },
  // Pakistani mobile wallet; outages reported
  { name: 'Easypaisa', company: 'Telenor Microfinance Bank', category: 'payments', aliases: ['Easypaisa app', 'easypaisa bank'] },
  // Pakistan's ID authority; system-down reports hit biometric checks at banks and SIM sales
  { name: 'NADRA', company: 'Pakistani Government', category: 'government', aliases: ['National Database and Registration Authority', 'NADRA system'] },
  // Bangladesh's largest mobile-money service; outages reported
  { name: 'bKash', company: 'BRAC Bank', category: 'payments', aliases: ['bKash app'] },
  // Philippine e-wallet/digital bank (ex-PayMaya); outages reported; bare name exact case
  { name: 'Maya', company: 'Maya Philippines', category: 'payments', aliases: ['PayMaya', 'Maya Bank', 'Maya app'], caseSensitiveAliases: ['Maya'] },
  // ── fifteenth session: helpers' lists of Southeast and South Asia, Africa and Latin America (blind to the evaluation set), each checked against the gazetteer for clashes ──
  // India's largest food-delivery app
  { name: 'Zomato', company: 'Eternal Ltd', category: 'ecommerce', aliases: ['Zomato app'] },
  // Indian food-delivery and quick-commerce (Instamart) app
  { name: 'Swiggy', company: null, category: 'ecommerce', aliases: ['Swiggy app', 'Swiggy Instamart', 'Instamart'] },
  // India's largest airline; booking/check-in systems hit in IT outages
  { name: 'IndiGo Airlines', company: null, category: 'airline', aliases: ['InterGlobe Aviation', 'IndiGo airline'], caseSensitiveAliases: ['IndiGo'] },
  // Telekom Malaysia's fibre broadband and mobile brand
  { name: 'Unifi', company: 'Telekom Malaysia', category: 'isp', aliases: ['unifi Mobile', 'TM Unifi', 'Unifi broadband', 'Streamyx'] },
  // Malaysian mobile and fibre operator (also runs Hotlink prepaid)
  { name: 'Maxis', company: null, category: 'telecom', aliases: ['Maxis Berhad', 'Maxis Fibre', 'Maxis network'] },
  // Bangladesh's largest mobile operator
  { name: 'Grameenphone', company: 'Telenor', category: 'telecom', aliases: ['Grameen Phone', 'Grameenphone network'] },
  // Thailand's largest mobile operator (AIS) and its fibre broadband
  { name: 'Advanced Info Service', company: null, category: 'telecom', aliases: ['AIS Fibre', 'Advanced Wireless Network'] },
  // True Corporation's Thai mobile network
  { name: 'TrueMove H', company: 'True Corporation', category: 'telecom', aliases: ['True Move H', 'TrueMove', 'True Move H Universal Communication'] },
  // Malaysia's largest mobile operator, formed from the Celcom and Digi merger
  { name: 'CelcomDigi', company: null, category: 'telecom', aliases: ['Celcom Digi', 'Celcom Digi Berhad', 'Celcom', 'Celcom Axiata', 'Digi Malaysia', 'Digi Telecommunications'] },
  // Indian stockbroking and investment app
  { name: 'Groww', company: null, category: 'exchange', aliases: ['Groww app'] },
  // Indian stockbroker and trading app
  { name: 'Angel One', company: null, category: 'exchange', aliases: ['Angel Broking', 'Angel One app'] },
  // Indian movie and event ticketing platform; crashes on big ticket sales
  { name: 'BookMyShow', company: null, category: 'ecommerce', aliases: ['Book My Show', 'BookMyShow app'] },
  // Pakistan's largest commercial bank and its mobile/internet banking
  { name: 'Habib Bank Limited', company: null, category: 'bank', aliases: ['Habib Bank', 'HBL Mobile', 'HBL MobileBanking', 'HBL Pakistan'] },
  // Pakistani mobile operator trading as Zong
  { name: 'China Mobile Pakistan', company: 'China Mobile', category: 'telecom', aliases: ['Zong 4G', 'Zong Pakistan', 'CMPak', 'Zong network'] },
  // Pakistan's largest mobile operator (ex-Mobilink)
  { name: 'Jazz Pakistan', company: 'Jazz', category: 'telecom', aliases: ['Jazz 4G', 'Mobilink Jazz', 'Mobilink'] },
  // Indian flag carrier (Tata Group)
  { name: 'Air India', company: null, category: 'airline', aliases: ['Air India app'] },
  // Philippine state health insurer; portals and e-claims went down after 2023 ransomware
  { name: 'PhilHealth', company: null, category: 'government', aliases: ['Philippine Health Insurance Corporation', 'PhilHealth Member Portal', 'PhilHealth e-Claims'] },
  // Philippine fibre broadband provider
  { name: 'Converge ICT', company: null, category: 'isp', aliases: ['Converge ICT Solutions', 'Converge FiberX', 'Converge broadband'] },
  // Philippines' third mobile operator
  { name: 'DITO Telecommunity', company: null, category: 'telecom', aliases: ['DITO Telecommunity Corp'], caseSensitiveAliases: ['DITO'] },
  // Thai bank and its K PLUS mobile banking app
  { name: 'Kasikornbank', company: null, category: 'bank', aliases: ['Kasikorn Bank', 'Kasikornbank app'], caseSensitiveAliases: ['K PLUS'] },
  // Thai bank and its SCB EASY app
  { name: 'Siam Commercial Bank', company: null, category: 'bank', aliases: ['SCB EASY', 'SCB Easy app'] },
  // Thai state-owned bank; runs Krungthai NEXT and the Paotang government-payments app
  { name: 'Krungthai Bank', company: null, category: 'bank', aliases: ['Krung Thai Bank', 'Krungthai NEXT', 'Paotang', 'Pao Tang'] },
  // Thailand's largest bank by assets and its mobile banking
  { name: 'Bangkok Bank', company: null, category: 'bank', aliases: ['Bualuang mBanking', 'Bangkok Bank Mobile Banking'] },
  // Thailand's national instant-transfer and QR payment system
  { name: 'PromptPay', company: 'National ITMX', category: 'payments', aliases: ['Prompt Pay'] },
  // Vietnam's largest mobile and fixed-internet operator
  { name: 'Viettel Telecom', company: 'Viettel', category: 'telecom', aliases: ['Viettel Mobile', 'Viettel network', 'mạng Viettel'] },
  // Vietnamese state telecom group and its VinaPhone mobile network
  { name: 'VNPT', company: null, category: 'telecom', aliases: ['VinaPhone', 'VNPT VinaPhone', 'Vietnam Posts and Telecommunications Group'] },
  // Vietnamese state mobile operator
  { name: 'MobiFone', company: null, category: 'telecom', aliases: ['MobiFone network'] },
  // Vietnam's largest e-wallet, run by M_Service
  { name: 'MoMo e-wallet', company: null, category: 'payments', aliases: ['Ví MoMo', 'ví điện tử MoMo', 'MoMo Vietnam', 'M_Service'] },
  // Vietnamese state-controlled bank and its VCB Digibank app
  { name: 'Vietcombank', company: null, category: 'bank', aliases: ['VCB Digibank', 'Joint Stock Commercial Bank for Foreign Trade of Vietnam'] },
  // Pakistan's tax authority and its IRIS return-filing portal
  { name: 'Federal Board of Revenue', company: 'Pakistani Government', category: 'government', aliases: ['FBR IRIS', 'IRIS portal', 'FBR portal'] },
  // Indian state-owned bank
  { name: 'Punjab National Bank', company: null, category: 'bank', aliases: ['PNB One', 'Punjab National Bank net banking'] },
  // Indian state-owned bank and its bob World app
  { name: 'Bank of Baroda', company: null, category: 'bank', aliases: ['bob World', 'Bank of Baroda app'] },
  // Indian private bank and large UPI payment service provider
  { name: 'Yes Bank', company: null, category: 'bank', aliases: ['Yes Bank net banking'] },
  // Indian state-owned bank
  { name: 'Canara Bank', company: null, category: 'bank', aliases: ['Canara ai1', 'CANDI app'] },
  // Indian government digital-document wallet, used for board results
  { name: 'DigiLocker', company: 'Indian Ministry of Electronics and IT', category: 'government', aliases: ['Digi Locker', 'digilocker.gov.in'] },
  // Indian agency running JEE Main, NEET-UG and CUET registration and results portals
  { name: 'National Testing Agency', company: null, category: 'government', aliases: ['nta.ac.in', 'exams.nta.ac.in', 'NTA website', 'NTA portal'] },
  // Indian school board whose results site crashes on results day
  { name: 'CBSE', company: null, category: 'government', aliases: ['Central Board of Secondary Education', 'cbse.gov.in', 'cbseresults.nic.in', 'CBSE results website'] },
  // Indian quick-commerce grocery app (ex-Grofers)
  { name: 'Blinkit', company: 'Eternal Ltd', category: 'ecommerce', aliases: ['Grofers', 'Blinkit app'] },
  // Indian discount stockbroker
  { name: 'Upstox', company: null, category: 'exchange', aliases: ['Upstox app', 'Upstox Pro'] },
  // NPCI's own UPI payments app
  { name: 'Bharat Interface for Money', company: 'NPCI', category: 'payments', aliases: ['BHIM app', 'BHIM UPI'], caseSensitiveAliases: ['BHIM'] },
  // Indian fibre broadband ISP (Bengaluru, Hyderabad, Chennai, Delhi)
  { name: 'ACT Fibernet', company: null, category: 'isp', aliases: ['ACT Broadband', 'Atria Convergence Technologies'] },
  // Philippine state bank handling government payroll and cash transfers
  { name: 'Land Bank of the Philippines', company: null, category: 'bank', aliases: ['Landbank', 'LANDBANK iAccess', 'Landbank Mobile Banking'] },
  // Philippine digital-heavy universal bank
  { name: 'UnionBank', company: null, category: 'bank', aliases: ['Union Bank of the Philippines', 'UnionBank Online', 'UnionBank app'] },
  // Philippine universal bank
  { name: 'Metrobank', company: null, category: 'bank', aliases: ['Metropolitan Bank and Trust Company', 'Metrobank Online', 'Metrobank app'] },
  // Philippine universal bank and its Pulz app
  { name: 'RCBC', company: null, category: 'bank', aliases: ['Rizal Commercial Banking Corporation', 'RCBC Pulz', 'RCBC Online Banking'] },
  // Thai bank (Bank of Ayudhya), MUFG subsidiary
  { name: 'Krungsri', company: 'MUFG', category: 'bank', aliases: ['Bank of Ayudhya', 'Krungsri Bank', 'Krungsri Mobile App'] },
  // Malaysia's national instant-transfer and QR payment service
  { name: 'DuitNow', company: 'Payments Network Malaysia', category: 'payments', aliases: ['DuitNow QR', 'DuitNow Transfer'] },
  // Vietnamese state-controlled bank and its iPay app
  { name: 'VietinBank', company: null, category: 'bank', aliases: ['VietinBank iPay', 'Vietnam Joint Stock Commercial Bank for Industry and Trade'] },
  // Vietnamese state-controlled bank and its SmartBanking app
  { name: 'BIDV', company: null, category: 'bank', aliases: ['BIDV SmartBanking', 'Bank for Investment and Development of Vietnam'] },
  // Vietnamese private bank
  { name: 'Techcombank', company: null, category: 'bank', aliases: ['Vietnam Technological and Commercial Joint Stock Bank', 'Techcombank Mobile'] },
  // Pakistan's largest Islamic bank
  { name: 'Meezan Bank', company: null, category: 'bank', aliases: ['Meezan Bank Limited', 'Meezan Bank app'] },
  // Bangladesh's second mobile operator (also runs the Airtel Bangladesh brand)
  { name: 'Robi Axiata', company: 'Axiata', category: 'telecom', aliases: ['Robi Axiata Limited', 'Robi network'] },
  // Bangladeshi mobile financial service (Bangladesh Post Office)
  { name: 'Nagad', company: null, category: 'payments', aliases: ['Nagad app', 'My Nagad'] },
  // Sri Lanka's largest mobile operator
  { name: 'Dialog Axiata', company: 'Axiata', category: 'telecom', aliases: ['Dialog Axiata PLC', 'Dialog network'] },
  // Sri Lankan state-linked fixed and mobile (Mobitel) operator
  { name: 'Sri Lanka Telecom', company: null, category: 'telecom', aliases: ['SLT-Mobitel', 'SLTMobitel', 'Mobitel Sri Lanka', 'Sri Lanka Telecom PLC'] },
  // Nepal's state-owned mobile and fixed operator
  { name: 'Nepal Telecom', company: null, category: 'telecom', aliases: ['Nepal Doorsanchar Company', 'Nepal Telecom FTTH'] },
  // Nepal's main private mobile operator
  { name: 'Ncell', company: null, category: 'telecom', aliases: ['Ncell Axiata'] },
  // Nepal's largest private internet service provider
  { name: 'WorldLink', company: null, category: 'isp', aliases: ['WorldLink Communications', 'Worldlink internet'] },
  // Myanmar's state mobile operator (MPT), run with KDDI/Sumitomo
  { name: 'Myanma Posts and Telecommunications', company: null, category: 'telecom', aliases: ['MPT Myanmar', 'Myanmar Post and Telecommunication'] },
  // Military-linked Myanmar mobile operator (Viettel joint venture)
  { name: 'Mytel', company: null, category: 'telecom', aliases: ['Mytel Myanmar', 'Telecom International Myanmar'] },
  // Cambodia's largest bank by digital payments; app outages halt transfers nationwide
  { name: 'ABA Bank', company: null, category: 'bank', aliases: ['Advanced Bank of Asia', 'ABA Mobile'] },
  // Cambodia's largest commercial bank
  { name: 'ACLEDA Bank', company: null, category: 'bank', aliases: ['ACLEDA', 'ACLEDA Mobile', 'ACLEDA Bank Plc'] },
  // Cambodia's leading mobile operator
  { name: 'Smart Axiata', company: 'Axiata', category: 'telecom', aliases: ['Smart Axiata Cambodia'] },
  // Ethiopia's state-owned incumbent mobile, fixed and internet operator; frequent national and regional shutdowns
  { name: 'Ethio Telecom', company: null, category: 'telecom', aliases: ['Ethiotelecom', 'Ethio-Telecom'] },
  // Ethio Telecom's mobile money service, Ethiopia's largest wallet
  { name: 'telebirr', company: 'Ethio Telecom', category: 'payments', aliases: ['Tele Birr', 'Telebirr app'] },
  // Airtel Africa's mobile money wallet in 14 African markets
  { name: 'Airtel Money', company: 'Airtel Africa', category: 'payments', aliases: ['Airtel Money Kenya', 'Airtel Money Uganda', 'Airtel Money Zambia', 'Airtel Money Tanzania', 'Airtel Money RDC'] },
  // MultiChoice's satellite pay-TV and streaming service across sub-Saharan Africa
  { name: 'DStv', company: 'MultiChoice', category: 'streaming', aliases: ['DStv Stream', 'DStv Now', 'DStv app'] },
  // East-coast African submarine cable system and wholesale network operator
  { name: 'Seacom', company: null, category: 'telecom', aliases: ['SEACOM cable', 'Seacom subsea cable'] },
  // Submarine cable from South Africa along Africa's west coast to the UK; cuts disrupt West and Southern Africa
  { name: 'West Africa Cable System', company: null, category: 'telecom', aliases: ['WACS cable', 'West Africa Cable System cable'], caseSensitiveAliases: ['WACS'] },
  // West African submarine cable and data-centre operator (Nigeria), now an Equinix company
  { name: 'MainOne', company: 'Equinix', category: 'telecom', aliases: ['MainOne cable', 'MainOne submarine cable'] },
  // South Africa's fixed incumbent and mobile operator (Telkom)
  { name: 'Telkom SA', company: null, category: 'telecom', aliases: ['Telkom South Africa', 'Telkom Mobile', 'Telkom SA SOC'] },
  // South African mobile network operator
  { name: 'Cell C', company: null, category: 'telecom', aliases: ['Cell C network'] },
  // Ethiopia's largest, state-owned bank and its mobile apps
  { name: 'Commercial Bank of Ethiopia', company: null, category: 'bank', aliases: ['CBE Birr', 'CBE Ethiopia', 'CBE Mobile Banking'] },
  // WAEC's WASSCE registration and result-checker portal (Nigeria, Ghana and other West African states)
  { name: 'WAEC portal', company: 'West African Examinations Council', category: 'government', aliases: ['WAEC', 'WAEC Direct', 'waecdirect.org', 'WAEC result checker', 'WAEC results portal'] },
  // Nigeria's National Identification Number (NIN) enrolment and verification system used by banks, telcos and passports
  { name: 'NIMC portal', company: 'National Identity Management Commission', category: 'government', aliases: ['NIMC', 'NIN portal', 'NIN verification portal', 'NIMC verification portal'] },
  // Nigeria's INEC Result Viewing Portal for polling-unit election results
  { name: 'IReV', company: 'Independent National Electoral Commission', category: 'government', aliases: ['INEC Result Viewing Portal', 'INEC IReV', 'IReV portal'] },
  // Nigerian mobile operator (Emerging Markets Telecommunication Services), formerly Etisalat Nigeria
  { name: '9mobile', company: null, category: 'telecom', aliases: ['9mobile Nigeria', 'Etisalat Nigeria'] },
  // Safaricom's M-Pesa overdraft service (with NCBA and KCB), Kenya
  { name: 'Fuliza', company: 'Safaricom', category: 'payments', aliases: ['Fuliza M-Pesa'] },
  // Kenyan tier-one bank and its MCo-opCash mobile banking
  { name: 'Co-operative Bank of Kenya', company: null, category: 'bank', aliases: ['Co-op Bank Kenya', 'Co-operative Bank Kenya', 'Co-op Bank of Kenya', 'MCo-opCash'] },
  // Kenya's national exam (KCSE/KCPE/KJSEA) results and registration portal
  { name: 'KNEC portal', company: 'Kenya National Examinations Council', category: 'government', aliases: ['KNEC', 'KNEC results portal', 'results.knec.ac.ke'] },
  // Kenya's third mobile operator and fixed incumbent, with T-Kash mobile money
  { name: 'Telkom Kenya', company: null, category: 'telecom', aliases: ['T-Kash', 'Telkom Kenya network'] },
  // Wananchi Group's fibre broadband and pay-TV brand in Kenya and East Africa
  { name: 'Zuku', company: 'Wananchi Group', category: 'isp', aliases: ['Zuku Fiber', 'Zuku Fibre', 'Zuku TV', 'Zuku internet'] },
  // Kenyan bank (also M-Shwari/Fuliza partner) and its mobile apps
  { name: 'NCBA Bank', company: 'NCBA Group', category: 'bank', aliases: ['NCBA', 'NCBA Bank Kenya', 'NCBA Loop', 'NCBA Now'] },
  // Nigerian app-only digital bank
  { name: 'Kuda Bank', company: null, category: 'bank', aliases: ['Kuda Microfinance Bank', 'Kuda app', 'Kuda MFB'] },
  // Nigerian commercial bank (separate Fidelity Bank in Ghana)
  { name: 'Fidelity Bank', company: null, category: 'bank', aliases: ['Fidelity Bank Nigeria', 'Fidelity Bank Plc', 'Fidelity Bank Ghana'] },
  // Nigerian commercial bank First City Monument Bank
  { name: 'FCMB', company: null, category: 'bank', aliases: ['First City Monument Bank', 'FCMB app', 'FCMB Nigeria'] },
  // Nigerian commercial bank and its OneBank app
  { name: 'Sterling Bank', company: null, category: 'bank', aliases: ['Sterling Bank Nigeria', 'Sterling Bank Plc', 'Sterling OneBank'] },
  // Nigerian bank and its ALAT digital bank
  { name: 'Wema Bank', company: null, category: 'bank', aliases: ['Wema Bank Plc', 'ALAT by Wema', 'Wema ALAT'] },
  // Stripe-owned online payment gateway for Nigeria, Ghana, Kenya and South Africa
  { name: 'Paystack', company: 'Stripe', category: 'payments', aliases: ['Paystack checkout', 'Paystack Nigeria'] },
  // Nigerian-founded pan-African payment processor
  { name: 'Flutterwave', company: null, category: 'payments', aliases: ['Flutterwave payments'] },
  // SystemSpecs' payment platform behind Nigeria's Treasury Single Account and government collections
  { name: 'Remita', company: 'SystemSpecs', category: 'payments', aliases: ['Remita platform', 'Remita TSA', 'remita.net'] },
  // Nigerian payment switch, Quickteller app and Verve card scheme
  { name: 'Interswitch', company: null, category: 'payments', aliases: ['Interswitch Group', 'Quickteller', 'Verve card'] },
  // Nigerian mobile wallet and payments app
  { name: 'PalmPay', company: null, category: 'payments', aliases: ['PalmPay app', 'Palmpay Nigeria'] },
  // Nigeria's NECO SSCE/BECE result and verification portals
  { name: 'NECO portal', company: 'National Examinations Council (Nigeria)', category: 'government', aliases: ['NECO result portal', 'NECO e-Verify', 'neco.gov.ng'], caseSensitiveAliases: ['NECO'] },
  // South Africa's state Postbank, which pays SASSA social grants via Gold cards
  { name: 'SA Postbank', company: null, category: 'bank', aliases: ['South African Postbank', 'Postbank South Africa', 'SA Post Bank'] },
  // South African Home Affairs online portal and branch booking system for IDs and passports
  { name: 'eHomeAffairs', company: 'South African Department of Home Affairs', category: 'government', aliases: ['eHomeAffairs portal', 'Home Affairs online booking system'] },
  // South Africa's electronic national traffic information system for vehicle and driver licensing
  { name: 'eNaTIS', company: 'Road Traffic Management Corporation', category: 'government', aliases: ['eNatis system', 'NaTIS', 'National Traffic Information System'] },
  // Telkom's wholesale fibre and fixed-access network in South Africa
  { name: 'Openserve', company: 'Telkom SA', category: 'isp', aliases: ['Openserve fibre', 'Openserve fiber'] },
  // South African fibre-to-the-home network operator
  { name: 'Vumatel', company: 'Maziv', category: 'isp', aliases: ['Vuma fibre', 'Vumatel fibre'], caseSensitiveAliases: ['Vuma'] },
  // One of South Africa's largest internet service providers
  { name: 'Afrihost', company: null, category: 'isp', aliases: ['Afrihost fibre'] },
  // South Africa's largest online retailer
  { name: 'Takealot', company: null, category: 'ecommerce', aliases: ['Takealot.com', 'Takealot app'] },
  // MultiChoice's video streaming service in sub-Saharan Africa
  { name: 'Showmax', company: 'MultiChoice', category: 'streaming', aliases: ['Showmax app', 'Showmax Premier League'] },
  // MultiChoice's digital terrestrial pay-TV service
  { name: 'GOtv', company: 'MultiChoice', category: 'streaming', aliases: ['GOtv Stream', 'GOtv Nigeria', 'GOtv Zambia'] },
  // Pan-African fibre backbone and ISP (Liquid Home, formerly ZOL, in Zimbabwe)
  { name: 'Liquid Intelligent Technologies', company: 'Cassava Technologies', category: 'telecom', aliases: ['Liquid Telecom', 'Liquid Home', 'Liquid Home Zimbabwe', 'Liquid Dataport'] },
  // Zimbabwe's largest mobile operator (EcoCash's parent network)
  { name: 'Econet Wireless Zimbabwe', company: 'Econet Wireless', category: 'telecom', aliases: ['Econet', 'Econet Zimbabwe', 'Econet network'] },
  // Zimbabwe's state-owned mobile operator
  { name: 'NetOne', company: null, category: 'telecom', aliases: ['NetOne Zimbabwe', 'NetOne Cellular'] },
  // NetOne's mobile money wallet in Zimbabwe
  { name: 'OneMoney', company: 'NetOne', category: 'payments', aliases: ['NetOne OneMoney', 'OneWallet'] },
  // Zimbabwe's state fixed-line and broadband provider
  { name: 'TelOne', company: null, category: 'isp', aliases: ['TelOne Zimbabwe'] },
  // Zimbabwe's national payment switch (cards, POS and ZIPIT instant transfers)
  { name: 'ZimSwitch', company: null, category: 'payments', aliases: ['Zimswitch Technologies', 'ZimSwitch network'], caseSensitiveAliases: ['ZIPIT'] },
  // Zambia's state-owned mobile and fixed operator
  { name: 'Zamtel', company: null, category: 'telecom', aliases: ['Zambia Telecommunications Company', 'Zamtel Zambia'] },
  // Ghana's state-owned mobile operator, formerly AirtelTigo, with AT Money
  { name: 'AT Ghana', company: null, category: 'telecom', aliases: ['AirtelTigo', 'AirtelTigo Ghana', 'AirtelTigo Money'], caseSensitiveAliases: ['AT Money'] },
  // Bank of Ghana's interbank switch: mobile-money interoperability, GhIPSS Instant Pay, gh-link, GhanaPay
  { name: 'GhIPSS', company: 'Bank of Ghana', category: 'payments', aliases: ['Ghana Interbank Payment and Settlement Systems', 'GhanaPay', 'gh-link', 'GhIPSS Instant Pay'] },
  // Ghana's national biometric ID and its registration/verification system
  { name: 'Ghana Card', company: 'National Identification Authority', category: 'government', aliases: ['Ghana Card portal', 'Ghana Card registration'] },
  // Axian's Tanzanian mobile operator, rebranded from Tigo in Nov 2024
  { name: 'Yas Tanzania', company: 'Axian Telecom', category: 'telecom', aliases: ['Tigo Tanzania', 'Yas TZ'] },
  // Axian's mobile money brand in Tanzania, Senegal and Togo (formerly Tigo Pesa / Free Money)
  { name: 'Mixx by Yas', company: 'Axian Telecom', category: 'payments', aliases: ['Tigo Pesa', 'Free Money Sénégal', 'Free Money Senegal', 'Mixx by Yas Togo'], caseSensitiveAliases: ['Mixx'] },
  // Viettel's mobile operator in Tanzania
  { name: 'Halotel', company: 'Viettel', category: 'telecom', aliases: ['Halotel Tanzania'] },
  // Tanzania's state-owned telecom operator
  { name: 'TTCL', company: null, category: 'telecom', aliases: ['Tanzania Telecommunications Corporation', 'Tanzania Telecommunications Company', 'TTCL Pesa'] },
  // Tanzanian bank and its SimBanking app
  { name: 'CRDB Bank', company: null, category: 'bank', aliases: ['CRDB', 'CRDB SimBanking', 'SimBanking'] },
  // Tanzanian bank (National Microfinance Bank) and its NMB Mkononi app
  { name: 'NMB Bank Tanzania', company: null, category: 'bank', aliases: ['NMB Bank Plc', 'NMB Mkononi'] },
  // Tanzania's national exam results website
  { name: 'NECTA portal', company: 'National Examinations Council of Tanzania', category: 'government', aliases: ['NECTA', 'NECTA results', 'matokeo NECTA'] },
  // Rwanda's one-stop e-government services portal
  { name: 'Irembo', company: null, category: 'government', aliases: ['IremboGov', 'Irembo portal'] },
  // Senegal's second mobile operator (Tigo, then Free, rebranded Yas)
  { name: 'Yas Sénégal', company: 'Axian Telecom', category: 'telecom', aliases: ['Yas Senegal', 'Free Sénégal', 'Free Senegal', 'Tigo Sénégal'] },
  // Sudatel-owned third mobile operator in Senegal
  { name: 'Expresso Sénégal', company: 'Sudatel', category: 'telecom', aliases: ['Expresso Senegal', 'Expresso Télécom Sénégal'] },
  // Senegal's university orientation and enrolment platform for new baccalaureate holders
  { name: 'Campusen', company: 'Senegalese Ministry of Higher Education', category: 'government', aliases: ['plateforme Campusen', 'campusen.sn'] },
  // Viettel's mobile operator in Cameroon
  { name: 'Nexttel', company: 'Viettel', category: 'telecom', aliases: ['Nexttel Cameroun', 'Nexttel Cameroon', 'Viettel Cameroun'] },
  // Mobile operator in DR Congo, Angola, Sierra Leone and The Gambia
  { name: 'Africell', company: null, category: 'telecom', aliases: ['Africell RDC', 'Africell Angola', 'Africell Sierra Leone', 'Africell Gambia'] },
  // Madagascar's incumbent operator Telma, rebranded Yas by Axian
  { name: 'Yas Madagascar', company: 'Axian Telecom', category: 'telecom', aliases: ['Telma Madagascar', 'Telma Mobile', 'Groupe Telma'] },
  // Madagascar's leading mobile money service (Telma/Yas group)
  { name: 'MVola', company: 'Axian Telecom', category: 'payments', aliases: ['M\'Vola', 'MVola Madagascar'] },
  // Angola's second mobile operator
  { name: 'Movicel', company: null, category: 'telecom', aliases: ['Movicel Angola', 'rede Movicel'] },
  // Angola's largest private bank and its BAI Directo app
  { name: 'Banco BAI', company: null, category: 'bank', aliases: ['Banco Angolano de Investimentos', 'BAI Directo', 'BAI Angola'] },
  // Cabo Verde's incumbent fixed/mobile operator, retail brand Alou since merging CVMóvel
  { name: 'Cabo Verde Telecom', company: null, category: 'telecom', aliases: ['CVTelecom', 'CV Telecom', 'CVMóvel', 'CV Móvel', 'CVMovel'], caseSensitiveAliases: ['Alou'] },
  // Cabo Verde's national ATM/POS interbank network run by SISP
  { name: 'vinti4', company: 'SISP', category: 'payments', aliases: ['rede vinti4', 'caixas vinti4'] },
  // Uganda Revenue Authority's online tax filing and payment portal
  { name: 'URA portal', company: 'Uganda Revenue Authority', category: 'government', aliases: ['URA web portal', 'URA e-Tax', 'ura.go.ug'] },
  // Grupo Globo's streaming service (live TV Globo, BBB); frequent 'fora do ar' reports in Brazil
  { name: 'Globoplay', company: 'Grupo Globo', category: 'streaming', aliases: ['Globo Play', 'app Globoplay'] },
  // Satellite pay-TV and DirecTV Go/DGO streaming across South America (the US DirecTV is a separate company)
  { name: 'DirecTV', company: null, category: 'streaming', aliases: ['DirecTV Go', 'DirecTV Latinoamérica', 'DirecTV Latin America'] },
  // Largest food/grocery delivery app in Spanish-speaking South America and Central America (Uruguay-based)
  { name: 'PedidosYa', company: 'Delivery Hero', category: 'ecommerce', aliases: ['Pedidos Ya', 'app PedidosYa'], caseSensitiveAliases: ['PeYa'] },
  // Canadian bank with large retail arms in Mexico, Peru, Chile and Colombia; app outages widely reported
  { name: 'Scotiabank', company: null, category: 'bank', aliases: ['Scotiabank México', 'Scotiabank Mexico', 'Scotiabank Perú', 'Scotiabank Peru', 'Scotiabank Chile', 'Scotiabank Colpatria', 'ScotiaWeb', 'Bank of Nova Scotia'] },
  // Largest regional bank and card issuer in Central America (Costa Rica, Honduras, Guatemala, El Salvador, Panama)
  { name: 'BAC Credomatic', company: null, category: 'bank', aliases: ['Banco BAC', 'BAC Costa Rica', 'BAC Honduras', 'BAC Guatemala', 'BAC El Salvador', 'BAC Panamá', 'BAC Panama'] },
  // Uruguay's state telco, main fixed, fibre and mobile provider
  { name: 'Antel', company: null, category: 'telecom', aliases: ['Antel Uruguay', 'Administración Nacional de Telecomunicaciones'] },
  // Ecuador's state telco (fixed phone, internet, mobile)
  { name: 'Corporación Nacional de Telecomunicaciones', company: null, category: 'telecom', aliases: ['CNT EP', 'CNT Ecuador', 'Corporacion Nacional de Telecomunicaciones'] },
  // Cuba's main mobile payments/banking app, run by ETECSA with the state banks
  { name: 'Transfermóvil', company: 'ETECSA', category: 'payments', aliases: ['Transfermovil', 'app Transfermóvil', 'plataforma Transfermóvil'] },
  // Venezuela's interbank phone-number P2P/C2P instant payment service offered by all banks
  { name: 'Pago Móvil Interbancario', company: null, category: 'payments', aliases: ['Pago Movil Interbancario', 'PagoMóvil', 'Pagomovil'], caseSensitiveAliases: ['Pago Móvil', 'Pago Movil'] },
  // Venezuelan government platform (Carnet de la Patria) paying bonuses, pensions and public salaries
  { name: 'Plataforma Patria', company: 'Venezuelan Government', category: 'government', aliases: ['Sistema Patria', 'patria.org.ve', 'Monedero Patria'] },
  // Brazil's 99 ride-hailing/delivery/wallet app (canonical name '99', owned by DiDi)
  { name: '99app', company: 'Didi', category: 'transport', aliases: ['app 99', '99 app', '99Pop', '99 Pop', '99Food', '99Moto', '99Pay'] },
  // Colombia's central-bank instant interoperable payment system (launched Oct 2025)
  { name: 'Bre-B', company: 'Banco de la República', category: 'payments', aliases: ['Bre B', 'BreB', 'llaves Bre-B'] },
  // Dominican Republic's second mobile and fixed operator
  { name: 'Altice Dominicana', company: 'Altice', category: 'telecom', aliases: ['Altice República Dominicana', 'Altice Republica Dominicana', 'Altice RD'] },
  // Telecom brand (mobile, fibre, TV) of Costa Rica's state ICE
  { name: 'kölbi', company: 'Instituto Costarricense de Electricidad', category: 'telecom', aliases: ['kolbi', 'kölbi ICE', 'kolbi ICE'] },
  // Puerto Rico's main cable/broadband operator, mobile since buying AT&T PR
  { name: 'Liberty Puerto Rico', company: 'Liberty Latin America', category: 'telecom', aliases: ['Liberty PR', 'Liberty Mobile Puerto Rico', 'Liberty Cablevision of Puerto Rico'] },
  // Puerto Rico's largest bank (Mi Banco online/mobile banking)
  { name: 'Banco Popular de Puerto Rico', company: 'Popular, Inc.', category: 'bank', aliases: ['Popular Puerto Rico', 'BPPR', 'Banco Popular PR'] },
  // Panama's dominant P2P/merchant mobile payment app (Yappy S.A., Banco General group)
  { name: 'Yappy', company: 'Banco General', category: 'payments', aliases: ['Yappy Panamá', 'Yappy Panama', 'app Yappy'], caseSensitiveAliases: ['Yappy'] },
  // Panama's largest private bank
  { name: 'Banco General', company: null, category: 'bank', aliases: ['Banco General Panamá', 'Banco General Panama', 'Banco General de Panamá'] },
  // Nubank's Mexican digital bank/card app
  { name: 'Nu México', company: 'Nubank', category: 'bank', aliases: ['Nu Mexico', 'Nubank México', 'Nubank Mexico'] },
  // Mexican bank of the Slim group
  { name: 'Inbursa', company: null, category: 'bank', aliases: ['Banco Inbursa', 'Grupo Financiero Inbursa'] },
  // FEMSA/OXXO's e-money wallet and debit card app in Mexico
  { name: 'Spin by OXXO', company: 'FEMSA', category: 'payments', aliases: ['Spin Oxxo', 'OXXO Spin'] },
  // TelevisaUnivision's Spanish-language streaming service (Liga MX, reality shows)
  { name: 'ViX', company: 'TelevisaUnivision', category: 'streaming', aliases: ['ViX Premium', 'ViX+', 'plataforma ViX'], caseSensitiveAliases: ['ViX'] },
  // Argentine card processor and payments network (ex-Visa Argentina/Banelco owner)
  { name: 'Prisma Medios de Pago', company: null, category: 'payments', aliases: ['Prisma Medios de Pago S.A.'] },
  // Cable/fibre ISP and pay TV in Buenos Aires metro area
  { name: 'Telecentro', company: null, category: 'isp', aliases: ['Telecentro Argentina', 'Telecentro S.A.'], caseSensitiveAliases: ['Telecentro'] },
  // Telecom Argentina's cable-broadband brand (now sold as Personal/Flow), still named in press
  { name: 'Fibertel', company: 'Telecom Argentina', category: 'isp', aliases: ['Fibertel Argentina'] },
  // Argentine digital bank
  { name: 'Brubank', company: null, category: 'bank', aliases: ['app Brubank'] },
  // Brazilian federal IT company hosting Receita, NF-e and gov systems; its outages take down federal services
  { name: 'Serpro', company: null, category: 'government', aliases: ['Serviço Federal de Processamento de Dados', 'Servico Federal de Processamento de Dados'] },
  // Brazil's e-invoice authorisation system run by state Sefaz/SVRS and Receita; outages halt sales
  { name: 'Nota Fiscal Eletrônica', company: null, category: 'government', aliases: ['NF-e', 'Nota Fiscal Eletronica', 'NFC-e', 'NFS-e', 'Sefaz Virtual', 'SVRS'] },
  // Central Bank of Brazil portal for unclaimed money, overloaded at launches
  { name: 'Sistema de Valores a Receber', company: 'Central Bank of Brazil', category: 'government', aliases: ['valoresareceber.bcb.gov.br'], caseSensitiveAliases: ['Valores a Receber'] },
  // Brazilian university scholarship enrolment portal
  { name: 'Prouni', company: 'Ministry of Education (Brazil)', category: 'government', aliases: ['Programa Universidade para Todos'] },
  // Colombia's ID and election authority (polling-place site/app crash on election days)
  { name: 'Registraduría Nacional del Estado Civil', company: null, category: 'government', aliases: ['Registraduría Nacional', 'Registraduria Nacional', 'Registraduría', 'Registraduria', 'Infovotantes'] },
  // Colombia's national vehicle/driver registry platform used for all transit procedures
  { name: 'Registro Único Nacional de Tránsito', company: null, category: 'government', aliases: ['Registro Unico Nacional de Transito', 'plataforma RUNT'], caseSensitiveAliases: ['RUNT'] },
  // Colombian bank of Grupo Aval (a different Banco de Occidente exists in Honduras)
  { name: 'Banco de Occidente', company: 'Grupo Aval', category: 'bank', aliases: ['Banco de Occidente Colombia'] },
  // Peru's largest microfinance bank
  { name: 'Mibanco', company: 'Credicorp', category: 'bank', aliases: ['Mibanco Perú', 'Mibanco Peru'] },
  // Viettel's mobile operator in Peru
  { name: 'Bitel', company: 'Viettel', category: 'telecom', aliases: ['Bitel Perú', 'Bitel Peru', 'Viettel Perú'] },
  // Peru's social health insurer (appointments line and portal)
  { name: 'EsSalud', company: null, category: 'government', aliases: ['Seguro Social de Salud', 'EsSalud en Línea'] },
  // Ecuador's social security institute (online loans, pensions, appointments)
  { name: 'IESS', company: null, category: 'government', aliases: ['Instituto Ecuatoriano de Seguridad Social'] },
  // Ecuador's tax authority and its online portal
  { name: 'Servicio de Rentas Internas', company: null, category: 'government', aliases: ['SRI en línea', 'SRI en linea', 'SRI Ecuador'] },
  // Ecuador's second-largest private bank
  { name: 'Banco Guayaquil', company: null, category: 'bank', aliases: ['Banco de Guayaquil'] },
  // Ecuador's largest fibre home-internet provider
  { name: 'Netlife', company: null, category: 'isp', aliases: ['Netlife Ecuador'] },
  // Venezuela's ID/passport agency and its online appointment portal
  { name: 'SAIME', company: null, category: 'government', aliases: ['Servicio Administrativo de Identificación, Migración y Extranjería', 'Servicio Administrativo de Identificacion, Migracion y Extranjeria'] },
  // Venezuela's tax and customs authority portal
  { name: 'SENIAT', company: null, category: 'government', aliases: ['Servicio Nacional Integrado de Administración Aduanera y Tributaria', 'portal del SENIAT'] },
  // Large private Venezuelan bank
  { name: 'Banco Mercantil', company: null, category: 'bank', aliases: ['Mercantil Banco', 'Mercantil en Línea', 'Mercantil Banco Universal', 'Mercantil Móvil'] },
  // Cuban e-payment/e-commerce platform (XETID), Transfermóvil's counterpart
  { name: 'EnZona', company: null, category: 'payments', aliases: ['plataforma EnZona', 'app EnZona'] },
  // Chile's interbank ATM and transfer network
  { name: 'Redbanc', company: null, category: 'payments', aliases: ['Redbanc Chile', 'cajeros Redbanc'] },
  // Chile's third fixed-broadband (fibre) operator, brand 'Mundo'
  { name: 'Mundo Pacífico', company: null, category: 'isp', aliases: ['Mundo Pacifico', 'Mundo Telecomunicaciones'] },
  // Paraguay's main card processing and ATM network (Infonet)
  { name: 'Bancard', company: null, category: 'payments', aliases: ['Bancard Paraguay', 'Bancard S.A.'] },
  // Guatemala's largest bank (Corporación BI)
  { name: 'Banco Industrial', company: null, category: 'bank', aliases: ['Banco Industrial Guatemala', 'Bi en Línea', 'Bi en Linea'] },
  // Guatemala's second-largest bank
  { name: 'Banrural', company: null, category: 'bank', aliases: ['Banco de Desarrollo Rural', 'Banrural Guatemala'] },
  // Honduras's largest bank by loans and deposits
  { name: 'Banco Atlántida', company: null, category: 'bank', aliases: ['Banco Atlantida'] },
  // Honduran bank, largest by assets, also in Guatemala/Nicaragua/Panama
  { name: 'Ficohsa', company: null, category: 'bank', aliases: ['Banco Ficohsa', 'Banco Financiera Comercial Hondureña'] },
  // El Salvador's government bitcoin/dollar wallet
  { name: 'Chivo Wallet', company: null, category: 'payments', aliases: ['billetera Chivo', 'app Chivo', 'Chivo app'] },
  // El Salvador's largest bank
  { name: 'Banco Agrícola', company: 'Bancolombia', category: 'bank', aliases: ['Banco Agricola', 'Banco Agrícola El Salvador'] },
  // Costa Rica's largest state bank (BN)
  { name: 'Banco Nacional de Costa Rica', company: null, category: 'bank', aliases: ['BN Costa Rica'], caseSensitiveAliases: ['BNCR'] },
  // Panama's incumbent telco, consumer brand +Móvil
  { name: 'Cable & Wireless Panamá', company: 'Liberty Latin America', category: 'telecom', aliases: ['+Móvil', 'Cable and Wireless Panamá', 'Cable & Wireless Panama', 'Cable and Wireless Panama'] },
  // Costa Rican mobile/cable operator (ex-Cabletica and Movistar CR)
  { name: 'Liberty Costa Rica', company: 'Liberty Latin America', category: 'telecom', aliases: ['Liberty Telecomunicaciones de Costa Rica'] },
  // Puerto Rico Treasury (Hacienda) tax portal SURI
  { name: 'Sistema Unificado de Rentas Internas', company: null, category: 'government', aliases: ['SURI Hacienda', 'plataforma SURI', 'sistema SURI'], caseSensitiveAliases: ['SURI'] },
  // Mexico's public-employee social security institute and its online services
  { name: 'ISSSTE', company: null, category: 'government', aliases: ['Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado'] },
  // Dominican Republic's third-largest bank
  { name: 'Banco BHD', company: null, category: 'bank', aliases: ['BHD León', 'BHD Leon', 'Banco BHD León'] },
  // Spanish-Latin ride-hailing app (Chile, Colombia, Peru, Argentina, Mexico...)
  { name: 'Cabify', company: null, category: 'transport', aliases: ['Cabify app'] },
  // Ride-hailing app with large LatAm base (formerly inDriver)
  { name: 'inDrive', company: null, category: 'transport', aliases: ['inDriver', 'inDrive app'] },
];
