import { EUPHEMISMS } from './sacres.js';

/**
 * Words that never match any list, whatever it holds (the Scunthorpe problem): ordinary words
 * that contain, look like or stretch into a listed one (data).
 */
export const ALLOW: readonly string[] = [
  ...EUPHEMISMS,
  'conseil', 'conseils', 'conseiller', 'conseillère', 'conseillers', 'conseillères', 'calcul', 'calculs', 'calculer',
  'circulation', 'député', 'députée', 'députés', 'habite', 'habitent', 'habiter', 'habitation', 'essex', 'sussex',
  'middlesex', 'concorde', 'constitution', 'contrat', 'concombre', 'compter', 'compte', 'cultiver', 'culture', 'culturel',
  'culturelle', 'particulier', 'véhicule', 'vehicule', 'spectacle', 'fichier', 'cahier', 'réputé', 'réputée', 'computer',
  'dispute', 'disputes', 'salle', 'salles', 'sale', 'bassin', 'canal', 'pénalité', 'scunthorpe', 'cockpit', 'peacock',
  'hancock', 'shitake', 'shiitake', 'analyse', 'therapist', 'grape', 'grapes', 'bitcoin', 'assess', 'assessment',
  'classe', 'classes', 'passe', 'basse', 'masse', 'cuisse', 'saucisse', 'écrevisse', 'calisson', 'vieux-port',
  'crissement', 'batiste', 'baptiste', 'christine', 'christian', 'christiane', 'christophe', 'chrétien', 'christmas',
  'fifi', 'homologue', 'homogène', 'homonyme', 'conque', 'connu', 'connue', 'connus', 'connaitre', 'connaître',
  'sous-sol', 'bite-size', 'dickens', 'dickson', 'cockburn', 'titcomb', 'pussycat',
  'hotel', 'hôtel', 'queue', 'vierge', 'crucifix', 'baptême', 'bapteme', 'calvados', 'sacré-coeur', 'sacré-cœur',
  'grosse-île', 'gros-morne', 'pisseuse', 'sucre', 'sucré', 'sucrerie',
];

/**
 * Acronyms and short capitalised forms that do not count as shouting (data): Québec bodies and
 * services, programmes, common abbreviations.
 */
export const ACRONYMS: readonly string[] = [
  'SAQ', 'SAAQ', 'MRC', 'CLSC', 'CISSS', 'CIUSSS', 'CHSLD', 'CHUM', 'CHUQ', 'CPE', 'SPVM', 'SPVQ', 'SQ', 'GRC', 'RCMP', 'RAMQ',
  'TVQ', 'TPS', 'TVH', 'GST', 'HST', 'QST', 'REER', 'CELI', 'RRQ', 'CNESST', 'CSST', 'SEPAQ', 'STM', 'RTC', 'STL', 'RTL',
  'AMT', 'REM', 'MTQ', 'MAMH', 'MELCC', 'MELCCFP', 'BAPE', 'CPTAQ', 'CSS', 'CS', 'DPJ', 'CAQ', 'PLQ', 'PQ', 'QS', 'NPD',
  'PCC', 'UQAM', 'UQAT', 'UQTR', 'UQAC', 'UQAR', 'CEGEP', 'CÉGEP', 'DEC', 'DEP', 'AEC', 'COVID', 'COVID-19', 'OK', 'OMS',
  'ONU', 'USA', 'US', 'UK', 'NHL', 'LNH', 'CH', 'TV', 'PDF', 'URL', 'GPS', 'VTT', 'VUS', 'SUV', 'BBQ', 'FAQ', 'ASAP',
  'NB', 'PS', 'SVP', 'STP', 'MERCI', 'LOL', 'MDR', 'OMG', 'FYI', 'BTW', 'IMO', 'IMHO', 'AM', 'PM', 'HLM', 'OBNL', 'OSBL',
  'PME', 'ATM', 'ID', 'IT', 'TI', 'DG', 'RH', 'CA', 'PV', 'ADN', 'DNA', 'VIH', 'HIV', 'CO2', 'CO', 'H2O', 'A1', 'B12',
  'JO', 'FM', 'AM', 'QC', 'ON', 'NB', 'NS', 'BC', 'AB', 'MB', 'SK', 'PE', 'NL', 'YT', 'NT', 'NU', 'CN', 'CP', 'VIA',
  'CRTC', 'SRC', 'TVA', 'RDI', 'CBC', 'CTV', 'LCN', 'CKOI', 'CIBL', 'TNO', 'ÉTS', 'ETS', 'HEC', 'FTQ', 'CSN', 'CSQ',
  'SCFP', 'FQM', 'UMQ', 'CMM', 'CMQ', 'OBV', 'ZEC', 'ZIP', 'PFAS', 'BPC', 'UV', 'DIY', 'IPTV', 'ALS', 'SLA', 'TDAH', 'TSA',
];

/** Words that on their own mark a display name as anonymous or generic (data). */
export const PSEUDONYM_STRONG: readonly string[] = [
  'anonyme', 'anonymous', 'anon', 'anonymus', 'inconnu', 'inconnue', 'unknown', 'citoyen', 'citoyenne', 'citizen',
  'contribuable', 'contribuables', 'taxpayer', 'admin', 'user', 'utilisateur', 'guest', 'troll', 'fake', 'nobody',
  'quidam', 'frustré', 'frustrée', 'tanné', 'tannée', 'fâché', 'fâchée', 'colère', 'angry', 'indigné', 'indignée',
  'écoeuré', 'écœuré', 'outré', 'payeur', 'payeurs', 'résident', 'résidente', 'resident', 'témoin', 'observateur',
  'justicier', 'mystère', 'bidon', 'moi-même', 'moi meme', 'moi-meme', 'tout-le-monde', 'untel', 'unetelle', 'mister',
  'peuple', 'nobody', 'someone', 'concerned', 'vérité', 'verite', 'truth', 'libre', 'libres',
];

/** Placeholder and fictional names people hide behind (data). */
export const PLACEHOLDER_NAMES: readonly string[] = [
  'jos bleau', 'jos bleu', 'ti-jos bleau', 'jean untel', 'monsieur tout-le-monde', 'madame tout-le-monde', 'john doe',
  'jane doe', 'john smith', 'joe blow', 'mickey mouse', 'minnie mouse', 'donald duck', 'batman', 'superman', 'spiderman',
  'spider-man', 'wonder woman', 'homer simpson', 'bart simpson', 'tintin', 'astérix', 'asterix', 'obélix', 'obelix',
  'harry potter', 'darth vader', 'dark vador', 'bob l éponge', 'bob l eponge', 'spongebob', 'shrek', 'elvis presley',
  'père noël', 'pere noel', 'santa claus', 'bonhomme carnaval', 'capitaine québec', 'capitaine quebec', 'ti-guy', 'ti-coune',
];

/** Words that describe rather than name a person; two of them, or one after "le/un", mark a pseudonym (data). */
export const PSEUDONYM_WORDS: readonly string[] = [
  'anonyme', 'anonymous', 'anon', 'anonymus', 'inconnu', 'inconnue', 'unknown', 'citoyen', 'citoyenne', 'citoyens',
  'citizen', 'contribuable', 'contribuables', 'taxpayer', 'payeur', 'payeurs', 'resident', 'residente', 'résident',
  'résidente', 'voisin', 'voisine', 'neighbour', 'neighbor', 'frustre', 'frustree', 'frustré', 'frustrée', 'tanne',
  'tannee', 'tanné', 'tannée', 'fache', 'fachee', 'fâché', 'fâchée', 'colere', 'colère', 'angry', 'outre', 'outré',
  'indigne', 'indigné', 'indignée', 'vrai', 'vraie', 'real', 'truth', 'verite', 'vérité', 'justicier', 'patriote',
  'admin', 'user', 'utilisateur', 'guest', 'invite', 'invité', 'test', 'madame x', 'monsieur x', 'mr x', 'mme x', 'x',
  'quidam', 'un', 'une', 'le', 'la', 'les', 'sans', 'nom', 'pas', 'mon', 'ton', 'personne', 'nobody', 'someone',
  'quelqu', 'ami', 'amie', 'fan', 'king', 'queen', 'boss', 'chat', 'noir', 'dark', 'shadow', 'ninja', 'gamer', 'lover',
  'official', 'officiel', 'officielle', 'page', 'groupe', 'team', 'la sarre', 'sarrois', 'sarroise', 'quebecois',
  'québécois', 'quebecoise', 'québécoise', 'concerne', 'concerné', 'concernée', 'observateur', 'observatrice', 'temoin',
  'témoin', 'sceptique', 'lecteur', 'lectrice', 'electeur', 'électeur', 'électrice', 'motivé', 'motive', 'ecoeure',
  'écoeuré', 'écœuré', 'ecoeuree', 'ti-coune', 'ticoune', 'bidon', 'fake', 'troll', 'mystère', 'mystere',
  'voix', 'peuple', 'sarre', 'abitibi', 'nord', 'sud', 'est', 'ouest', 'chez', 'nous', 'autres', 'festival', 'fan', 'fans',
  'gratte', 'neige', 'snow', 'pothole', 'master', 'guerrier', 'warrior', 'loup', 'wolf', 'renard', 'fox', 'secteur',
  'district', 'quartier', 'rang', 'village', 'region', 'région', 'tout', 'monde', 'just', 'simple', 'ordinary', 'local',
  'assidu', 'assidue', 'fidèle', 'fidele', 'pride', 'proud', 'fier', 'fiere', 'fière', 'curieux', 'curieuse', 'inquiet',
  'inquiète', 'inquiete', 'engagé', 'engagée', 'engage', 'engagee', 'loyal', 'loyale',
  // Pastimes and animals people sign with ("Papa Hockey", "Papa Ours")
  'hockey', 'soccer', 'baseball', 'ringuette', 'rondelle', 'puck', 'golf', 'chasse', 'peche', 'pêche', 'motoneige',
  'skidoo', 'quad', 'vtt', 'ours', 'bear', 'poule', 'canard', 'orignal', 'moose', 'castor',
];

/** Name particles and titles that belong in real names (data, folded). */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'du', 'des', 'de la', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'dos', 'das', 'del', 'della', 'el', 'al',
  'ben', 'bin', 'bint', 'ibn', 'abu', 'mc', 'mac', 'st', 'ste', 'saint', 'sainte', 'y', 'e', 'ou', 'thi', 'van', 'vo',
  'm', 'mme', 'mlle', 'dr', 'dre', 'me', 'mr', 'mrs', 'ms', 'miss', 'pr', 'jr', 'sr', 'ii', 'iii', 'ti',
];

/** Words of business names: a business page is named, not anonymous (data, folded). */
export const BUSINESS_WORDS: readonly string[] = [
  'inc', 'ltee', 'ltd', 'enr', 'senc', 'fils', 'freres', 'deneigement', 'plomberie', 'amenagement', 'paysager',
  'paysagiste', 'construction', 'constructions', 'excavation', 'transport', 'transports', 'garage', 'resto', 'restaurant',
  'boutique', 'salon', 'coiffure', 'esthetique', 'toiture', 'toitures', 'renovation', 'renovations', 'electrique',
  'electricien', 'entreprise', 'entreprises', 'services', 'service', 'distribution', 'pharmacie', 'clinique', 'depanneur',
  'epicerie', 'quincaillerie', 'bijouterie', 'fleuriste', 'boulangerie', 'traiteur', 'immobilier', 'courtier', 'assurances',
  'notaire', 'notaires', 'avocats', 'comptable', 'comptables', 'ebenisterie', 'menuiserie', 'peinture', 'nettoyage',
  'entretien', 'location', 'auto', 'autos', 'mecanique', 'pneus', 'spa', 'studio', 'cafe', 'bistro', 'brasserie',
  'co', 'company', 'plumbing', 'landscaping', 'roofing', 'cleaning', 'llc', 'corp', 'cooperative', 'coop', 'caisse',
];
