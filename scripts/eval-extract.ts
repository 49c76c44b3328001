// npm run eval:extract [-- --set NAME|all|opened] [-- --gold DIR] [-- --verbose]    (NAME: dev, holdout or a check set below;
// opened: every set but the unseen ones, UNSEEN;
// the accepted names come from FIXTURE_PREFIXES, and a wrong one is refused with their list)
// Runs the extractor over annotated report sets, writes one summary per document to a temporary folder and prints the
// scorer's per-field table for each set. Each check set was unseen (only its aggregate table looked at) until the rules
// had been measured on it once or twice, then opened; its README records those unseen runs, the honest estimates of a
// held-out score. Every set up to check20 has been opened (check13 to check15 in session 7, check16 and check17 in
// session 8, check18 to check20 in session 9, each after one to six unseen runs; check21 after its fourth and check22
// after its third unseen run, in session 10; check23, check24 and check26 in session 11; check25 and check27 in session
// 12); check28 to check31 in session 14, check32 to check36 in session 15 and check37 to check39 in session 16, each
// after its unseen runs; check40 to check42 in session 17, after their unseen runs in session 16; check43 to check48 in
// session 19, after their unseen runs in sessions 17 and 18, and check49 to check51 later in session 19, after their
// first unseen runs; check52 to check57 in session 20, after two unseen runs each; check58 to check60 in session 24, after
// eighteen unseen runs; check64 and check65 in session 26; check61 to check63 in session 31, after their unseen runs in
// sessions 24 to 31; check66 to check68 in session 33, after their unseen runs in sessions 26 to 33; check69 and check70 in
// session 34, after their unseen runs in session 33, and check71 and check72 later in session 34, after their first
// unseen runs; check73 and check74 in session 35, after two unseen runs each in session 34; check79 and check80 in session
// 36, after three unseen runs each in session 35; check75 to check78 in session 37, after ten unseen runs each in sessions
// 35 to 37; check81 to check83 (session 36) and check84 and check85 (session 37) are unseen. UNSEEN, below, names the sets still unseen (look only at their aggregate tables until they are opened).
//   dev     ../shared/extraction-dev (the public development set; skipped when absent)
//   check   fixtures/extraction-check (8 texts written and annotated for this repository, used while generalising)
//   check2  fixtures/extraction-check2 (8 more; kept sealed as an estimate until its score was known, then used too)
//   check3  fixtures/extraction-check3 (10 more, prefix nov: other events, publishers and forms; written without running
//           or reading the extractor)
//   check4  fixtures/extraction-check4 (10 more, prefix dec: other events, publishers and forms, rich in attributions by
//           non-US governments, agencies, prosecutors and vendors; written without running or reading the extractor)
//   check5  fixtures/extraction-check5 (10 more, prefix jan: other events, publishers and forms, rich in attributions by
//           Polish, Dutch, South Korean, Singaporean and EU bodies, US prosecutors and sanctions authorities, vendors and
//           media; written without running or reading the extractor)
//   check6  fixtures/extraction-check6 (10 more, prefix feb: other events, publishers and forms, rich in attributions by
//           Estonian, French, South Korean and Russian bodies, NATO and the governments it names, the EU, US prosecutors and
//           sanctions authorities and vendors; written without running or reading the extractor)
//   check7  fixtures/extraction-check7 (10 more, prefix mar: other events, publishers and forms, rich in attributions by
//           Polish intelligence services, the UK government and NCSC, the White House, CERT-UA, US prosecutors and
//           sanctions authorities, a UN panel and vendors; written without running or reading the extractor)
//   check8  fixtures/extraction-check8 (10 more, prefix apr: other events, publishers and forms, rich in attributions by
//           the Belgian government, German and South Korean intelligence agencies, South Korean and Japanese police, France's
//           ANSSI, US prosecutors, sanctions authorities and the FBI, and vendors; written without running or reading the
//           extractor)
//   check9  fixtures/extraction-check9 (10 more, prefix may: other events, publishers and forms, rich in attributions by
//           eleven governments co-signing one advisory and the UK's NCSC, the EU Council, Ukraine's SBU, SSSCIP and CERT-UA,
//           Australia with its ASD and federal police, US prosecutors and vendors; written without running or reading the
//           extractor)
//   check10 fixtures/extraction-check10 (10 more, prefix jun: other events, publishers and forms, rich in attributions by
//           the UK's NCSC with Canada's CSE and the US NSA and CISA, Finland's Supo and police, South Korean police, the
//           German government and BfV, the EU Council, US prosecutors and sanctions authorities, vendors and a news
//           magazine; written without running or reading the extractor)
//   check11 fixtures/extraction-check11 (10 more, prefix jul: other events, publishers and forms, rich in attributions by
//           US prosecutors and sanctions authorities, Japan's NPA and NISC with the NSA, FBI and CISA, Polish ministers,
//           services and NASK, the EU and NATO, Ukraine's SBU, vendors (Mandiant, Microsoft, Recorded Future, FireEye) and
//           one fictional vendor; written without running or reading the extractor)
//   check12 fixtures/extraction-check12 (10 more, prefix aug: other events, publishers and forms, rich in attributions by
//           US prosecutors and the Treasury, the UK government's sanctions on GRU units, NATO, Denmark's SektorCERT, South
//           Korea's police, NIS and government, vendors (Unit 42, ESET, Microsoft) and one fictional vendor, with Chinese
//           denials; written without running or reading the extractor)
//   check13 fixtures/extraction-check13 (10 more, prefix sep: other events, publishers and forms, rich in attributions by
//           US prosecutors and the Treasury's OFAC, Taiwan's National Security Bureau, Polish ministers, the EU, CERT-UA and
//           vendors (Microsoft, Mandiant, ESET), with a Russian denial and an outage distractor; written without running or
//           reading the extractor)
//   check14 fixtures/extraction-check14 (10 more, prefix oct: other events, publishers and forms, rich in attributions by
//           Chinese police, Norway's PST, Denmark's DDIS and government, the EU (with France's and Romania's attributions), US
//           prosecutors and the Treasury's OFAC, the FBI and vendors (Cisco Talos, Microsoft, one fictional vendor with a
//           defanged IOC list), with a Russian embassy's denial and a Patch Tuesday distractor; written without running or
//           reading the extractor)
//   check15 fixtures/extraction-check15 (10 more, prefix ivy: other events, publishers and forms, rich in attributions by
//           Germany's Foreign Office, South Korea's NIS, investigators and police, the EU Council, the UK government, US
//           prosecutors and the US government, and vendors (ESET, Kaspersky, Microsoft, one fictional vendor with a defanged
//           IOC list), with a Russian ambassador's and China's foreign ministry's rejections and a Patch Tuesday distractor;
//           written without running or reading the extractor)
//   check16 fixtures/extraction-check16 (10 more, prefix elm: other events, publishers and forms, rich in attributions by
//           Microsoft, Mandiant, Check Point, Elliptic and one fictional vendor with a defanged IOC list, US prosecutors, the
//           Treasury's OFAC with Australia's DFAT and the UK's FCDO, the FBI, Poland's government and a victim company, with
//           a Chinese embassy's denial, CVEs in two documents and a cloud-outage distractor; written without running or
//           reading the extractor)
//   check17 fixtures/extraction-check17 (10 more, prefix ash: other events, publishers and forms, rich in attributions by
//           Poland's government and ESET (differing on one attack), Guangzhou's police with Taiwan's ICEFCOM denying, France's
//           ANSSI in its official English, Microsoft, Kaspersky, Mandiant, SlowMist, Chainalysis, ZachXBT and one fictional
//           vendor with a defanged IOC list, US prosecutors, the FBI and the Treasury's OFAC, with CVEs in two documents and a
//           cloud-outage distractor; written without running or reading the extractor)
//   check18 fixtures/extraction-check18 (10 more, prefix oak: other events, publishers and forms, rich in attributions by
//           the Treasury's OFAC, Microsoft, US prosecutors and the FBI, South Korea's foreign ministry in its official English,
//           China's MSS and CNCERT with the NSA neither confirming nor denying, Moldova's government and foreign ministry with
//           the Kremlin denying, Trend Micro and PwC against investigators who name no one, and one fictional vendor with a
//           defanged IOC list, with CVEs in two documents and a Patch Tuesday distractor; written without running or reading
//           the extractor)
//   check19 fixtures/extraction-check19 (10 more, prefix yew: other events, publishers and forms, rich in attributions by
//           Romania's security council and foreign intelligence service with Russia denying, Lithuania's defence minister,
//           Le Soir and Mandiant against a Belgian prosecutor who names no one with a Chinese embassy's denial, the FBI, NSA
//           and State Department with Proofpoint, US prosecutors and the FBI with five defendants, ESET on nine groups,
//           Elliptic, ZachXBT, Arkham and one fictional vendor with a defanged IOC list, hedged in many wordings, with CVEs
//           in three documents and a Patch Tuesday distractor; written without running or reading the extractor)
//   check20 fixtures/extraction-check20 (10 more, prefix fir: other events, publishers and forms, rich in attributions in
//           news-style reported speech and hedges: Sky News, the BBC's 'ministers suspect' and a former minister on the MoD
//           payroll hack with China's foreign ministry and embassy denying, MITRE and Volexity against CISA declining to
//           attribute, US prosecutors with four Iranian defendants and the Treasury on the IRGC-CEC, the Treasury's OFAC and
//           the DOJ on a North Korean front company, CERT-UA on APT28, the EU Council's listings (Stark Industries, GRU Unit
//           29155), China's MSS in state-media English with Taiwan's defence ministry denying, Israeli media on Predatory
//           Sparrow, and one fictional vendor with a defanged IOC list, with CVEs in three documents and a Patch Tuesday
//           distractor; written without running or reading the extractor)
//   check21 fixtures/extraction-check21 (10 more, prefix bay: other events, publishers and forms, rich in attributions in
//           reported speech and hedges: the Treasury's OFAC on DPRK IT worker facilitators, US prosecutors with an AVIC
//           engineer, Anthropic's 'high confidence' and a House committee chair with a Chinese embassy's denial, Google's GTIG
//           on APT41 (alias list) and on UNC5221, anonymous sources and Reuters blaming China for the F5 breach where F5 and
//           CISA name no one and China's foreign ministry denies in its official English, the European Council on Russia and
//           Belarus, Poland's CERT Polska and cybersecurity plenipotentiary ('probably' the GRU), an anonymous US official and
//           CNN on the CBO hack, and one fictional vendor with a defanged IOC list, with CVEs in two documents and a Citrix
//           distractor; written without running or reading the extractor)
//   check22 fixtures/extraction-check22 (10 more, prefix fig: other events, publishers and forms, rich in attributions in
//           reported speech and hedges: people briefed blaming Russia for the federal courts' breach, the eleven-state MSMT
//           and Chainalysis on North Korea, China's foreign ministry and CVERC on the NSA in official English, Recorded
//           Future's 'suspected'/'likely' TAG-38 against India's power minister with China's foreign ministry denying, the EU's
//           first hybrid-threat listings (GRU Unit 29155, Doppelganger), CERT-UA on UAC-0010 (Armageddon) and the FSB, the
//           Justice Department and an FBI official on Turla's Snake, ESET on APT28's RoundPress, and one fictional vendor with
//           a defanged IOC list, with CVEs in two documents and a WSUS distractor; written without running or reading the
//           extractor)
//   check23 fixtures/extraction-check23 (10 more, prefix elk: other events, publishers and forms, rich in attributions:
//           hacktivists' own claims in a wire story, a sabotage claim with a government's blame and media's 'believed to be
//           linked', a non-Anglophone army and a vendor against two governments, news reporting two vendors with alias
//           lists, a national CERT's 'suspected' against its foreign ministry's official English, a prosecutor's release
//           with charged defendants and denials, a three-government sanctions notice, an EU statement and sanctions notice,
//           one fictional vendor with a defanged IOC list, CVEs in four documents and a FortiWeb distractor; written
//           without running or reading the extractor)
//   check24 fixtures/extraction-check24 (10 more, prefix asp: other events, publishers and forms, rich in attributions:
//           a prosecutor's release with charged defendants and a vendor that goes further than the charges, a
//           three-government sanctions notice, news in reported speech with hedges ('believed to be linked', 'moderate
//           confidence', 'believed', 'allegedly', 'high level of confidence'), a news agency's own findings, a government
//           cyber agency's assessment with a non-English embassy's denial, a national CERT that names no one with a
//           foreign-ministry denial in the background, an EU agency's statement, one fictional vendor with a defanged IOC
//           list, CVEs in two documents and a Citrix distractor; written without running or reading the extractor)
//   check25 fixtures/extraction-check25 (10 more, prefix yak: other events, publishers and forms, rich in attributions:
//           a sanctions notice with an embassy's denial, a prosecutor's release with charged defendants in two countries,
//           news in reported speech (a victim company's attribution, a wire's 'could be linked' against a vendor's 'can be
//           linked', a government finding that goes further than a vendor's hedge, unnamed sources and 'suspected'), an EU
//           statement ('allegedly'), a national cyber agency's warning in official English, one fictional vendor with a
//           defanged IOC list, CVEs in two documents and a Patch Tuesday distractor; written without running or reading
//           the extractor)
//   check26 fixtures/extraction-check26 (10 more, prefix owl: other events, publishers and forms, rich in attributions:
//           an EU statement and sanctions notice with a non-English-speaking government's statement in English, news on a
//           vendor where a government agency hedges ('likely'), a prosecutor's release with five charged defendants and an
//           'allege' against a military hacking unit, news with unnamed sources ('were believed', 'suspected') and a
//           foreign-ministry denial, a non-English-speaking government's 'highly likely' with police 'believe'/'suspect'
//           and a denial, a national intelligence agency's statement with a multinational announcement (eight co-signers),
//           a vendor's first-person commentary whose overlaps 'remain inconclusive', a government agency's 'attributes'
//           with a blockchain firm's 'believed', one fictional vendor with a defanged IOC list, CVEs in three documents and
//           a Patch Tuesday distractor; written without running or reading the extractor)
//   check27 fixtures/extraction-check27 (10 more, prefix emu: other events, publishers and forms, rich in attributions:
//           state media carrying a non-English-speaking government's statements in official English (a bureau and police
//           that name no one, the newspaper's 'preliminary evidence suggests', a response centre's finding), news where a
//           government agency's emergency directive names no adversary while vendors do ('believes', 'potential
//           involvement'), news reporting a vendor with two governments' 'linked', a sanctions notice naming a government, a
//           group and an intelligence ministry, an EU declaration that reports another government's assessment, a
//           prosecutor's release with four charged defendants and a foreign-ministry denial, news in reported speech with a
//           CERT's 'typical of', a government's 'blamed', a victim's 'main suspect' and an outlet's 'believed', two vendors
//           against a foreign ministry's denial ('suspected', 'can be attributed'), one fictional vendor with a defanged IOC
//           list, CVEs in four documents and a Patch Tuesday distractor; written without running or reading the extractor)
//   check28 fixtures/extraction-check28 (10 more, prefix gnu: other events, publishers and forms, rich in attributions:
//           a news agency's own attribution with two embassy denials and a ministry's 'not aware', a victim company's SEC
//           filing ('believed', 'believes ... likely') with alias links over two sentences, state media carrying a
//           non-English-speaking government's response centre, laboratory, company and foreign ministry that tie an actor
//           to a ransomware group (and deny the state link), a joint advisory with five named co-signers naming three
//           companies and the services they supply, a vendor's 'moderate confidence' state alignment, a national agency's
//           'almost certainly' (actor and sponsor) in a joint bulletin, a sanctions notice with unsealed indictments
//           ('allegedly') against one charged person, a newspaper in a non-English-speaking country naming a group, one
//           fictional vendor with a defanged IOC list ('high confidence', 'probably', 'a realistic possibility'), CVEs in
//           three documents and a Patch Tuesday distractor; written without running or reading the extractor)
//   check29 fixtures/extraction-check29 (10 more, prefix koi: other events, publishers and forms, rich in attributions:
//           a non-English-speaking country's national cyber directorate naming a state, its intelligence ministry, a
//           militia and two groups, a victim company relaying its responder's 'high confidence' with two other vendors'
//           attributions, a three-agency advisory with a five-name alias list and an 'assesses' tie to a government, a
//           government department's disinformation attribution with a platform, a research firm and a think tank, an
//           embassy's and a foreign ministry's denials, a non-US foreign ministry's sanctions notice naming groups, bureaus
//           and a person with a recalled US charge, prosecutors' charges against five defendants ('allege'), a newspaper
//           relaying an intelligence agency's finding, a two-government joint advisory ('almost certainly' a military
//           unit), one fictional vendor with a defanged IOC list ('moderate confidence', 'likely', 'low confidence'), CVEs
//           in two documents and a telecom-outage distractor; written without running or reading the extractor)
//   check30 fixtures/extraction-check30 (8 more, prefix rye: other events, publishers and forms, rich in attributions:
//           a national agency's advisory co-authored by seven partner governments (one item each) with a foreign-ministry
//           denial, an NGO's 'high degree of confidence' naming an intelligence agency and the police with the agency's
//           denial, a victim company replacing its 'suspected nation-state' filing with a named ransomware group beside a
//           news agency's report, a sanctions notice against a spyware consortium and four entities, a non-English-speaking
//           country's police with Europol and charges against two named defendants ('alleged'), news reporting a vendor
//           with a four-name alias list, one fictional vendor with a defanged IOC list ('moderate confidence', 'likely',
//           'low confidence'), CVEs in three documents and a Patch Tuesday distractor; written without running or reading
//           the extractor)
//   check31 fixtures/extraction-check31 (10 more, prefix bee: other events, publishers and forms, rich in attributions:
//           a victim company's attribution of a corporate breach to a group and, as a news outlet relays it, to the
//           state's intelligence, a non-English-speaking country's police naming a hacktivist group, prosecutors' charges
//           against five defendants with an office's 'confirmed' and a spokesman's 'believe', a joint advisory of three
//           agencies and a foreign cyber directorate (one item each for a persona and its sponsoring service) with a victim
//           utility's chairman and a White House official, a sanctions notice with unsealed charges against two affiliates,
//           a news agency and a newspaper naming a state and a group with an embassy's denial, a national cyber centre and
//           a government department naming ransomware groups, one fictional vendor with a defanged IOC list ('high
//           confidence', 'probable', 'possible' / 'low confidence'), CVEs in two documents and a zero-day distractor;
//           written without running or reading the extractor)
//   check32 fixtures/extraction-check32 (10 more, prefix cod: other events, publishers and forms, rich in attributions:
//           a non-English-speaking government's response centre accusing a government with the accused's justice
//           department's dismissal, an NGO's forensic finding against a spyware vendor with an oversight committee's and a
//           cyber agency's denials, a foreign minister and ministry naming a state and a group with an embassy's and a
//           foreign ministry's denials, a state police cyber agency naming seven groups, a vendor's zero-day campaign with a
//           second vendor, an indictment of a named hacker ('alleges') and arrests 'suspected' of a collective, a non-US
//           government's sanctions on three groups with its US co-signer and a monitoring body's finding, news outlets
//           attributing a ransomware attack the agency names only by its malware, one fictional vendor with a defanged IOC
//           list ('moderate confidence', 'likely', 'low confidence'), CVEs in two documents and an airport-ransomware
//           distractor; written without running or reading the extractor)
//   check33 fixtures/extraction-check33 (prefix dew: other events, publishers and forms, weighted to attributions: a
//           non-US prosecution authority and security service naming a state's guard corps and a sender group, with a
//           minister's statement and an embassy's denial, news outlets tying a hacktivist persona to two different
//           services ('linked', 'believed'), a national CERT of a non-Western government naming a group with two aliases,
//           a foreign ministry that rules out no state actor and names none, a sanctions notice against a company and its
//           administrator, a prosecutor's complaint against a named individual ('alleges'), a vendor's cluster attribution
//           with a four-name cross-vendor alias list and a 'suspected' state link, one fictional vendor with a defanged IOC
//           list ('moderate confidence', 'likely', 'low confidence') and a zero-day distractor; written without running or
//           reading the extractor)
//   check34 fixtures/extraction-check34 (8 texts, prefix hen: other events, publishers and forms, weighted to attributions:
//           a non-US police bureau naming a charged hacker ('alleged') and his pseudonym, a non-English government's bodies
//           and foreign-ministry spokesperson accusing a foreign government's intelligence agencies, a vendor's attribution
//           in news with a sponsor adjective, news outlets tying a retail attack to two groups ('linked', 'believed') with
//           an alias list, a 'suspected' state link and a vendor's cross-vendor alias list, one fictional vendor with a
//           defanged IOC list ('moderate confidence', 'highly likely', 'low confidence'), a police arrest of an unnamed
//           suspect and an airport-ransomware distractor; written without running or reading the extractor)
//   check35 fixtures/extraction-check35 (10 texts, prefix jay: other events, publishers and forms, weighted to attributions and
//           denials: a vendor naming a group and ('believes') its state with a foreign ministry's denial, a non-English-speaking
//           government's security agency, head of government and agency director blaming a state before officials confirm a
//           ransomware gang, unnamed sources ('high degree of confidence', 'believe') and a think tank naming a state with two
//           foreign-ministry denials, a head of state's emergency decree with a gang's claim and a foreign ministry's statement,
//           a security service's 'believes'/'likely' for two groups with an alias list and an embassy's denial, a two-government
//           joint advisory naming a state and a group, a national cyber centre and police that 'believe', an agency naming a
//           hacktivist group that denies state ties, one fictional vendor with a defanged IOC list ('moderate confidence',
//           'likely', 'low confidence') and a transport-incident distractor; written without running or reading the extractor)
//   check36 fixtures/extraction-check36 (9 texts, prefix kit: other events, publishers and forms, weighted to attributions and
//           denials: a vendor's attribution as news with a 'suspected' state, two background vendor attributions ('believed'),
//           an alias, an intelligence agency's denial and an embassy's rejection, media and NGOs naming a state's intelligence
//           services ('might', 'reported') with a government's and an ambassador's denials, an unnamed ministry source and
//           people familiar with the matter naming 'Chinese hackers' ('suspected'), a signals-intelligence report naming two
//           groups and their services with an outlet, former officials and a ministry's 'campaign lie' denial, a newspaper and
//           officials ('appears', 'believed') naming a state with a counter-attribution and a state's denial, an indictment
//           with four charged officers and the foreign ministry's and the Kremlin's denials, a vendor naming a 'state-sponsored'
//           group without a state, one fictional vendor with a defanged IOC list ('moderate confidence', 'likely', 'high
//           confidence') and a supplier-attack distractor; written without running or reading the extractor)
//   check37 fixtures/extraction-check37 (9 texts, prefix lox: other events from Europe and the Asia-Pacific, weighted to
//           attributions, denials, co-signers and campaigns: a trilateral sanctions notice with an agency's naming and an
//           indictment of a named leader (three co-signers), a police finding relayed by a government spokesman ('believe',
//           'highly likely') with a broadcaster's 'suspected', an expert's 'believed' and a foreign ministry's rejection,
//           unnamed sources relaying an intelligence agency's secret finding naming a service with a foreign ministry's denial,
//           a lawmaker citing a vendor with an alias list and an agency's actor-to-sponsor tie, a national agency's 'high
//           confidence ... almost certainly' with a dozen group names, six named incidents, three co-signers and two Russian
//           denials, a prosecutor's finding naming a service and its unit with a victim's earlier naming and a foreign
//           ministry's denial, a newspaper, its sources and an agency naming a military with state media's rejection and a
//           counter-accusation, one fictional vendor with a defanged IOC list ('moderate confidence', 'likely', 'high
//           confidence') and a data-theft distractor; written without running or reading the extractor)
//   check38 fixtures/extraction-check38 (10 texts, prefix mud: other events from the Middle East, Africa, Latin America, South
//           Asia and Ukraine, weighted to attributions, denials, co-signers and campaigns: a national cyber directorate naming a
//           group and its ministry with a state-to-state headline and a background two-government statement, a national cyber
//           authority naming an 'Iranian-backed' group with a foreign ministry's denial, an academic lab's 'high confidence' and
//           'medium-high confidence' with a networking company's denial, a government, its foreign office and two newspapers
//           naming a state with the accused government's rejection, a news outlet naming an intelligence agency with the victim
//           government's summons and the accused foreign ministry's 'categorically denies', a minister naming a group while
//           vendors differ on its sponsor ('likely'), two governments' coordinated attribution ('believes', 'judges', 'almost
//           certain') with Moscow's and an embassy's denials, a lab's 'high confidence' with the spyware vendor's rejection, one
//           fictional vendor with a defanged IOC list ('high confidence', 'likely', 'probably') and a port-operator distractor;
//           written without running or reading the extractor)
//   check39 fixtures/extraction-check39 (9 texts, prefix pug: other events from Europe, East Asia, the Caucasus and the
//           Asia-Pacific, weighted to attributions, denials, co-signers and campaigns: a vendor's 'suspected ... state-sponsored'
//           group with a church news portal's 'backed by' and a foreign ministry's denial, an academic lab's 'strongly suggests'
//           with a regional government implicating an intelligence agency, a newspaper and the agency's denial of mass
//           surveillance, a national CERT and a company naming a foreign intelligence unit with the government's accusation,
//           victims' claims against their own state with five denials (a prosecutor, the government, a former agency head, a
//           former official and a vendor's founder), a vendor's 'medium confidence' and 'believed' with a government blaming
//           Moscow, a trilateral sanctions notice with a police force (three co-signers), NGOs' 'believe' and an expert's
//           'grounds to assert', one fictional vendor with a defanged IOC list ('high confidence', 'probably', 'low confidence')
//           and a zero-day distractor; written without running or reading the extractor)
//   check40 fixtures/extraction-check40 (10 texts, prefix ray: other events from Europe, Latin America, Africa and Ukraine,
//           weighted to attributions, denials, co-signers and campaigns: an academic lab and a digital rights group's joint
//           report with a victim newspaper's director ('alleges') and board and the government's denial, an NGO's forensic
//           finding naming a government's authorities, a platform accusing a spyware vendor with a newspaper and a
//           parliamentary committee naming the state's services and the prime minister's office's and a minister's denials,
//           a police agency, a government's authorities and prosecutors naming a hacktivist group (twelve co-signers), a victim
//           government confirming a ransomware group's claim, a national cyber agency and CERT naming Russian intelligence
//           services, a newspaper, a digital rights group, a truth commission and an expert naming an army with the president's
//           denial, three outlets naming Russia or Turla with an ambassador's and a ministry's denials, one fictional vendor
//           with a defanged IOC list ('moderate confidence', 'likely', 'high confidence', 'low confidence') and a ransomware
//           distractor; written without running or reading the extractor)
//   check41 fixtures/extraction-check41 (10 texts, prefix sol: other events from East and South Asia, the Middle East and
//           Australia, weighted to attributions, denials, co-signers and campaigns: an investigation bureau naming four groups
//           and 'believes' a ruling party backs two, with an FBI alert (two co-signers), researchers tying nuclear-plant malware
//           to a group and a state with the plant's denial, a head of government naming no state with a source's 'high degree
//           of confidence', a broadcaster and the accused foreign ministry's denial, an intelligence service's 'believed' and a
//           magazine's 'suspected' with university researchers who reject the attribution, a minister naming a group and US
//           officials describing their own strikes, UN experts' 'possible', a forensic firm's 'medium to high confidence' and
//           three denials by the accused state, a vendor naming a group (long form, short form, alias) and its state backing
//           with a foreign ministry's dismissal, a joint advisory of two non-US agencies (two co-signers), one fictional vendor
//           with a defanged IOC list ('high confidence', 'likely', 'low confidence') and a data-centre-fire distractor; written
//           without running or reading the extractor)
//   check42 fixtures/extraction-check42 (10 texts, prefix tan: other events from Europe, Asia, the Middle East and North
//           Africa, weighted to attributions, denials, co-signers and campaigns: a national CERT and a vendor's 'apparently'
//           naming a hacktivist group, a government's 'believed' naming two states with a newspaper's 'likely', a vendor naming
//           a dissident group (and 'not Israel') with a second vendor's own actor name, a government naming no state with two
//           national outlets and a commentary's 'highly likely', joint advisories of six governments' agencies (six
//           co-signers) with researchers' two alias lists, an indictment told as news with three rejections (a foreign
//           ministry, an embassy, the victim's ministry), a police bureau's and a prosecutor's allegations with two charged
//           people, media hedges ('suspected', 'believed', 'Russia-backed') with a gang's denial, one fictional vendor with a
//           defanged IOC list ('moderate confidence', 'likely', 'low confidence') and a cloud-outage distractor; written
//           without running or reading the extractor)
//   check43 fixtures/extraction-check43 (10 texts, prefix urn: other events from Europe, Africa and the Americas, 2019-2022,
//           weighted to attributions, denials, co-signers and campaigns: two governments' coordinated attribution of DDoS
//           attacks ('almost certain', 'judges', 'believes') with an embassy's and Moscow's denials, a security council naming
//           a group and a neighbour's special services ('likely') with a ministry and a strategic communications centre naming
//           a state and Russia's rejection, a head of state blaming another state and three named people with the accused
//           secretary of state's denial, an NGO's spyware finding with a government's and a parliament's rejections, an NGO
//           and a journalists' network naming a government with its foreign minister's denial, prosecutors' charges against a
//           named person with his denial, a police force naming two hacktivist groups with the group's denial, a vendor naming
//           a military intelligence service and an actor name, one fictional vendor with a defanged IOC list ('moderate
//           confidence', 'low confidence') and a telecom-outage distractor; written without running or reading the extractor)
//   check44 fixtures/extraction-check44 (10 texts, prefix vow: other events from East Asia, the Middle East, the Caucasus
//           and Central Europe, weighted to attributions, co-signers, campaigns and denials: a newspaper citing sources that
//           name a state and its security ministry with the accused foreign ministry's reply, joint advisories of two
//           governments' agencies (six US and Korean agencies; a UK and a Korean agency, two co-signers each), a victim
//           government blaming two states with media's 'believed' about a military intelligence service, a parliamentary
//           commission naming a group (four-name alias list) and its state, a city police bureau accusing a foreign military
//           unit with the defence ministry's rejection, a minister's 'probably' naming a state, a state agency and a
//           business daily naming a hacker group with the group's denial of state ties, one fictional vendor with a defanged
//           IOC list ('moderate confidence', 'likely', 'low confidence') and a network-outage distractor; written without
//           running or reading the extractor)
//   check45 fixtures/extraction-check45 (10 texts, prefix wok: other events from Europe, the Americas, the Middle East and
//           Asia, 2020-2024, weighted to attributions, denials, campaigns and co-signers: a government's 'almost certain'
//           about unnamed Russian actors with an embassy's and the Kremlin's rejections, an agency naming a ransomware group
//           with the Kremlin's, an embassy's and the group's own denials, a court's verdict and prosecutors' charges against a
//           charged hacker with his denial, an indictment of two charged men with an EU police agency, a national prosecutor
//           and a sanctions designation, a vendor's 'moderate confidence' tie of a group to an intelligence ministry, a
//           vendor's 'high confidence' and a think tank's 'believed' with the accused foreign ministry's rejection, a police
//           force naming a criminal group with a vendor blog and a victim company's 'suspected', a vendor's operation traced
//           to a Chinese APT group with four other vendors, one fictional vendor with a defanged IOC list ('moderate
//           confidence', 'likely', 'low confidence') and a CDN-outage distractor; written without running or reading the
//           extractor)
//   check46 fixtures/extraction-check46 (10 texts, prefix yam: other events of 2016-2019 from the Gulf, Europe, East and
//           Southeast Asia and the US, weighted to attributions, denials, co-signers and campaigns: a newspaper citing
//           unnamed intelligence officials naming a state with its minister's and ambassador's denials, an indictment with two
//           charged defendants and a sanctions designation of two exchangers, a national cyber centre's 'very likely' naming
//           a group (four-name alias list) and a minister naming the state with the Kremlin's and a foreign ministry's
//           rejections, an indictment of ten named people and a provincial state-security service with the foreign
//           ministry's 'sheer fiction', joint advisories of two governments' agencies naming a group (five-name alias list)
//           and a vendor naming the group whose tools it hijacked, an indictment of three named people with officials tying
//           their firm to a military unit, a newspaper naming a hacktivist group behind airport attacks, unnamed sources'
//           'likely' and an intelligence chief's 'highly likely' with the Kremlin's dismissal, one fictional vendor with a
//           defanged IOC list ('high confidence', 'probable', 'low confidence') and a patched-vulnerability distractor;
//           written without running or reading the extractor)
//   check47 fixtures/extraction-check47 (10 texts, prefix zip: other events of 2018-2024 from Scandinavia, Oceania, Africa,
//           Southeast Asia, South America and Ukraine, weighted to attributions, denials, co-signers and campaigns: a
//           prosecution authority, a security service and two ministers naming a state's guard corps and a persona group
//           with the embassy's rejection, a broadcaster relaying a cyber agency's finding with an embassy's and a foreign
//           ministry's denials, a head of state naming a state with the foreign ministry's rejection and a ransomware
//           group's claim, a newspaper's report with four denials (foreign ministry, ambassador, a regional body, a prime
//           minister), a joint malware report of seven agencies of five governments with a national security service's
//           own attribution, a vendor's hedges about an unnamed state with a government advisory naming the group, a
//           victim government disputing a vendor with an embassy's rejection, a national security agency naming three
//           groups and a state, one fictional vendor with a defanged IOC list ('high confidence', 'likely', 'low
//           confidence') and an unattributed-ransomware distractor; written without running or reading the extractor)
//   check48 fixtures/extraction-check48 (10 texts, prefix ant: other events of 2014-2020 from North America, Europe, Russia
//           and Ukraine, East Asia and Iran, weighted to attributions, denials, co-signers and campaigns: a sanctions notice
//           on two intelligence services, a service chief, three front companies and two wanted hackers with the Kremlin's
//           rejection, an indictment of five named military officers and their unit with the foreign ministry's denial, a
//           homeland security adviser's attribution joined by five governments with a minister's group name, a cyber
//           centre's 'highly likely' and two denials, an indictment of seven named employees of two companies working for
//           a guard corps with the foreign ministry's denial, a prosecutor's department and a security service naming a
//           group (five-name alias list) with the Kremlin's denial, a joint alert of three agencies of two governments
//           ('high confidence') with an embassy's denial, a chief information officer and a signals agency naming a state
//           with an embassy's denial, a newspaper and a victim company's 'suspected' and 'believed' naming three groups,
//           one fictional vendor with a defanged IOC list ('moderate confidence', 'likely', 'low confidence') and a
//           processor-flaw distractor; written without running or reading the extractor)
//   check49 … check60 fixtures/extraction-check49 … check60 (8 to 10 texts each, prefixes bat cat dog eel fox gum hog imp
//           jam kea lip nut; written in sessions 19 and 20 by helpers without running or reading the extractor, each
//           set's README giving its documents, forms, limits and unseen runs): Asia-Pacific, Europe/Middle East and Latin
//           America/Africa events (49-51); government releases, news wire stories with denials and vendor reports
//           (52-54); non-US governments' attributions in the news, vendor reports and UK/EU official statements
//           (55-57); single-attributor news stories, coordinated multi-government attributions, and criminal groups with
//           law enforcement (58-60, opened in session 24)
//   check61 … check63 fixtures/extraction-check61 … check63 (10 texts each, prefixes rob sky tea; written in session 24 by
//           helpers without running or reading the extractor): rarely seen governments and agencies with newspapers
//           relaying their sources (61), vendor and researcher findings as news with alias lists (62), news quoting many
//           speakers with accused states’ answers, and a ransomware distractor (63); opened in session 31
//   check64 … check66 fixtures/extraction-check64 … check66 (10 texts each, prefixes ute vet wig; written in session 26 by
//           helpers without running or reading the extractor, as mainstream coverage like the dev set): US government
//           and agency statements, vendor research and wire stories (64), European, NATO and Five Eyes governments and
//           agencies (65), Asia-Pacific and Middle Eastern governments and US prosecutors (66); check64 and check65
//           opened in session 26 after their first unseen run, check66 in session 33
//   check67, check68 fixtures/extraction-check67, check68 (10 texts each, prefixes zed qua; written later in session 26
//           the same way): Russia- and Iran-related events (67), China- and North Korea-related events (68); opened
//           in session 33
//   check69 fixtures/extraction-check69 (10 texts, prefix hub; written in session 33 by a helper without running or
//           reading the extractor): mainstream news on state operations with denials, a vendor-report rewrite with an
//           alias list, a synthetic vendor blog with IOCs and a distractor; opened in session 34
//   check70 fixtures/extraction-check70 (10 texts, prefix pen; written in session 33 the same way): official and vendor
//           texts (agency statements, a sanctions designation, a justice press release, a joint advisory, vendor
//           reports with alias lists), a synthetic vendor blog with IOCs and a distractor; opened in session 34
//   check71 fixtures/extraction-check71 (10 texts, prefix mix; written in session 34 the same way): government releases,
//           joint advisories of several states, a justice release, news on official attributions with denials, a
//           vendor-report rewrite, a synthetic vendor blog with IOCs and a distractor; opened in session 34
//   check72 fixtures/extraction-check72 (10 texts, prefix dot; written in session 34 by a helper without running or
//           reading the extractor): news and trade press from outside the US and UK mainstream (Russian, Korean,
//           Peruvian, Israeli, Philippine, Pakistani and Indian outlets), a vendor-report rewrite with an alias list, a
//           synthetic vendor blog with IOCs and a distractor; opened in session 34
//   check73 fixtures/extraction-check73 (10 texts, prefix elf; written later in session 34 the same way): news on
//           government attributions with denials, vendor reports (an alias list, a cluster tied to a group and a state
//           with hedges), a joint advisory, an indictment, trade press, a synthetic vendor blog and a distractor; opened in session 35
//   check74 fixtures/extraction-check74 (10 texts, prefix gnat; written later in session 34 the same way): European and
//           Asia-Pacific sources: vendor reports with alias lists and clusters tied to groups, South Korean agency
//           statements over several sentences, a sanctions listing, a synthetic vendor blog and a distractor; opened in
//           session 35
//   check75 fixtures/extraction-check75 (10 texts, prefix ram; written in session 35 by a helper without running or
//           reading the extractor): vendor threat research and the trade press relaying it (cluster names, overlap and
//           alias lists, hedged state links, a denial), states beyond the usual four, a synthetic vendor blog with IOCs
//           and a distractor; opened in session 37
//   check76 fixtures/extraction-check76 (10 texts, prefix orb; written in session 35 the same way): news of government
//           attributions by Ukraine, Finland, Spain, Japan, Norway, New Zealand, Israel and the Netherlands (an embassy's
//           reply, sanctions, a joint assessment of three services), a synthetic vendor blog and a distractor; opened in
//           session 37
//   check77 fixtures/extraction-check77 (10 texts, prefix sun; written in session 35 the same way): official releases as
//           published (an indictment with sanctions, a Treasury designation answered by an ambassador, joint and national
//           advisories, a CERT alert, a ministry's counter-accusation, a minister naming two states' services), a
//           synthetic vendor blog and a distractor; opened in session 37
//   check78 fixtures/extraction-check78 (10 texts, prefix tux; written in session 35 the same way): a CERT analyst's
//           mixed reading weighted like the dev set (sanctions with charges, a feed's joint advisory, CERT reports, a
//           newspaper's and a SIM maker's disclosures, a vendor note with IOCs, a Patch Tuesday roundup, a synthetic
//           vendor blog); opened in session 37
//   check79 fixtures/extraction-check79 (10 texts, prefix vox; written in session 35 the same way): regional news from
//           South Asia, Latin America, Africa and the Middle East (spyware found on critics' phones, a former president's
//           charges, a platform's takedown of a Gaza-based group, vendor findings), a synthetic vendor blog; opened in
//           session 36
//   check80 fixtures/extraction-check80 (10 texts, prefix wax; written in session 35 the same way): investigations by
//           civil-society labs and journalists on spyware and state hacking (lab attributions with hedges, governments'
//           and vendors' denials, a prosecutor's case), a synthetic vendor blog and a distractor; opened in session 36
//   check81 fixtures/extraction-check81 (10 texts, prefix cub; written in session 36 the same way): investigations by
//           labs, vendors' threat teams and newsrooms on spyware, surveillance vendors and state hacking of civil
//           society, with denials and a regulator's or parliament's follow-up; unseen
//   check82 fixtures/extraction-check82 (10 texts, prefix dam; written in session 36 the same way): regional and
//           national news beyond Europe and North America on state-linked hacking; unseen
//   check83 fixtures/extraction-check83 (10 texts, prefix ewe; written in session 36 the same way): a CERT analyst's
//           mixed reading weighted like the dev set, with publishers and states less common in earlier sets; unseen
//   check84 fixtures/extraction-check84 (10 texts, prefix fob; written in session 37 by a helper without running or
//           reading the extractor): a CERT analyst's mixed reading weighted like the dev set, on events of 2015-2020
//           and 2025-2026; unseen
//   check85 fixtures/extraction-check85 (10 texts, prefix gap; written in session 37 the same way): official and wire
//           texts on events of 2021-2024 (prosecutors' and sanctions releases, government statements, a wire story with
//           a rejection, a vendor excerpt, a victim's statement, a distractor, a synthetic vendor blog); unseen
//   holdout fixtures/extraction-holdout (8 more; sealed until 2026-11-29, when it was opened and became development material)
//   --gold DIR: any other folder in the same layout (NAME.txt beside NAME.gold.json, and the set's aliases.json),
//           e.g. a held-out set; scored by ../shared/extraction-dev/score.py with --gold DIR.
// The fixture sets are scored by ../shared/extraction-dev/score.py through their tools/score_*.py wrappers; without
// the scorer everything is skipped cleanly. The alias index is the product's: ATT&CK and MISP actor names (read here
// from the shared files; evaluation may read shared data, the product may not) plus the starter pack.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { aliasEntriesFromShared } from '../bench/extract/shared-aliases.ts'
import { aliasEntriesFromStarter } from '../bench/extract/starter-aliases.ts'
import { compileActorMatcher, extractFromText, summarize } from '../src/extract/index.ts'

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    gold: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
})
const root = resolve(import.meta.dirname, '..')
const shared = process.env.MOSAIC_SHARED ?? resolve(root, '..', 'shared')
const scorer = join(shared, 'extraction-dev', 'score.py')
if (!existsSync(scorer)) {
  console.log(`skipped: ${scorer} is not present`)
  process.exit(0)
}

// Each fixture set and the prefix of its documents (and of its scorer, tools/score_<prefix>.py), in order.
// The sets still unseen (only their aggregate tables looked at): left out of `--set opened`.
const UNSEEN: string[] = ['check81', 'check82', 'check83', 'check84', 'check85']
const FIXTURE_PREFIXES = {
  check: 'chk',
  check2: 'sea',
  check3: 'nov',
  check4: 'dec',
  check5: 'jan',
  check6: 'feb',
  check7: 'mar',
  check8: 'apr',
  check9: 'may',
  check10: 'jun',
  check11: 'jul',
  check12: 'aug',
  check13: 'sep',
  check14: 'oct',
  check15: 'ivy',
  check16: 'elm',
  check17: 'ash',
  check18: 'oak',
  check19: 'yew',
  check20: 'fir',
  check21: 'bay',
  check22: 'fig',
  check23: 'elk',
  check24: 'asp',
  check25: 'yak',
  check26: 'owl',
  check27: 'emu',
  check28: 'gnu',
  check29: 'koi',
  check30: 'rye',
  check31: 'bee',
  check32: 'cod',
  check33: 'dew',
  check34: 'hen',
  check35: 'jay',
  check36: 'kit',
  check37: 'lox',
  check38: 'mud',
  check39: 'pug',
  check40: 'ray',
  check41: 'sol',
  check42: 'tan',
  check43: 'urn',
  check44: 'vow',
  check45: 'wok',
  check46: 'yam',
  check47: 'zip',
  check48: 'ant',
  check49: 'bat',
  check50: 'cat',
  check51: 'dog',
  check52: 'eel',
  check53: 'fox',
  check54: 'gum',
  check55: 'hog',
  check56: 'imp',
  check57: 'jam',
  check58: 'kea',
  check59: 'lip',
  check60: 'nut',
  check61: 'rob',
  check62: 'sky',
  check63: 'tea',
  check64: 'ute',
  check65: 'vet',
  check66: 'wig',
  check67: 'zed',
  check68: 'qua',
  check69: 'hub',
  check70: 'pen',
  check71: 'mix',
  check72: 'dot',
  check73: 'elf',
  check74: 'gnat',
  check75: 'ram',
  check76: 'orb',
  check77: 'sun',
  check78: 'tux',
  check79: 'vox',
  check80: 'wax',
  check81: 'cub',
  check82: 'dam',
  check83: 'ewe',
  check84: 'fob',
  check85: 'gap',
  holdout: 'hold',
}

interface EvalSet {
  name: string
  dir: string
  /** Which files of the folder are documents. */
  docs: (file: string) => boolean
  /** The scorer command, given the output folder. */
  score: (out: string) => string[]
}
const sets: EvalSet[] = [
  {
    name: 'dev',
    dir: join(shared, 'extraction-dev'),
    docs: (f: string) => /^dev\d+\.txt$/.test(f),
    score: (out: string) => [scorer, out, '--gold', join(shared, 'extraction-dev')],
  },
  ...Object.entries(FIXTURE_PREFIXES).map(([name, prefix]) => {
    const dir = join(root, 'fixtures', `extraction-${name}`)
    const pattern = new RegExp(`^${prefix}\\d+\\.txt$`)
    return {
      name,
      dir,
      docs: (f: string) => pattern.test(f),
      score: (out: string) => [join(dir, 'tools', `score_${prefix}.py`), out],
    }
  }),
].filter((s) => values.set === 'all' || (values.set === 'opened' && !UNSEEN.includes(s.name)) || values.set === s.name)
if (values.gold !== undefined) {
  const dir = resolve(values.gold)
  if (!existsSync(dir)) {
    console.error(`--gold: ${dir} does not exist`)
    process.exit(3)
  }
  const golds = new Set(readdirSync(dir).filter((f) => f.endsWith('.gold.json')))
  const isDoc = (f: string) => f.endsWith('.txt') && golds.has(f.replace(/\.txt$/, '.gold.json'))
  sets.splice(0, sets.length, {
    name: 'gold',
    dir,
    docs: isDoc,
    score: (out: string) => [scorer, out, '--gold', dir],
  })
}
if (sets.length === 0) {
  console.error(`--set: expected dev, ${Object.keys(FIXTURE_PREFIXES).join(', ')}, all or opened, got ${values.set}`)
  process.exit(3)
}

const t0 = performance.now()
// MOSAIC_EVAL_NO_INDEX=1: shape-based recognition only, as for actors missing from the alias index.
const matcher = compileActorMatcher(
  process.env.MOSAIC_EVAL_NO_INDEX ? [] : [...aliasEntriesFromShared(shared), ...aliasEntriesFromStarter()],
)
console.log(`alias index: ${matcher.patternCount} patterns in ${(performance.now() - t0).toFixed(0)} ms`)
let failed = false
const overall: string[] = []
for (const set of sets) {
  if (!existsSync(set.dir)) {
    console.log(`\n${set.name}: skipped, ${set.dir} is not present`)
    continue
  }
  const out = mkdtempSync(join(tmpdir(), `mosaic-eval-${set.name}-`))
  mkdirSync(out, { recursive: true })
  const docs = readdirSync(set.dir).filter(set.docs).sort()
  const t1 = performance.now()
  for (const f of docs) {
    const summary = summarize(extractFromText(readFileSync(join(set.dir, f), 'utf8'), { matcher }))
    writeFileSync(join(out, f.replace(/\.txt$/, '.json')), JSON.stringify(summary, null, 1))
  }
  console.log(`\n== ${set.name}: ${docs.length} documents in ${(performance.now() - t1).toFixed(0)} ms; output: ${out}`)
  // A fixed hash seed: the scorer canonicalises a name by the first of its key variants (a set of strings) found in the
  // alias table, so a gold name with a parenthesis ("Ministry of Defense (North Korea)") can canonicalise to the state in
  // one run and to nothing in the next, and a set's score moves between runs on the same output (check21: 0.8060 or
  // 0.8082). Seed 0 makes every run of the same output score the same.
  const r = spawnSync('python3', [...set.score(out), ...(values.verbose ? ['--verbose'] : [])], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: process.env.PYTHONHASHSEED ?? '0' },
  })
  process.stdout.write(r.stdout)
  process.stderr.write(r.stderr)
  if (r.status !== 0) failed = true
  const line = /overall F1 = [\d.]+/.exec(r.stdout)?.[0]
  if (line) overall.push(`${set.name.padEnd(7)} ${line}`)
}
console.log(`\n${overall.join('\n')}`)
process.exit(failed ? 1 : 0)
