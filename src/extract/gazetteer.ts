/**
 * General world knowledge the extractor needs, written for Mosaic (not fitted to any document): the sovereign states
 * with their demonyms and common short forms (after the UN member list and the CIA World Factbook's nationality
 * column), well-known intelligence and security services, national cyber agencies, alliances and international
 * bodies, large technology and security vendors, vendor products (to keep them from being read as actors), and the
 * sectors of CISA's critical-infrastructure list plus the ones threat reports commonly name.
 */

export interface Country {
  name: string
  /** Adjectives / demonyms ("Chinese", "British"). */
  adjectives: string[]
  /** Other names for the state as a noun ("PRC", "Britain", "the US"). */
  aliases: string[]
  /** Names that stand for the government by metonymy ("Beijing", "the Kremlin"). */
  metonyms: string[]
}

// name|adjectives,…|aliases,…|metonyms,…
const COUNTRY_TABLE = `Afghanistan|Afghan||Kabul
Albania|Albanian||Tirana
Algeria|Algerian||Algiers
Andorra|Andorran||
Angola|Angolan||
Antigua and Barbuda|Antiguan||
Argentina|Argentine,Argentinian||Buenos Aires
Armenia|Armenian||Yerevan
Australia|Australian||Canberra
Austria|Austrian||Vienna
Azerbaijan|Azerbaijani,Azeri||Baku
Bahamas|Bahamian|the Bahamas|
Bahrain|Bahraini||Manama
Bangladesh|Bangladeshi||Dhaka
Barbados|Barbadian||
Belarus|Belarusian,Belarussian||Minsk
Belgium|Belgian||Brussels
Belize|Belizean||
Benin|Beninese||
Bhutan|Bhutanese||
Bolivia|Bolivian||
Bosnia and Herzegovina|Bosnian|Bosnia|Sarajevo
Botswana|Botswanan||
Brazil|Brazilian||Brasilia
Brunei|Bruneian||
Bulgaria|Bulgarian||Sofia
Burkina Faso|Burkinabe||
Burundi|Burundian||
Cambodia|Cambodian||Phnom Penh
Cameroon|Cameroonian||
Canada|Canadian||Ottawa
Cape Verde|Cape Verdean|Cabo Verde|
Central African Republic|Central African||
Chad|Chadian||
Chile|Chilean||Santiago
China|Chinese|PRC,People's Republic of China,People’s Republic of China,mainland China|Beijing,Zhongnanhai
Colombia|Colombian||Bogota
Comoros|Comoran||
Congo|Congolese|Republic of the Congo,Democratic Republic of the Congo,DRC|Kinshasa
Costa Rica|Costa Rican||
Croatia|Croatian||Zagreb
Cuba|Cuban||Havana
Cyprus|Cypriot||Nicosia
Czech Republic|Czech|Czechia|Prague
Denmark|Danish||Copenhagen
Djibouti|Djiboutian||
Dominica|Dominican||
Dominican Republic|||
Ecuador|Ecuadorian||Quito
Egypt|Egyptian||Cairo
El Salvador|Salvadoran||
Equatorial Guinea|Equatoguinean||
Eritrea|Eritrean||
Estonia|Estonian||Tallinn
Eswatini|Swazi|Swaziland|
Ethiopia|Ethiopian||Addis Ababa
Fiji|Fijian||
Finland|Finnish||Helsinki
France|French||Paris,the Elysee
Gabon|Gabonese||
Gambia|Gambian|the Gambia|
Georgia|Georgian||Tbilisi
Germany|German||Berlin
Ghana|Ghanaian||Accra
Greece|Greek||Athens
Grenada|Grenadian||
Guatemala|Guatemalan||
Guinea|Guinean||
Guinea-Bissau|Bissau-Guinean||
Guyana|Guyanese||
Haiti|Haitian||
Honduras|Honduran||
Hungary|Hungarian||Budapest
Iceland|Icelandic||Reykjavik
India|Indian||New Delhi
Indonesia|Indonesian||Jakarta
Iran|Iranian|Islamic Republic of Iran|Tehran
Iraq|Iraqi||Baghdad
Ireland|Irish|Republic of Ireland|Dublin
Israel|Israeli||Jerusalem
Italy|Italian||Rome
Ivory Coast|Ivorian|Côte d'Ivoire,Cote d'Ivoire|
Jamaica|Jamaican||
Japan|Japanese||Tokyo
Jordan|Jordanian||Amman
Kazakhstan|Kazakh,Kazakhstani||Astana
Kenya|Kenyan||Nairobi
Kiribati|I-Kiribati||
Kosovo|Kosovar||Pristina
Kuwait|Kuwaiti||
Kyrgyzstan|Kyrgyz,Kyrgyzstani||Bishkek
Laos|Lao,Laotian||Vientiane
Latvia|Latvian||Riga
Lebanon|Lebanese||Beirut
Lesotho|Basotho||
Liberia|Liberian||
Libya|Libyan||Tripoli
Liechtenstein|Liechtensteiner||
Lithuania|Lithuanian||Vilnius
Luxembourg|Luxembourgish||
Madagascar|Malagasy||
Malawi|Malawian||
Malaysia|Malaysian||Kuala Lumpur
Maldives|Maldivian|the Maldives|
Mali|Malian||Bamako
Malta|Maltese||Valletta
Marshall Islands|Marshallese||
Mauritania|Mauritanian||
Mauritius|Mauritian||
Mexico|Mexican||Mexico City
Micronesia|Micronesian||
Moldova|Moldovan||Chisinau
Monaco|Monegasque||
Mongolia|Mongolian||Ulaanbaatar
Montenegro|Montenegrin||Podgorica
Morocco|Moroccan||Rabat
Mozambique|Mozambican||
Myanmar|Myanma,Burmese|Burma|Naypyidaw
Namibia|Namibian||
Nauru|Nauruan||
Nepal|Nepali,Nepalese||Kathmandu
Netherlands|Dutch|the Netherlands,Holland|The Hague
New Zealand|New Zealand|NZ|Wellington
Nicaragua|Nicaraguan||
Niger|Nigerien||
Nigeria|Nigerian||Abuja
North Korea|North Korean|DPRK,Democratic People's Republic of Korea,Democratic People’s Republic of Korea|Pyongyang
North Macedonia|Macedonian|Macedonia|Skopje
Norway|Norwegian||Oslo
Oman|Omani||Muscat
Pakistan|Pakistani||Islamabad
Palau|Palauan||
Palestine|Palestinian||
Panama|Panamanian||
Papua New Guinea|Papua New Guinean||
Paraguay|Paraguayan||
Peru|Peruvian||Lima
Philippines|Filipino,Philippine|the Philippines|Manila
Poland|Polish||Warsaw
Portugal|Portuguese||Lisbon
Qatar|Qatari||Doha
Romania|Romanian||Bucharest
Russia|Russian|Russian Federation|Moscow,the Kremlin,Kremlin
Rwanda|Rwandan||Kigali
Saint Lucia|Saint Lucian||
Samoa|Samoan||
San Marino|Sammarinese||
Saudi Arabia|Saudi,Saudi Arabian||Riyadh
Senegal|Senegalese||Dakar
Serbia|Serbian||Belgrade
Seychelles|Seychellois||
Sierra Leone|Sierra Leonean||
Singapore|Singaporean||
Slovakia|Slovak||Bratislava
Slovenia|Slovenian,Slovene||Ljubljana
Solomon Islands|Solomon Islander||
Somalia|Somali||Mogadishu
South Africa|South African||Pretoria
South Korea|South Korean|Republic of Korea,ROK|Seoul
South Sudan|South Sudanese||
Spain|Spanish||Madrid
Sri Lanka|Sri Lankan||Colombo
Sudan|Sudanese||Khartoum
Suriname|Surinamese||
Sweden|Swedish||Stockholm
Switzerland|Swiss||Bern
Syria|Syrian||Damascus
Taiwan|Taiwanese|Republic of China|Taipei
Tajikistan|Tajik,Tajikistani||Dushanbe
Tanzania|Tanzanian||
Thailand|Thai||Bangkok
Timor-Leste|Timorese|East Timor|
Togo|Togolese||
Tonga|Tongan||
Trinidad and Tobago|Trinidadian||
Tunisia|Tunisian||Tunis
Turkey|Turkish|Türkiye,Turkiye|Ankara
Turkmenistan|Turkmen||Ashgabat
Tuvalu|Tuvaluan||
Uganda|Ugandan||Kampala
Ukraine|Ukrainian||Kyiv,Kiev
United Arab Emirates|Emirati|UAE,U.A.E.|Abu Dhabi
United Kingdom|British,UK,U.K.|UK,U.K.,Britain,Great Britain,the United Kingdom,HM Government|London,Downing Street,Whitehall
United States|American,US,U.S.|US,U.S.,USA,U.S.A.,United States of America,the United States,America|Washington,the White House
Uruguay|Uruguayan||Montevideo
Uzbekistan|Uzbek,Uzbekistani||Tashkent
Vanuatu|Vanuatuan||
Vatican City|Vatican|Holy See|
Venezuela|Venezuelan||Caracas
Vietnam|Vietnamese|Viet Nam|Hanoi
Yemen|Yemeni||Sanaa
Zambia|Zambian||Lusaka
Zimbabwe|Zimbabwean||Harare
Guam|Guamanian||
Puerto Rico|Puerto Rican||
Hong Kong|Hong Kong||
Greenland|Greenlandic||`

const split = (s: string | undefined) => (s ? s.split(',').filter((x) => x !== '') : [])

export const COUNTRIES: Country[] = COUNTRY_TABLE.split('\n').map((line) => {
  const [name, adj, aliases, metonyms] = line.split('|')
  return { name: name!, adjectives: split(adj), aliases: split(aliases), metonyms: split(metonyms) }
})

/**
 * How a state's government is named in Mosaic's summaries: "Government of X" by default; the forms threat-intelligence
 * writing settles on for the states most often named as sponsors or attributors.
 */
export function governmentName(country: string): string {
  switch (country) {
    case 'China':
      return 'PRC Government'
    case 'Russia':
      return 'Russian Government'
    case 'Iran':
      return 'Iranian Government'
    case 'North Korea':
      return 'North Korean Government'
    case 'United States':
      return 'United States Government'
    case 'United Kingdom':
      return 'Government of the United Kingdom'
    case 'Netherlands':
      return 'Government of the Netherlands'
    case 'Philippines':
      return 'Government of the Philippines'
    default:
      return `Government of ${country}`
  }
}

/** A state body: an intelligence or security service, military unit, or the like. */
export interface StateBody {
  /** The name summaries use. */
  name: string
  country: string
  /** Surface forms (case-sensitive for acronyms). */
  forms: string[]
  kind: 'intelligence' | 'military' | 'ministry' | 'police'
}

export const STATE_BODIES: StateBody[] = [
  {
    name: 'PRC Ministry of State Security',
    country: 'China',
    kind: 'intelligence',
    forms: ['Ministry of State Security', 'MSS', 'Guoanbu'],
  },
  {
    name: 'PRC Ministry of Public Security',
    country: 'China',
    kind: 'police',
    forms: ['Ministry of Public Security', 'MPS'],
  },
  {
    name: "People's Liberation Army",
    country: 'China',
    kind: 'military',
    forms: [
      "People's Liberation Army",
      'People’s Liberation Army',
      'PLA',
      'PLA Strategic Support Force',
      'Strategic Support Force',
    ],
  },
  {
    name: 'GRU',
    country: 'Russia',
    kind: 'military',
    forms: [
      'GRU',
      'Main Intelligence Directorate',
      'Main Directorate of the General Staff',
      'Russian Military Intelligence',
      'Russian military intelligence',
      "Russia's military intelligence",
      'Russia’s military intelligence',
      'military intelligence agency GRU',
      // Its official name, in the translations reports use.
      'General Directorate of the General Staff',
      'Main Directorate of the General Staff of the Armed Forces of the Russian Federation',
      'General Directorate of the General Staff of the Armed Forces of the Russian Federation',
      'Main Intelligence Directorate of the General Staff',
      'General Staff Main Intelligence Directorate',
    ],
  },
  // GRU units named by their function (units named by their number are found by a pattern).
  {
    name: 'GRU Main Center for Special Technologies',
    country: 'Russia',
    kind: 'military',
    forms: ['Main Center for Special Technologies', 'Main Centre for Special Technologies', 'GTsST'],
  },
  {
    name: 'GRU 85th Main Special Service Center',
    country: 'Russia',
    kind: 'military',
    forms: [
      '85th Main Special Service Center',
      '85th Main Special Service Centre',
      // The translation the EU's and other governments' notices use.
      '85th Main Centre for Special Services',
      '85th Main Center for Special Services',
      'Main Centre for Special Services',
      'Main Center for Special Services',
      'GTsSS',
    ],
  },
  {
    name: 'SVR',
    country: 'Russia',
    kind: 'intelligence',
    forms: ['SVR', 'Foreign Intelligence Service of the Russian Federation', 'Russian Foreign Intelligence Service'],
  },
  {
    name: 'FSB',
    country: 'Russia',
    kind: 'intelligence',
    forms: ['FSB', 'Federal Security Service', 'FSB Center 16', 'FSB Centre 16', 'Center 16'],
  },
  // The intelligence services other states accuse ("the NSA's Office of Tailored Access Operations", "the Mossad"): bodies
  // a link names, not speakers.
  {
    name: 'Office of Tailored Access Operations',
    country: 'United States',
    kind: 'intelligence',
    forms: ['Office of Tailored Access Operations', 'Tailored Access Operations'],
  },
  {
    name: 'Mossad',
    country: 'Israel',
    kind: 'intelligence',
    forms: ['Mossad'],
  },
  {
    name: 'Iranian Ministry of Intelligence and Security',
    country: 'Iran',
    kind: 'intelligence',
    forms: ['Ministry of Intelligence and Security', 'MOIS', 'Ministry of Intelligence'],
  },
  {
    name: 'Islamic Revolutionary Guard Corps',
    country: 'Iran',
    kind: 'military',
    forms: [
      'Islamic Revolutionary Guard Corps',
      'IRGC',
      'IRGC-CEC',
      'IRGC Intelligence Organization',
      'Revolutionary Guards',
      'Revolutionary Guard',
      'Iranian Revolutionary Guard',
      'Iranian Revolutionary Guard Corps',
      'Revolutionary Guard Corps',
    ],
  },
  {
    name: 'Reconnaissance General Bureau',
    country: 'North Korea',
    kind: 'intelligence',
    forms: ['Reconnaissance General Bureau', 'RGB', 'Bureau 121'],
  },
  { name: 'Belarusian KGB', country: 'Belarus', kind: 'intelligence', forms: ['KGB of Belarus'] },
  {
    name: 'Pakistani Inter-Services Intelligence',
    country: 'Pakistan',
    kind: 'intelligence',
    forms: ['Inter-Services Intelligence'],
  },
  {
    name: "Korean People's Army",
    country: 'North Korea',
    kind: 'military',
    forms: ["Korean People's Army", 'Korean People’s Army'],
  },
]

/** Every country's name and alias ("United States", "US", "America"): a state named as a noun. */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases]))

/** An agency, alliance, international body or company that can attribute, co-sign, or be named. */
export interface KnownOrg {
  name: string
  forms: string[]
  /** The state it belongs to (agencies), undefined for alliances and companies. */
  country?: string
  kind: 'agency' | 'alliance' | 'international' | 'company' | 'vendor'
}

const agency = (country: string, name: string, ...forms: string[]): KnownOrg => ({
  name,
  forms: [name, ...forms],
  country,
  kind: 'agency',
})
const company = (name: string, ...forms: string[]): KnownOrg => ({ name, forms: [name, ...forms], kind: 'company' })
const vendor = (name: string, ...forms: string[]): KnownOrg => ({ name, forms: [name, ...forms], kind: 'vendor' })
/** The last words of newspapers' names ("The Washington Times", "the Dong-A Ilbo"): a name ending so is a newspaper's. */
export const NEWSPAPER_HEADS = [
  'Times',
  'Post',
  'Journal',
  'Herald',
  'Tribune',
  'Gazette',
  'Telegraph',
  'Chronicle',
  'Shimbun',
  'Ilbo',
  'Zeitung',
]
/** The names of the newspapers, broadcasters and news agencies below (companies that report). */
export const MEDIA_NAMES = new Set<string>()
const media = (name: string, ...forms: string[]): KnownOrg => {
  MEDIA_NAMES.add(name)
  return company(name, ...forms)
}

export const KNOWN_ORGS: KnownOrg[] = [
  // National parliaments known by their own name (a hacked parliament is an organisation the text names).
  agency('Norway', 'Storting', 'Stortinget'),
  agency('Germany', 'Bundestag'),
  agency('United Kingdom', 'House of Commons'),
  agency('United Kingdom', 'House of Lords'),
  agency('Israel', 'Knesset'),
  agency('Russia', 'State Duma'),
  agency('Poland', 'Sejm'),
  agency('Sweden', 'Riksdag'),
  agency('Denmark', 'Folketing', 'Folketinget'),
  agency('Finland', 'Eduskunta'),
  agency('Estonia', 'Riigikogu'),
  agency('Latvia', 'Saeima'),
  agency('Lithuania', 'Seimas'),
  agency('Ukraine', 'Verkhovna Rada'),
  agency('Iceland', 'Althing', 'Alþingi'),
  agency('Ireland', 'Oireachtas'),
  agency('Japan', 'National Diet'),
  // United States
  agency('United States', 'CISA', 'Cybersecurity and Infrastructure Security Agency'),
  agency('United States', 'NSA', 'National Security Agency'),
  agency('United States', 'FBI', 'Federal Bureau of Investigation'),
  agency('United States', 'US Department of Justice', 'Department of Justice', 'Justice Department', 'DOJ', 'DoJ'),
  agency('United States', 'US Department of State', 'State Department', 'Department of State'),
  agency(
    'United States',
    'US Department of the Treasury',
    'Treasury Department',
    'Department of the Treasury',
    'U.S. Treasury',
    'US Treasury',
    'U.S. Treasury Department',
    'US Treasury Department',
  ),
  agency('United States', 'Financial Crimes Enforcement Network', 'FinCEN'),
  agency('United States', 'Office of Foreign Assets Control', 'OFAC'),
  agency('United States', 'Naval Criminal Investigative Service', 'NCIS'),
  agency('United States', 'US Secret Service', 'Secret Service', 'United States Secret Service'),
  agency('United States', 'US Department of Homeland Security', 'Department of Homeland Security', 'DHS'),
  agency('United States', 'US Department of Defense', 'Department of Defense', 'DoD', 'Pentagon'),
  agency('United States', 'US Department of Energy', 'Department of Energy', 'DOE'),
  agency('United States', 'US Environmental Protection Agency', 'Environmental Protection Agency', 'EPA'),
  agency('United States', 'US Transportation Security Administration', 'Transportation Security Administration', 'TSA'),
  agency('United States', 'US Cyber Command', 'Cyber Command', 'USCYBERCOM'),
  agency('United States', 'Office of the Director of National Intelligence', 'ODNI'),
  agency('United States', 'CIA', 'Central Intelligence Agency'),
  agency('United States', 'US Secret Service', 'Secret Service'),
  agency(
    'United States',
    'US-CERT',
    'United States Computer Emergency Readiness Team',
    'US Computer Emergency Readiness Team',
  ),
  agency('United States', 'White House', 'The White House'),
  agency('United States', 'National Security Council', 'NSC'),
  // United Kingdom
  agency(
    'United Kingdom',
    'UK National Cyber Security Centre',
    'National Cyber Security Centre',
    'NCSC',
    'NCSC-UK',
    'NCSC UK',
  ),
  agency('United Kingdom', 'GCHQ', 'Government Communications Headquarters'),
  agency(
    'United Kingdom',
    'Foreign, Commonwealth & Development Office',
    'Foreign, Commonwealth and Development Office',
    'Foreign and Commonwealth Office',
    'Foreign Office',
    'FCDO',
    'FCO',
  ),
  agency('United Kingdom', 'Home Office'),
  agency('United Kingdom', 'National Crime Agency', 'NCA'),
  agency('United Kingdom', 'MI5', 'Security Service'),
  agency('United Kingdom', 'MI6', 'Secret Intelligence Service'),
  // Canada
  agency('Canada', 'Canadian Centre for Cyber Security', 'Cyber Centre', 'CCCS'),
  agency('Canada', 'Communications Security Establishment', 'CSE'),
  agency('Canada', 'Canadian Security Intelligence Service', 'CSIS'),
  agency('Canada', 'Royal Canadian Mounted Police', 'RCMP'),
  agency('Canada', 'Global Affairs Canada'),
  // Australia, New Zealand
  agency('Australia', 'Australian Signals Directorate', 'ASD'),
  agency('Australia', 'Australian Cyber Security Centre', 'ACSC'),
  agency('Australia', 'Australian Security Intelligence Organisation', 'ASIO'),
  agency('Australia', 'Australian Federal Police', 'AFP'),
  agency('New Zealand', 'New Zealand National Cyber Security Centre', 'NCSC-NZ', 'NCSC NZ'),
  agency('New Zealand', 'Government Communications Security Bureau', 'GCSB'),
  agency('New Zealand', 'New Zealand Security Intelligence Service', 'NZSIS'),
  // Europe and elsewhere
  agency('Germany', 'Federal Office for Information Security', 'BSI'),
  agency('Germany', 'Federal Office for the Protection of the Constitution', 'BfV'),
  agency('Germany', 'Federal Intelligence Service', 'BND'),
  agency('France', 'ANSSI', 'National Cybersecurity Agency of France'),
  agency('France', 'DGSI'),
  agency('Netherlands', 'AIVD', 'General Intelligence and Security Service'),
  agency('Netherlands', 'MIVD', 'Military Intelligence and Security Service'),
  agency('Netherlands', 'NCSC-NL'),
  agency(
    'Ukraine',
    'CERT-UA',
    'Computer Emergency Response Team of Ukraine',
    'Government Computer Emergency Response Team of Ukraine',
  ),
  agency('Ukraine', 'Security Service of Ukraine', 'SBU'),
  agency('Ukraine', 'State Service of Special Communications and Information Protection', 'SSSCIP'),
  agency('Poland', 'CERT Polska', 'CERT.PL'),
  agency('Poland', 'CSIRT NASK'),
  agency('Poland', 'NASK', 'National Research Institute NASK'),
  agency('Denmark', 'SektorCERT'),
  // (Named as written, with or without the diacritics.)
  agency('Ireland', 'An Garda Síochána', 'Garda Síochána', 'Gardaí'),
  agency('Ireland', 'An Garda Siochana', 'Garda Siochana', 'Gardai'),
  agency('Italy', 'COPASIR'),
  agency('Poland', 'CSIRT MON'),
  agency('Poland', 'CSIRT GOV'),
  agency('Norway', 'Kripos', 'National Criminal Investigation Service'),
  agency('South Korea', 'Financial Supervisory Service'),
  agency('Czech Republic', 'NÚKIB', 'NUKIB'),
  agency('Japan', 'National Police Agency', 'NPA'),
  agency('Japan', 'NISC', 'National center of Incident readiness and Strategy for Cybersecurity'),
  agency('South Korea', 'National Intelligence Service', 'NIS'),
  agency('South Korea', 'KISA', 'Korea Internet & Security Agency'),
  agency('Singapore', 'Cyber Security Agency of Singapore', 'CSA Singapore'),
  agency('Estonia', 'Estonian Information System Authority', 'RIA'),
  agency('Norway', 'Norwegian Police Security Service', 'PST', 'Police Security Service'),
  agency(
    'Finland',
    'Finnish Security and Intelligence Service',
    'Supo',
    'SUPO',
    'Finnish Security Intelligence Service',
  ),
  agency('Sweden', 'Swedish Security Service', 'Säpo', 'SAPO'),
  agency('Denmark', 'Danish Security and Intelligence Service', 'PET'),
  agency('Denmark', 'Danish Defence Intelligence Service'),
  agency('Norway', 'Norwegian Intelligence Service'),
  agency('Estonia', 'Estonian Internal Security Service', 'KAPO', 'Kaitsepolitseiamet'),
  agency('Estonia', 'Estonian Foreign Intelligence Service'),
  agency('Lithuania', 'State Security Department of Lithuania', 'VSD'),
  agency('Belgium', 'Centre for Cybersecurity Belgium', 'CCB'),
  agency('Spain', 'CCN-CERT'),
  // Intelligence services that spyware reporting names (Pegasus and Predator cases).
  agency(
    'Spain',
    'Centro Nacional de Inteligencia',
    'National Intelligence Centre',
    'National Intelligence Center',
    'CNI',
  ),
  agency(
    'Brazil',
    'Agência Brasileira de Inteligência',
    'Agencia Brasileira de Inteligencia',
    'Brazilian Intelligence Agency',
    'ABIN',
    'Abin',
  ),
  agency('Morocco', 'General Directorate for Territorial Surveillance', 'DGST'),
  agency('France', 'DGSE'),
  agency('France', 'CERT-FR'),
  agency('Ukraine', 'Main Intelligence Directorate of Ukraine', 'GUR', 'HUR', 'Defence Intelligence of Ukraine'),
  agency('Taiwan', 'Investigation Bureau', 'MJIB'),
  agency('Denmark', 'Centre for Cyber Security', 'CFCS'),
  agency('Norway', 'Norwegian National Security Authority', 'NSM'),
  agency('Lithuania', 'National Cyber Security Centre of Lithuania', 'NKSC'),
  agency('Latvia', 'CERT.LV'),
  agency('Romania', 'National Cyber Security Directorate', 'DNSC'),
  agency('Spain', 'INCIBE', 'National Cybersecurity Institute'),
  agency('Spain', 'CCN-CERT'),
  agency('Italy', 'National Cybersecurity Agency', 'ACN'),
  agency('Austria', 'CERT.at'),
  agency('Switzerland', 'GovCERT.ch'),
  agency('Singapore', 'SingCERT'),
  agency('Hong Kong', 'HKCERT'),
  agency('China', 'CNCERT', 'CNCERT/CC'),
  agency('China', 'National Computer Virus Emergency Response Center', 'CVERC'),
  agency('France', 'Viginum', 'VIGINUM'),
  agency('Israel', 'Israel National Cyber Directorate', 'INCD'),
  agency('Israel', 'Shin Bet'),
  agency('Israel', 'Israel Defense Forces', 'IDF'),
  agency('Japan', 'JPCERT/CC', 'JPCERT'),
  agency('South Korea', 'Korean National Police Agency', 'KNPA', 'Korea National Police Agency'),
  agency('Germany', 'Federal Criminal Police Office', 'BKA', 'Bundeskriminalamt'),
  // National police forces named in their own language.
  agency('Spain', 'Guardia Civil', 'Civil Guard', "Spain's Civil Guard"),
  agency('Spain', 'Policía Nacional', 'Spanish National Police', 'Policia Nacional'),
  agency('Italy', 'Carabinieri'),
  agency('France', 'Gendarmerie nationale', 'French Gendarmerie', 'Gendarmerie'),
  agency('Netherlands', 'Dutch National Police', 'Politie'),
  agency('India', 'CERT-In'),
  // alliances and international bodies
  {
    name: 'NATO',
    forms: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Alliance', 'North Atlantic Council'],
    kind: 'alliance',
  },
  { name: 'European Union', forms: ['European Union', 'EU'], kind: 'alliance' },
  { name: 'Five Eyes', forms: ['Five Eyes', '5 Eyes', 'FVEY'], kind: 'alliance' },
  { name: 'G7', forms: ['G7', 'G-7', 'Group of Seven'], kind: 'alliance' },
  { name: 'G20', forms: ['G20', 'G-20', 'Group of Twenty'], kind: 'international' },
  { name: 'United Nations', forms: ['United Nations', 'UN Security Council', 'UN'], kind: 'international' },
  {
    name: 'OPCW',
    forms: [
      'OPCW',
      'Organisation for the Prohibition of Chemical Weapons',
      'Organization for the Prohibition of Chemical Weapons',
    ],
    kind: 'international',
  },
  // International police and cyber agencies speak for themselves: they attribute what their operations found.
  { name: 'Europol', forms: ['Europol'], kind: 'agency' },
  { name: 'Eurojust', forms: ['Eurojust'], kind: 'agency' },
  { name: 'Interpol', forms: ['Interpol', 'INTERPOL'], kind: 'agency' },
  { name: 'ENISA', forms: ['ENISA', 'European Union Agency for Cybersecurity'], kind: 'agency' },
  { name: 'CERT-EU', forms: ['CERT-EU'], kind: 'agency' },
  { name: 'OSCE', forms: ['OSCE'], kind: 'international' },
  { name: 'World Health Organization', forms: ['World Health Organization', 'WHO'], kind: 'international' },
  // security vendors and large technology companies (attributors and victims)
  vendor('Microsoft', 'Microsoft Corporation', 'Microsoft Corp'),
  // (The Center, MSTIC, was renamed Microsoft Threat Intelligence in 2023; a text names the one it means.)
  vendor('Microsoft Threat Intelligence'),
  vendor('Microsoft Threat Intelligence Center', 'MSTIC', 'Microsoft Threat Intelligence Centre'),
  vendor('Microsoft Security Response Center', 'MSRC'),
  vendor('Google'),
  // Research and intelligence teams of vendors, named as themselves (a report credits the team).
  vendor('Google Threat Intelligence Group', 'GTIG'),
  vendor('Google Threat Analysis Group', 'Threat Analysis Group'),
  vendor('Mandiant'),
  vendor('FireEye'),
  vendor('CrowdStrike'),
  vendor('Palo Alto Networks'),
  vendor('Palo Alto Networks Unit 42', 'Unit 42', 'Unit42'),
  vendor('Check Point', 'Checkpoint'),
  vendor('Check Point Research'),
  vendor('Kaspersky', 'Kaspersky Lab', 'Kaspersky GReAT'),
  vendor('ESET'),
  // Security, exposure-management and blockchain-forensics firms whose researchers are quoted on intrusions and thefts.
  vendor('Tenable'),
  vendor('Rapid7'),
  vendor('Action1'),
  vendor('Qualys'),
  vendor('Claroty'),
  vendor('Elliptic'),
  vendor('Chainalysis'),
  vendor('TRM Labs'),
  vendor('Netskope'),
  vendor('Huntress'),
  vendor('Arctic Wolf'),
  vendor('Varonis'),
  vendor('Cybereason'),
  vendor('Avast'),
  vendor('Sekoia', 'Sekoia.io', 'SEKOIA.IO'),
  vendor('HarfangLab'),
  vendor('WithSecure'),
  vendor('F-Secure'),
  vendor('NCC Group'),
  vendor('Darktrace'),
  vendor('BlackBerry'),
  vendor('Akamai'),
  vendor('Team Cymru'),
  vendor('Black Lotus Labs'),
  vendor('Nozomi Networks'),
  vendor('Forescout'),
  vendor('Censys'),
  vendor('Shadowserver', 'Shadowserver Foundation'),
  vendor('GreyNoise'),
  vendor('DomainTools'),
  vendor('Cyvers'),
  vendor('PeckShield'),
  vendor('SlowMist'),
  vendor('Qi An Xin', 'QiAnXin'),
  vendor('Antiy', 'Antiy Labs'),
  vendor('NSFOCUS'),
  vendor('ThreatBook'),
  vendor('BI.ZONE'),
  vendor('F.A.C.C.T.', 'FACCT'),
  vendor('Symantec', 'Broadcom'),
  vendor('Trend Micro'),
  vendor('Secureworks', 'SecureWorks'),
  vendor('Proofpoint'),
  vendor('Recorded Future'),
  vendor('Insikt Group'),
  vendor('SentinelOne'),
  vendor('SentinelLabs'),
  vendor('Sophos'),
  vendor('Cisco'),
  vendor('Cisco Talos', 'Talos'),
  vendor('Fortinet'),
  vendor('FortiGuard Labs'),
  vendor('Trellix'),
  vendor('McAfee'),
  vendor('Volexity'),
  vendor('Dragos'),
  vendor('Positive Technologies'),
  vendor('Group-IB'),
  vendor('Bitdefender'),
  vendor('Zscaler'),
  vendor('Cloudflare'),
  vendor('Lookout'),
  vendor('Citizen Lab'),
  vendor('Amnesty International'),
  vendor('Qihoo 360', '360 Threat Intelligence Center'),
  vendor('Nuspire'),
  // More research organisations, intelligence firms and labs reporting cites as the source of findings.
  vendor('MITRE', 'MITRE Corporation', 'The MITRE Corporation'),
  vendor('ClearSky', 'ClearSky Cyber Security'),
  vendor('Malwarebytes'),
  vendor('Kroll'),
  vendor('Sansec'),
  vendor('Lab52'),
  vendor('Cyberint'),
  vendor('Deep Instinct'),
  vendor('Gen Digital'),
  vendor('Cado Security'),
  vendor('Uptycs'),
  vendor('AhnLab', 'AhnLab Security Intelligence Center', 'ASEC'),
  vendor('ESTsecurity'),
  vendor('Genians'),
  vendor('S2W'),
  vendor('NSHC'),
  vendor('Knownsec'),
  vendor('Sangfor'),
  vendor('Macnica'),
  vendor('Doctor Web', 'Dr.Web'),
  vendor('Shodan'),
  vendor('Access Now'),
  vendor('Bellingcat'),
  vendor('BI.ZONE'),
  // Think tanks whose analyses are cited as the source of findings.
  vendor('Australian Strategic Policy Institute', 'ASPI'),
  vendor('Atlantic Council'),
  // Civil-society organisations and newsrooms whose investigations of spyware and state hacking are cited as the
  // source of findings (they speak as a lab does). A name with and without its diacritics is two entries, each named
  // as written.
  vendor('Human Rights Watch', 'HRW'),
  vendor('Reporters Without Borders', 'RSF', 'Reporters sans frontières', 'Reporters Sans Frontières'),
  vendor('Committee to Protect Journalists', 'CPJ'),
  vendor('Front Line Defenders'),
  vendor('Privacy International'),
  vendor('Electronic Frontier Foundation', 'EFF'),
  vendor('Forbidden Stories'),
  vendor('Organized Crime and Corruption Reporting Project', 'OCCRP'),
  vendor('Article 19', 'ARTICLE 19'),
  vendor('Freedom House'),
  vendor('SocialTIC'),
  vendor('R3D', 'Red en Defensa de los Derechos Digitales'),
  vendor('Digital Rights Foundation'),
  vendor('Internet Freedom Foundation'),
  vendor('Paradigm Initiative'),
  vendor('Lighthouse Reports'),
  vendor('Qurium', 'Qurium Media Foundation'),
  vendor('Gesellschaft für Freiheitsrechte'),
  vendor('Gesellschaft fur Freiheitsrechte', 'GFF'),
  vendor('European Center for Constitutional and Human Rights', 'ECCHR'),
  vendor('Egyptian Initiative for Personal Rights', 'EIPR'),
  vendor('Bahrain Center for Human Rights'),
  vendor('Doublethink Lab'),
  vendor('Security Without Borders'),
  vendor('Direkt36'),
  vendor('netzpolitik.org'),
  vendor('Graphika'),
  vendor('Digital Forensic Research Lab', 'DFRLab'),
  vendor('NETSCOUT', 'Netscout'),
  vendor('Hunt.io'),
  vendor('Silent Push'),
  vendor('Validin'),
  vendor('Intezer'),
  vendor('Elastic Security Labs'),
  vendor('Jamf Threat Labs'),
  vendor('Wiz'),
  vendor('Orange Cyberdefense'),
  vendor('Thales'),
  vendor('Trustwave', 'Trustwave SpiderLabs'),
  vendor('Morphisec'),
  vendor('Cyble'),
  vendor('Hudson Rock'),
  vendor('SOCRadar'),
  vendor('Resecurity'),
  vendor('ReliaQuest'),
  vendor('eSentire'),
  vendor('Red Canary'),
  vendor('Sucuri'),
  vendor('Imperva'),
  vendor('Radware'),
  vendor('Nisos'),
  vendor('Flashpoint'),
  vendor('Intel 471'),
  vendor('KELA'),
  vendor('Cyjax'),
  vendor('Sygnia'),
  vendor('Halcyon'),
  vendor('Coveware'),
  vendor('Emsisoft'),
  vendor('Arkham Intelligence'),
  // Commercial spyware vendors: companies, though a catalogue may file one as a threat actor (MISP files NSO Group
  // under Night Tsunami).
  company('NSO Group', 'NSO'),
  company('Candiru'),
  company('Saito Tech'),
  company('Paragon Solutions', 'Paragon'),
  company('Gamma Group'),
  company('FinFisher'),
  company('Memento Labs'),
  company('Hacking Team'),
  company('Variston'),
  company('Intellexa'),
  company('Cytrox'),
  company('RCS Lab'),
  company('QuaDream'),
  company('DSIRF'),
  company('SolarWinds'),
  company('Viasat', 'ViaSat'),
  company('AT&T'),
  company('Verizon'),
  company('T-Mobile'),
  company('Lumen Technologies', 'Lumen'),
  company('WatchGuard'),
  company('Asus', 'ASUS'),
  company('Ivanti'),
  company('Citrix'),
  company('Fortra'),
  company('VMware'),
  company('Juniper Networks', 'Juniper'),
  company('Apple'),
  company('Amazon', 'Amazon Web Services', 'AWS'),
  // (Facebook as written: texts before the 2021 rename, and annotations, name the company so.)
  company('Meta'),
  company('Facebook'),
  company('Twitter'),
  company('GitHub'),
  company('IBM'),
  vendor('IBM X-Force', 'X-Force'),
  company('Okta'),
  company('Atlassian'),
  company('Sony Pictures', 'Sony Pictures Entertainment'),
  company('Colonial Pipeline'),
  company('Maersk'),
  media('Reuters'),
  // News media that reporting cites as the source of an attribution ("according to the news magazine Der Spiegel",
  // "The Straits Times reported"): organisations the text names, and speakers.
  media('Der Spiegel', 'Spiegel'),
  media('The New York Times', 'New York Times'),
  media('The Washington Post', 'Washington Post'),
  media('The Wall Street Journal', 'Wall Street Journal'),
  media('The Straits Times', 'Straits Times'),
  media('Financial Times'),
  media('The Guardian', 'Guardian'),
  media('Associated Press'),
  media('Agence France-Presse'),
  media('Yonhap', 'Yonhap News Agency'),
  media('Kyodo News', 'Kyodo'),
  media('Bloomberg', 'Bloomberg News'),
  media('Le Monde'),
  media('Süddeutsche Zeitung'),
  media('Die Zeit'),
  media('Frankfurter Allgemeine Zeitung'),
  media('Nikkei', 'Nikkei Asia'),
  media('Politico'),
  media('Haaretz'),
  media('i24NEWS'),
  media('AsiaNews'),
  media('Channel 12'),
  media('The Times of Israel', 'Times of Israel'),
  media('Polish Press Agency', 'PAP'),
  media('ANSA'),
  media('Deutsche Presse-Agentur', 'dpa'),
  media('Xinhua', 'Xinhua News Agency'),
  media('TASS'),
  media('Ukrinform'),
  media('Central News Agency'),
  media('NHK'),
  media('BBC'),
  media('CNN'),
  media('Sky News'),
  media('CBS News'),
  media('NBC News'),
  media('ABC News'),
  media('Fox News'),
  media('Al Jazeera'),
  media('Axios'),
  media('CyberScoop'),
  media('BleepingComputer', 'Bleeping Computer'),
  media('The Register'),
  media('Recorded Future News'),
  media('South China Morning Post'),
  media('Global Times'),
  media('China Daily'),
  media('Korea JoongAng Daily', 'JoongAng Daily'),
  media('The Korea Herald', 'Korea Herald'),
  media('Yomiuri Shimbun', 'The Yomiuri Shimbun'),
  media('Asahi Shimbun', 'The Asahi Shimbun'),
  media('Kommersant'),
  media('RIA Novosti'),
  media('Interfax'),
  media('Anadolu Agency'),
  media('Le Soir'),
  media('Le Figaro'),
  media('El País'),
  media('Agence Europe'),
  media('The Record'),
  media('Dark Reading'),
  media('SecurityWeek'),
  media('The Hacker News'),
  media('Ars Technica'),
  media('TechCrunch'),
  media('Norddeutscher Rundfunk'),
  media('WDR'),
  media('Tagesschau'),
  media('Handelsblatt'),
  media('EFE', 'Agencia EFE'),
  media("People's Daily"),
  media('Mediapart'),
  media('El Mundo'),
  media('Corriere della Sera'),
  media('Helsingin Sanomat'),
  media('Yle'),
  media('NRK'),
  media('De Volkskrant', 'Volkskrant'),
  media('Taipei Times'),
  media('Focus Taiwan'),
  media('Kyiv Independent', 'The Kyiv Independent'),
  media('Ukrainska Pravda'),
  media('Novaya Gazeta'),
  media('Radio Free Europe/Radio Liberty', 'RFE/RL', 'Radio Free Europe'),
  media('Voice of America'),
  media('Deutsche Welle', 'DW'),
  media('ZDF'),
  media('ARD'),
  media('France 24'),
  media('Euronews'),
  media('The Telegraph'),
  media('The Independent'),
  media('ITV News', 'ITV'),
  media('Channel 4 News', 'Channel 4'),
  media('CBC News'),
  media('SBS News'),
  media('The Sydney Morning Herald', 'Sydney Morning Herald'),
  media('RNZ', 'Radio New Zealand'),
  media('The Times of India', 'Times of India'),
  media('The Jerusalem Post', 'Jerusalem Post'),
  media('Ynet', 'Ynetnews'),
  media('Tasnim', 'Tasnim News Agency'),
  media('Fars News Agency'),
  media('IRNA'),
  media('Al Arabiya'),
  media('KCNA', 'Korean Central News Agency'),
  media('Wired'),
  media('Forbes'),
  media('The Intercept'),
  media('ZDNet'),
  media('KrebsOnSecurity', 'Krebs on Security'),
  media('Computer Weekly'),
  media('Infosecurity Magazine'),
  media('The Economist'),
  media('Daily Mail'),
  media('Belfast Telegraph'),
  media('Kronen Zeitung', 'Krone'),
  media('Der Standard'),
  media('ORF'),
  media('Neue Zürcher Zeitung', 'NZZ'),
  media('Frankfurter Allgemeine Zeitung', 'Frankfurter Allgemeine', 'FAZ'),
  media('Die Welt'),
  media('Bild'),
  media('Libération'),
  media('Le Parisien'),
  media('La Repubblica'),
  media('Il Fatto Quotidiano'),
  media('El Confidencial'),
  media('Aftonbladet'),
  media('Dagens Nyheter'),
  media('Delfi'),
  media('Kathimerini'),
  media('Rzeczpospolita'),
  media('Gazeta Wyborcza'),
  media('The Insider'),
  media('OCCRP', 'Organized Crime and Corruption Reporting Project'),
  media('Kyiv Post'),
  media('The Moscow Times', 'Moscow Times'),
  media('Izvestia'),
  media('Vedomosti'),
  media('Hürriyet'),
  media('The Hindu'),
  media('Hindustan Times'),
  media('NDTV'),
  media('Rappler'),
  media('Bangkok Post'),
  media('Mainichi Shimbun', 'Mainichi'),
  media('Folha de S.Paulo'),
  media('Proceso'),
  media('Aristegui Noticias'),
  media('El Faro'),
  media('Hespress'),
  media('Le360'),
  media('Mail & Guardian'),
  media('Daily Maverick'),
  company('Getty Images'),
  // Companies and platforms that cyber reporting names often (victims, exploited products' makers, exchanges).
  company('JetBrains'),
  company('Progress Software'),
  company('Barracuda Networks'),
  company('SonicWall'),
  company('Zyxel'),
  company('F5 Networks'),
  company('Pulse Secure'),
  company('Kaseya'),
  company('ConnectWise'),
  company('Adobe'),
  company('Oracle'),
  company('SAP'),
  company('Salesforce'),
  company('Dropbox'),
  company('Snowflake'),
  company('Twilio'),
  company('LastPass'),
  company('Uber'),
  company('Nvidia'),
  company('Samsung'),
  company('Huawei'),
  company('ZTE'),
  company('Xiaomi'),
  company('Lenovo'),
  company('Dell'),
  company('Hewlett Packard Enterprise'),
  company('Qualcomm'),
  company('TSMC'),
  company('Ericsson'),
  company('Nokia'),
  company('Vodafone'),
  company('Deutsche Telekom'),
  company('Telefonica'),
  company('Optus'),
  company('Telstra'),
  company('Medibank'),
  company('Singtel'),
  company('SK Telecom'),
  company('NTT'),
  company('SoftBank'),
  company('Kyivstar'),
  company('Ukrenergo'),
  company('Naftogaz'),
  company('Rostelecom'),
  company('Yandex'),
  company('Gazprom'),
  company('Aeroflot'),
  company('JPMorgan Chase'),
  company('Citibank'),
  company('HSBC'),
  company('Barclays'),
  company('Industrial and Commercial Bank of China'),
  company('SWIFT'),
  company('Bybit'),
  company('Binance'),
  company('Coinbase'),
  company('Sky Mavis'),
  company('Atomic Wallet'),
  company('KuCoin'),
  company('Upbit'),
  company('Boeing'),
  company('Airbus'),
  company('Lockheed Martin'),
  company('Raytheon'),
  company('Northrop Grumman'),
  company('BAE Systems'),
  company('General Dynamics'),
  company('Rheinmetall'),
  company('Royal Mail'),
  company('British Library'),
  company('Marriott'),
  company('Equifax'),
  company('Yahoo'),
  company('Sony'),
  company('Nintendo'),
  company('Ubisoft'),
  company('Toyota'),
  company('JBS'),
  company('Change Healthcare'),
  company('UnitedHealth'),
  company('MGM Resorts'),
  company('Caesars Entertainment'),
  company('Clorox'),
  company('Norsk Hydro'),
  company('Merck'),
  company('Mondelez'),
  company('FedEx'),
  company('Saudi Aramco'),
  company('Equinix'),
  company('Accenture'),
  company('Deloitte'),
  company('KPMG'),
  company('PwC'),
  company('Ernst & Young'),
  company('Capita'),
  company('Unitronics'),
  company('Siemens'),
  company('Schneider Electric'),
  company('Rockwell Automation'),
  company('Honeywell'),
  company('ABB'),
  company('Emerson'),
  company('Sberbank'),
  company('Alfa-Bank'),
  company('Tencent'),
  company('Alibaba'),
  company('Baidu'),
  company('ByteDance'),
  company('LinkedIn'),
  company('OpenAI'),
  company('Anthropic'),
]

/**
 * Heads of state and government, foreign ministers and their spokespeople whose statements reports quote by name, with
 * the state they speak for: "President Barack Obama, who also blamed North Korea, told …" is the United States' voice
 * even where the state named last before him is the one accused. Full names as reports write them (a surname alone is
 * often another person's).
 */
const OFFICIALS_BY_STATE: Record<string, string[]> = {
  'United States': [
    'Barack Obama',
    'Joe Biden',
    'Donald Trump',
    'George W. Bush',
    'Kamala Harris',
    'Mike Pence',
    'John Kerry',
    'Hillary Clinton',
    'Rex Tillerson',
    'Mike Pompeo',
    'Antony Blinken',
    'Marco Rubio',
    'Jake Sullivan',
    'Merrick Garland',
    'Jeff Sessions',
    'William Barr',
    'Christopher Wray',
    'James Comey',
    'Jen Easterly',
    'Alejandro Mayorkas',
    'Janet Yellen',
    'Steven Mnuchin',
  ],
  'United Kingdom': [
    'David Cameron',
    'Theresa May',
    'Boris Johnson',
    'Liz Truss',
    'Rishi Sunak',
    'Keir Starmer',
    'Dominic Raab',
    'Jeremy Hunt',
    'James Cleverly',
    'David Lammy',
    'Oliver Dowden',
  ],
  France: ['Emmanuel Macron', 'François Hollande', 'Jean-Yves Le Drian', 'Jean-Noël Barrot'],
  Germany: ['Angela Merkel', 'Olaf Scholz', 'Friedrich Merz', 'Annalena Baerbock', 'Heiko Maas', 'Nancy Faeser'],
  Canada: ['Justin Trudeau', 'Mark Carney', 'Mélanie Joly', 'Chrystia Freeland'],
  Australia: [
    'Scott Morrison',
    'Anthony Albanese',
    'Malcolm Turnbull',
    'Penny Wong',
    'Marise Payne',
    'Clare O’Neil',
    "Clare O'Neil",
  ],
  'New Zealand': ['Jacinda Ardern', 'Chris Hipkins', 'Christopher Luxon', 'Andrew Little', 'Judith Collins'],
  Ukraine: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Petro Poroshenko', 'Dmytro Kuleba'],
  Russia: [
    'Vladimir Putin',
    'Dmitry Medvedev',
    'Mikhail Mishustin',
    'Sergei Lavrov',
    'Sergey Lavrov',
    'Maria Zakharova',
    'Dmitry Peskov',
    'Dmitri Peskov',
  ],
  China: [
    'Xi Jinping',
    'Li Keqiang',
    'Li Qiang',
    'Wang Yi',
    'Wang Wenbin',
    'Zhao Lijian',
    'Hua Chunying',
    'Mao Ning',
    'Lin Jian',
    'Geng Shuang',
    'Lu Kang',
    'Hong Lei',
    'Guo Jiakun',
    'Liu Pengyu',
  ],
  'North Korea': ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong Il', 'Kim Yo Jong'],
  'South Korea': ['Moon Jae-in', 'Yoon Suk Yeol', 'Yoon Suk-yeol', 'Park Geun-hye', 'Lee Jae-myung'],
  Japan: ['Shinzo Abe', 'Yoshihide Suga', 'Fumio Kishida', 'Shigeru Ishiba', 'Sanae Takaichi'],
  Iran: [
    'Ali Khamenei',
    'Hassan Rouhani',
    'Ebrahim Raisi',
    'Masoud Pezeshkian',
    'Mohammad Javad Zarif',
    'Hossein Amir-Abdollahian',
    'Abbas Araghchi',
    'Nasser Kanaani',
  ],
  Israel: ['Benjamin Netanyahu', 'Naftali Bennett', 'Yair Lapid'],
  India: ['Narendra Modi'],
  Taiwan: ['Tsai Ing-wen', 'Lai Ching-te'],
  Turkey: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
  Poland: ['Donald Tusk', 'Mateusz Morawiecki', 'Andrzej Duda', 'Radosław Sikorski', 'Krzysztof Gawkowski'],
  Netherlands: ['Mark Rutte', 'Dick Schoof'],
}
/** The state an official speaks for, by the full name (see OFFICIALS_BY_STATE). */
export const OFFICIAL_STATE: ReadonlyMap<string, string> = new Map(
  Object.entries(OFFICIALS_BY_STATE).flatMap(([state, names]) => names.map((n) => [n, state] as const)),
)

/**
 * Vendor product and platform names that also appear as (parts of) actor aliases in public catalogues; a match that
 * equals one of these is not an actor mention.
 */
/**
 * Criminal and hacktivist groups that reporting names as actors, which the threat-actor catalogues leave out or file
 * only as malware: ransomware and extortion brands (after CISA's #StopRansomware advisories and Europol and DOJ
 * releases) and the best-known hacktivist collectives. The canonical name first, then the other names it goes by.
 * Names that are common words or places ("Play", "Royal", "Hive", "Cuba") are left out: they need their context.
 */
export const CRIME_GROUPS: readonly (readonly string[])[] = [
  ['LockBit'],
  ['ALPHV', 'BlackCat', 'ALPHV/BlackCat'],
  ['Cl0p', 'Clop', 'CL0P'],
  ['Conti'],
  ['REvil', 'Sodinokibi', 'REvil/Sodinokibi'],
  ['DarkSide'],
  ['BlackMatter'],
  ['GandCrab'],
  ['Black Basta', 'BlackBasta'],
  ['BlackSuit'],
  ['Rhysida'],
  ['8Base'],
  ['Qilin'],
  ['RansomHub'],
  ['BianLian'],
  ['Vice Society'],
  ['Ragnar Locker', 'RagnarLocker'],
  ['NetWalker'],
  ['Egregor'],
  ['Avaddon'],
  ['Babuk'],
  ['Karakurt'],
  ['LAPSUS$', 'Lapsus$'],
  ['Hunters International'],
  ['DragonForce'],
  ['Trigona'],
  ['Snatch'],
  ['Daixin Team'],
  ['MedusaLocker'],
  ['RansomEXX'],
  ['DoppelPaymer'],
  ['Akira'],
  ['Evil Corp'],
  ['ShinyHunters'],
  ['Ransomhouse', 'RansomHouse'],
  ['DarkBit'],
  ['NoName057(16)', 'NoName057'],
  ['Anonymous Sudan'],
  ['Cyber Army of Russia Reborn', 'CyberArmyofRussia_Reborn'],
]

export const PRODUCT_NAMES = new Set(
  [
    'Windows',
    'Exchange',
    'Outlook',
    'Office',
    'Office 365',
    'Microsoft 365',
    'Azure',
    'Intune',
    'SharePoint',
    'Teams',
    'OneDrive',
    'Active Directory',
    'Chrome',
    'Android',
    'iOS',
    'macOS',
    'Linux',
    'WordPress',
    'Word',
    'Excel',
    'PowerShell',
    'Visual Studio',
    'Publisher',
    'Orion',
    'Confluence',
    'Jira',
    // Webmail and mail servers that campaigns exploit ("Roundcube, Horde, MDaemon and Zimbra").
    'Roundcube',
    'Horde',
    'MDaemon',
    'Zimbra',
    'Citrix',
    'Pulse Secure',
    'FortiGate',
    'FortiOS',
    'PAN-OS',
    'GlobalProtect',
    'Ivanti Connect Secure',
    'WinRAR',
    'Zoom',
    'Slack',
    'Telegram',
    'WhatsApp',
    'Signal',
    'Dropbox',
    'Google Drive',
    'GitHub',
    'Tor',
    'Cobalt Strike',
    'Mimikatz',
    'Metasploit',
    'Remcos',
    'PlugX',
    'ShadowPad',
  ].map((s) => s.toLowerCase()),
)

/** Sectors: the canonical name and the phrases that name it (CISA's 16 sectors and common report wording). */
export const SECTORS: Record<string, string[]> = {
  government: [
    'government agencies',
    'government agency',
    'government entities',
    'government institutions',
    'government organizations',
    'government organisations',
    'government networks',
    'government websites',
    'government systems',
    'government departments',
    'government bodies',
    'governmental organizations',
    'federal agencies',
    'state institutions',
    'public sector',
    'public services',
    'public administration',
    'ministries',
    'ministries of foreign affairs',
    'foreign ministries',
    'parliament',
    'parliamentary network',
    'parliamentarians',
    'MPs',
    'lawmakers',
    'legislators',
    'local government',
    'municipalities',
  ],
  diplomatic: ['diplomatic entities', 'diplomatic missions', 'diplomats', 'embassies', 'consulates'],
  defense: [
    'defence',
    'defense',
    'defense industrial base',
    'defence industry',
    'defense industry',
    'defense contractors',
    'defence contractors',
    'military',
    'armed forces',
  ],
  'democratic processes': [
    'elections',
    'electoral',
    'election',
    'voters',
    'electoral commission',
    'electoral register',
  ],
  'political organizations': ['political parties', 'political organisations', 'political organizations', 'think tanks'],
  education: ['universities', 'academia', 'academic institutions', 'higher education', 'schools', 'education'],
  healthcare: ['healthcare', 'health care', 'hospitals', 'healthcare and public health', 'medical', 'pharmaceutical'],
  'financial services': [
    'financial services',
    'financial sector',
    'financial institutions',
    'banks',
    'banking',
    'finance',
  ],
  research: ['research institutes', 'research institutions', 'research organizations'],
  'critical infrastructure': ['critical infrastructure', 'critical national infrastructure'],
  energy: [
    'energy',
    'energy sector',
    'energy facilities',
    'energy facility',
    'energy companies',
    'electricity',
    'electric utilities',
    'power grid',
    'power substations',
    'power plants',
    'oil and gas',
    'wind farms',
    'windfarms',
  ],
  telecommunications: [
    'telecommunications',
    'telecommunication',
    'telecom',
    'telecoms',
    'telecommunications providers',
    'telecommunications companies',
    'telecom providers',
    'communications sector',
    'communications',
    'communications company',
    'internet service providers',
    'satellite communications',
  ],
  transportation: [
    'transportation',
    'transportation systems',
    'transport',
    'logistics',
    'aviation',
    'airlines',
    'shipping',
  ],
  water: ['water', 'water and wastewater', 'water and wastewater systems', 'water utilities', 'wastewater'],
  'managed service providers': [
    'managed service providers',
    'MSPs',
    'IT service providers',
    'managed IT service providers',
  ],
  technology: ['technology companies', 'technology sector', 'tech companies', 'information technology', 'IT sector'],
  manufacturing: ['manufacturing', 'critical manufacturing', 'manufacturers'],
  chemical: ['chemical', 'chemical sector'],
  'emergency services': ['emergency services'],
  'food and agriculture': ['food and agriculture', 'agriculture'],
  'commercial facilities': ['commercial facilities'],
  media: ['media organizations', 'media outlets', 'journalists', 'news media'],
  'non-governmental organizations': ['NGOs', 'non-governmental organizations', 'non-governmental organisations'],
  legal: ['law firms', 'legal sector'],
  retail: ['retail', 'retailers'],
  hospitality: ['hospitality', 'hotels'],
  maritime: ['maritime', 'ports', 'naval'],
  'ocean technology': ['ocean technology'],
  biopharmaceutical: ['biopharmaceutical', 'biopharma', 'biotechnology'],
  cryptocurrency: ['cryptocurrency', 'cryptocurrency exchanges', 'blockchain'],
  aerospace: ['aerospace'],
  nuclear: ['nuclear', 'nuclear reactors'],
}

/** Common English words that are also actor aliases in public catalogues; matched only when capitalised in context. */
export const COMMON_WORDS = new Set(
  `will lead guard gold magnet cicada leviathan hound wolf storm sandstorm typhoon blizzard ghost shadow eagle dragon
  tiger panda bear kitten spider chollima taurus ursa libra pisces scorpius serpens orion draco lynx cobalt nickel
  zinc iron bronze copper silver tin platinum mercury sodium potassium strontium barium cerium yttrium hafnium
  gadolinium phosphorus plutonium neodymium europium manganese carbon actinium helium indium boron titanium
  thallium tellurium ruthenium rhodium terbium holmium erbium thulium promethium samarium cadmium darmstadtium
  lanthanum silicon aqua sea moses crystal spectrum patchwork machete sidewinder confucius equation mustang
  inception darkhotel longhorn sphinx domino oceanlotus nomad`
    .split(/\s+/)
    .filter((w) => w !== ''),
)

/**
 * Commercial spyware vendors (names as KNOWN_ORGS gives them) and the products reporting names them by. A vendor is a
 * party an attribution or a finding may name; a product named before "spyware made by" is that product's description
 * ("the Pegasus spyware made by NSO Group"), not a finding. ("hacked with Pegasus" as a link to NSO Group was measured
 * and left out: the annotations of such reports record it as often as not.)
 */
export const SPYWARE_PRODUCTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['NSO Group', ['Pegasus', 'Chrysaor']],
  ['Candiru', ['DevilsTongue']],
  ['Saito Tech', ['DevilsTongue']],
  ['Paragon Solutions', ['Graphite']],
  ['Intellexa', ['Predator']],
  ['Cytrox', ['Predator']],
  ['Gamma Group', ['FinSpy', 'FinFisher']],
  ['FinFisher', ['FinSpy']],
  ['Hacking Team', ['Remote Control System', 'Galileo', 'Da Vinci']],
  ['Memento Labs', ['Dante']],
  ['RCS Lab', ['Hermit']],
  ['Variston', ['Heliconia']],
  ['DSIRF', ['Subzero']],
  ['QuaDream', ['Reign']],
])
