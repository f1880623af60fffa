/**
 * Word data for triage (data only: the matching lives in `kinds.ts`).
 *
 * Pattern syntax, matched on words that are lower-cased, accent-free, split at hyphens and
 * apostrophes (`c'est-tu` reads `c est tu`, `y'a` reads `y a`):
 * - `word` matches that word; `word*` any word that starts with it;
 * - `_` matches any one word; `~` skips zero to three words.
 *
 * Weights add up per comment; each kind has its own threshold in `kinds.ts`.
 */

/** A group of patterns sharing one weight. */
export interface WeightedTerms {
  readonly weight: number;
  readonly terms: readonly string[];
}

/** Words that open a sentence asking something, even without a question mark. */
export const QUESTION_OPENERS: readonly string[] = [
  'est ce que', 'est ce qu', 'es ce que', 'es ce qu', 'esque', 'est ce', 'estce que',
  'quand', 'comment', 'combien', 'pourquoi', 'quel est', 'quelle est', 'quels sont', 'quelles sont', 'qui est', 'qui peut',
  'a quelle heure', 'a quel heure', 'a partir de quand', 'jusqu a quand', 'ou est', 'ou sont', 'ou peut on', 'ou est ce',
  'y a t il', 'y a til', 'ya t il', 'ya til', 'y a tu', 'ya tu', 'yatu', 'y aura t il',
  'c est tu', 'c tu', 'c quand', 'c est quand', 'c est ou', 'c est combien', 'c est quoi', 'c quoi',
  'peut on', 'on peut tu', 'on peut tu', 'pouvez vous', 'savez vous', 'serait il possible', 'est il possible',
  'allez vous', 'avez vous', 'vous avez tu', 'faut il', 'faut tu', 'doit on', 'dois je', 'puis je',
  'when', 'where', 'how', 'why', 'what', 'which', 'who', 'is there', 'are there', 'is the', 'are the', 'does', 'do i', 'do we',
  'do you', 'can i', 'can we', 'can you', 'can someone', 'will the', 'will there', 'should i',
]

/** Phrases that ask for information wherever they stand in a sentence. */
export const INFO_REQUESTS: readonly string[] = [
  'j aimerais savoir', 'je voudrais savoir', 'je veux savoir', 'je veux juste savoir', 'j aimerais connaitre',
  'je me demandais', 'je me demande si', 'je cherche le', 'je cherche la', 'je cherche les', 'je cherche un', 'je cherche une',
  'quelqu un sait', 'quelqu un saurait', 'pouvez vous me dire', 'pourriez vous me dire', 'pouvez vous m indiquer',
  'a quelle heure', 'a quel heure', 'des infos', 'plus d info*', 'info svp', 'infos svp', 'une question',
  'wondering if', 'wondering whether', 'does anyone know', 'anyone know', 'i would like to know', 'i d like to know',
  'can someone tell', 'could someone tell', 'any info', 'any update',
]

/** Questions put to friends or to the crowd rather than to the city. */
export const SOCIAL_QUESTIONS: readonly string[] = [
  'qui vient', 'qui veut', 'qui embarque', 'qui se souvient', 'qui se rappelle', 'vous souvenez vous', 'te souviens tu',
  'tu viens', 'tu veux', 'tu y vas', 'on y va', 'on y va tu', 'avez vous vu', 'as tu vu', 't as vu', 'tu as vu',
  'quelqu un veut', 'quelqu un d autre', 'qui d autre', 'anyone want', 'anyone else', 'quelqu un a perdu', 'quelqu un a vu', 'quelqu un aurait vu', 'has anyone seen', 'did anyone lose', 'anyone lost',
  'who s coming', 'who is coming', 'who wants', 'who remembers', 'anyone remember', 'did you see', 'you coming',
  'anyone have', 'does anyone have', 'anyone going', 'anyone got', 'anybody have', 'qui vend', 'quelqu un vend',
  'quelqu un a un', 'quelqu un aurait un', 'quelqu un aurait une', 'quelqu un peut me preter', 'can i borrow', 'could borrow',
  'looking for a carpool', 'je cherche un lift', 'qui va au', 'qui s en va',
]

/**
 * Questions that are complaints in disguise: they presuppose a fault rather than ask for a
 * fact (`normal que` assumes the fact and protests it; `normal ou` still asks).
 */
export const RHETORICAL_QUESTIONS: readonly string[] = [
  'normal que', 'normal qu', 'une blague', 'une farce', 'a joke', 'kidding', 'serieux', 'serieusement', 'seriously',
  'ca sert a quoi', 'ca sert a rien', 'a quoi ca sert', 'a quoi servent', 'sert a quoi', 'pourquoi on paie', 'pourquoi on paye',
  'pourquoi payer', 'why do we pay', 'why are we paying', 'trop demander', 'too much to ask', 'il va falloir', 'faudrait tu',
  'vous attendez quoi', 'qu est ce que vous attendez', 'what are you waiting', 'qui a eu cette idee', 'qui a eu l idee',
  'who thought', 'qui a decide', 'who decided', 'ca vous derange pas', 'vous trouvez ca', 'on est ou la', 'are you serious', 'c est tu une joke',
]

/** Whole short sentences (three words at most) that protest rather than ask: `Vraiment?`, `Allo?`. */
export const SHORT_RHETORICAL: readonly string[] = [
  'really', 'vraiment', 'serieux', 'serieusement', 'seriously', 'allo', 'hello', 'come on', 'pour vrai', 'voyons', 'quoi',
  'pardon', 'sorry what', 'wtf', 'hein', 'pas vrai', 'c est une joke',
]

/** Words that may open a sentence before the question itself (greetings, fillers). */
export const LEAD_INS: readonly string[] = [
  'bonjour', 'bonsoir', 'allo', 'salut', 'slt', 'bjr', 'bsr', 'cc', 'coucou', 'yo', 'hi', 'hello', 'hey', 'oui', 'ok', 'svp', 'alors', 'pis', 'pi', 'et', 'mais', 'sinon',
  'aussi', 'donc', 'bref', 'petite', 'une', 'question', 'madame', 'monsieur', 'so', 'also', 'and', 'but', 'just', 'quick',
  'merci',
]

/** Pleas for help: in an emergency they ask for rescue, not for information. */
export const HELP_PLEAS: readonly string[] = [
  'envoyer de l aide', 'envoyez de l aide', 'envoyer quelqu un', 'envoyez quelqu un', 'appelez', 'aidez nous', 'au secours',
  'send someone', 'send help', 'please help', 'call someone', 'help us',
]

/** Words that aim a remark at the city (raise a grievance that already counts). */
export const CITY_DIRECTED: readonly string[] = [
  'vous', 'vos', 'votre', 'la ville', 'municipal*', 'municipalite', 'conseil', 'maire', 'mairesse', 'the city', 'city', 'you',
  'your', 'town',
]

/** Dissatisfaction with a service, by strength. Sarcasm markers are here too. */
export const COMPLAINT_TERMS: readonly WeightedTerms[] = [
  {
    weight: 2,
    terms: [
      'inacceptable', 'unacceptable', 'not acceptable', 'pas acceptable', 'honteux', 'honteuse', 'une honte', 'c est une honte',
      'ridicule', 'ridiculous', 'pas serieux', 'une farce', 'a joke', 'is a joke', 'disgrace', 'disgraceful', 'decevant', 'decevante',
      'decu', 'decue', 'disappointing', 'disappointed', 'frustrant', 'frustrating', 'frustrated', 'insupportable', 'unbearable',
      'ecoeurant', 'ecoeure', 'ecoeuree', 'tanne', 'tannee', 'tannes', 'j en ai assez', 'on en a assez', 'fed up', 'sick of',
      'ca fait dur', 'n importe quoi', 'j en reviens pas', 'mal fait', 'mal faite', 'mal repare*', 'mal entretenu*', 'mal deneige*',
      'personne me rappelle', 'personne ne me rappelle', 'personne ne rappelle', 'personne rappelle', 'personne nous dit',
      'personne ne nous dit', 'personne fait', 'personne ne fait', 'personne les lit', 'personne voulait', 'personne ne voulait',
      'aucune nouvelle', 'aucun retour', 'aucun suivi', 'pas de suivi', 'aucun avis', 'sans aucun avis', 'no follow up',
      'never followed up', 'nobody ever', 'no one ever', 'nobody called', 'toujours pas', 'toujours rien', 'still not',
      'still no', 'still waiting', 'still haven t', 'hasn t been', 'haven t been', 'est oublie', 'est oubliee', 'a ete oublie*',
      'ont ete oublie*', 'on est oublie*', 'encore oublie*', 'encore une fois', 'merci pour rien', 'merci hein', 'belle gestion',
      'aucun sens', 'n a aucun sens', 'je deplore', 'on deplore', 'mal indique*', 'mal signal*', 'mal plan*', 'mal organise*',
      'c est la deuxieme fois', 'c est la troisieme fois', 'c est la _ fois', 'second time this', 'third time this',
      'jamais eu de reponse', 'aucune reponse', 'pas de reponse', 'no response', 'no answer', 'never got an answer',
      'never heard back', 'makes no sense', 'no sense', 'ca n a pas de sens', 'ca a pas de sens', 'pas de bon sens',
      'ca fait pitie', 'pathetique', 'pathetic', 'absurde', 'absurd', 'insense', 'nobody told', 'no one told',
      'personne nous a', 'sans nous avertir', 'sans nous aviser', 'pas ete avise*', 'raccroche*', 'hung up', '👎', '😠', '😒',
      '🤦', 'pas tres professionnel', 'pas professionnel', 'unprofessional', 'not very professional', 'on nous avait promis',
      'nous avait promis', 'we were promised', 'promised us', 'the same thing', 'la meme chose', 'la meme affaire',
      'encore pas', 'thanks for nothing', 'thank you for nothing', 'merci pour rien encore', 'vous oubliez', 'on est oublies',
      'on se sent oublie*', 'heures d attente', 'trop cher', 'trop chere', 'trop chers', 'trop cheres', 'way too expensive',
      'qui a decide ca', 'qui a decide', 'who decided', 'encore en panne', 'encore brise*', 'encore ferme*', 'encore bloque*', 'de pire en pire', 'pas la premiere fois', 'plainte', 'plaintes', 'plaint', 'complaint', 'complaints', 'missed again',
      'again and again', 'zero notice', 'no notice', 'without any notice', '🙄', '🙃', '😡', '🤬', '😤',
      'je conteste', 'je vais contester', 'contester mon', 'pas endurable', 'c est pas endurable', 'pas vivable', 'invivable',
      'nobody seems to care', 'nobody cares', 'personne s en occupe', 'personne s occupe', 'personne repond', 'repond jamais',
      'repondent jamais', 'rappelle jamais', 'rappellent jamais', 'c est tu moi ou', 'c est juste moi', 'is it just me',
      'is it normal', 'ca vous tente pas', 'ca vous tente tu', 'pour quoi au juste', 'on paye des taxes pour', 'on paie des taxes pour',
      'quelqu un peut m expliquer pourquoi', 'can someone explain why', 'pires qu', 'pire qu', 'worse than', 'c est l enfer',
      'noir comme', 'jamais personne', 'y a jamais personne', 'personne qui travaille', 'durent depuis', 'dure depuis',
      'vous reveiller', 'vous allez vous reveiller', 'faut tu attendre', 'faut il attendre', 'faut-tu attendre',
      'has done nothing', 'done nothing since', 'turned off all', 'been off all', 'off all summer', 'juste a temps pour l',
      'just in time for next', 'page d erreur', 'donne une erreur', 'error page', 'duct tape', 'insupportables', 'insupportable',
      'decourageant', 'decourageante', 'arrivent plus', 'en dernier', 'je tiens le compte', 'sort brune', 'eau brune',
      'brown water', 'yeux rouges', 'la peau qui pique', 'avis d infraction', 'alors que j ai paye', 'deja paye',
      'already paid', 'recreuse', 'recreusee', 'encore une hausse', 'another increase', 'hausse de', 'pas de collecte',
      'no pickup', 'les corneilles', 'on est 15', 'devant la porte', 'toujours barre', 'still locked', 'still closed',
    ],
  },
  {
    weight: 1,
    terms: [
      'franchement', 'ayoye', 'ca presse', 'avant que quelqu un se blesse', 'avant qu il y ait un accident', 'presque frapper',
      'ajustez', 'reparez', 'reglez ca', 'faites quelque chose', 'fix it', 'fix this', 'do something', 'vous devriez',
      'vous auriez du', 'il faudrait', 'ca nous prend des', 'des explications', 'explain why', 'you should', 'pas fort',
      'partout', 'everywhere', 'oublie', 'oubliee', 'oublies', 'oubliees', 'forgot', 'forgotten', 'skipped', 'missed', 'ignored',
      'ignore*', 'rembourse*', 'remboursement', 'reclamation', 'dedommag*', 'reimburse*', 'pris un coup', 'endommage*',
      'damaged', 'crevasse*', 'fissure*', 'trop long', 'trop longtemps', 'takes forever', 'why does it take', 'pourquoi ca prend',
      'pourquoi ca a pris', 'coute le double', 'gaspill*', 'waste of', 'nos taxes', 'our taxes', 'attente', 'wait time',
      'lent', 'lente', 'slow', 'pas correct', 'pas normal', 'not ok', 'not okay', 'mauvais', 'mauvaise', 'bad', 'poor',
      'tres mal', 'ne s ouvre pas', 'ne fonctionne pas', 'ne marche pas', 'doesn t work', 'not working', 'une erreur',
      'de la misere a comprendre', 'dommage que', 'c est dommage', 'le manque de', 'manque de', 'lack of', 'tourne en rond',
      'impossible', 'c est rendu', 'pitie', 'promis', 'promised', 'supposed to', 'suppose*', 'chaque hiver', 'chaque annee',
      'chaque printemps', 'chaque ete', 'chaque automne', 'every winter', 'every year', 'every spring', 'every summer',
      'every time', 'chaque fois', 'a chaque fois', 'toujours notre', 'toujours nous', 'toujours nos', 'always our', 'always us',
      'le dernier', 'la derniere', 'les derniers', 'the last', 'par erreur', 'by mistake', 'vole', 'volee', 'stolen',
      'boueux', 'boueuse', 'muddy', 'perd l eau', 'no water', 'pas d eau', 'sans eau', 'pas tres', 'not very', 'not even',
      'meme pas', 'pas meme', 'lettre que j envoie', 'j ai jamais eu', 'never got', 'never received', 'jamais recu',
      'on est en', 'we re in', 'troisieme', 'third', 'deuxieme', 'second time', 'nuisance', 'noise', 'bruyant', 'loud',
      'inutile', 'useless', 'deplorable', 'lamentable', 'chaos', 'bordel', 'mal gere*', 'incompetent*', 'incompetence', 'voyons donc', 'come on', 'encore pas', 'a encore', 'ont encore', 'est encore ferme*',
      'jamais deneige*', 'jamais passe*', 'jamais ramasse*', 'fait jamais', 'marche jamais', 'marche pas', 'fonctionne pas',
      'never', 'again', 'ca fait _ semaine*', 'ca fait _ jour*', 'ca fait _ mois', 'ca fait _ an*', 'ca fait _ fois', 'ca fait des mois',
      'ca fait des semaines', 'ca fait des annees', 'ca fait longtemps que', '_ fois de suite', 'annee* de suite', 'semaine* de suite',
      'depuis _ semaine*', 'depuis _ jour*', 'depuis _ mois', 'depuis des mois', 'depuis des semaines', 'for _ week*', 'for _ day*',
      'for _ month*', 'qu on attend', 'j attends', 'on attend', 'nous attendons', 'waiting on', 'waiting for', 'que j appelle',
      'pas ete', 'pas passe', 'pas ramasse*', 'pas fait*', 'en retard', 'brise', 'brisee', 'brises', 'brisees', 'casse*', 'pete',
      'demoli*', 'en panne', 'fendu', 'broken', 'dangereux', 'dangereuse', 'dangerous', 'failli', 'nulle part', 'puent', 'pue',
      'insalubre', 'malpropre', 'bruit', 'cratere', 'bloque*', 'sans avertissement', 'sans avis', 'without telling', 'without warning',
      'augmentation', 'depassement de couts', 'vos erreurs', 'on paie pour', 'on paye pour', 'je paie', 'je paye',
      'i pay', 'we pay', 'belle image', 'bel exemple', 'en pleine', 'je comprends pas', 'je ne comprends pas', 'comprends pas qu',
      'bete avec', 'impoli*', 'rude', 'ca plante', 'vous pourriez pas', 'alors qu il', 'alors que', 'comme d habitude', 'as usual',
      'nous autres', 'on dort', 'pire', 'worst', 'terrible', 'awful', 'mess', 'dans cet etat', 'cet etat la',
      'depuis lundi', 'depuis mardi', 'depuis mercredi', 'depuis jeudi', 'depuis vendredi', 'depuis samedi', 'depuis dimanche',
      'depuis hier', 'depuis l ete passe', 'depuis l hiver passe', 'depuis des jours', 'depuis le _', 'since monday',
      'since the first day', 'since last', 'all summer', 'all winter', 'tout l ete', 'tout l hiver', 'never flooded',
      'never cleared', 'never plowed', 'jamais arrose*', 'encore la', 'still there', 'aujourd hui c est le',
      'barre', 'barree', 'barres', 'barrees', 'locked', 'pleine de trous', 'plein de trous', 'full of holes', 'brulee', 'brulees',
      'brule depuis', 'burnt out', 'burned out', 'is down', 'are down', 'been down', 'down for', 'pas ete deneige*', 'pas deneige*',
      'pas ete balaye*', 'pas balaye*', 'pas arrose*', 'pas ete arrose*', 'pas repare*', 'pas ete repare*', 'pas ete ramasse*',
      'pas encore', 'not yet', 'a moitie', 'half', 'vident nos', 'depuis le debut', 'depuis la fonte', 'depuis l automne',
      'depuis l ete', 'depuis l hiver', 'depuis le printemps', 'depuis septembre', 'depuis octobre', 'depuis novembre',
      'depuis decembre', 'depuis janvier', 'depuis fevrier', 'depuis mars', 'depuis avril', 'depuis mai', 'depuis juin',
      'depuis juillet', 'depuis aout', 'depuis un mois', 'depuis une semaine', 'depuis deux', 'depuis trois', 'for two weeks',
      'for weeks', 'for months', 'for a month', 'clogged', 'bouche', 'bouchee', 'plante', 'se blesser', 'get hurt', 'savent pu',
      'savent plus', 'rentre dans nos maisons', 'ma mere', 'en marchette', 'pas capable de passer', 'can t get through',
      'toutes croches', 'tout croche', 'pas serieux', 'errants', 'controle animalier',
    ],
  },
  {
    weight: 0.5,
    terms: [
      'encore', 'depuis', 'hausse de taxes', 'taxes', 'tax', 'trous', 'nid de poule', 'nids de poule', 'potholes', 'pothole', 'personne', 'rien',
      'aucun', 'aucune', 'jamais', 'still', 'since', '_ semaines', '_ mois', '_ jours', '_ heures', '_ weeks', '_ months', '_ days',
      '_ hours', 'third time', 'second time', 'troisieme fois', 'deuxieme fois', 'ferme', 'fermee', 'closed', 'fermer',
    ],
  },
]

/** Praise and thanks. Bare thanks count only when nothing else is asked (see `kinds.ts`). */
export const COMPLIMENT_TERMS: readonly WeightedTerms[] = [
  {
    weight: 1,
    terms: [
      'merci pour', 'merci aux', 'merci au', 'merci a', 'merci la ville', 'merci beaucoup', 'un gros merci', 'mille mercis',
      'remercier', 'remercie', 'bravo', 'felicitations', 'felicitation', 'chapeau', 'beau travail', 'bon travail', 'bon boulot',
      'du bon travail', 'belle job', 'bonne job', 'belle initiative', 'super initiative', 'bonne initiative', 'excellent*',
      'super', 'magnifique', 'vraiment beau', 'vraiment belle', 'tres beau', 'tres belle', 'tellement beau', 'tellement belle',
      'super beau', 'super belle', 'champion*', 'fier', 'fiere', 'fiers', 'fieres', 'j adore', 'on adore', 'adorent', 'adore ca',
      'bonne nouvelle', 'reussi', 'reussie', 'bien organise*', 'bien fait', 'communique bien', 'accueillant*', 'gentil*',
      'souligner le travail', 'incroyable', 'tres utile', 'utile', 'interessant*', 'etait malade', 'c est malade', 'c etait malade', 'wow',
      'thank you for', 'thank you to', 'thanks for', 'thanks to', 'great job', 'good job', 'well done', 'nice work',
      'good work', 'great work', 'appreciated', 'appreciate', 'apprecie', 'appreciee', 'nice to see', 'content de voir',
      'contente de voir', 'heureux de voir', 'heureuse de voir', 'extraordinaire*', 'formidable*', 'exceptionnel*',
      'impeccable*', 'parfait', 'parfaite', 'superbe', 'plus facile', 'facile a utiliser', 'shoutout', 'shout out', 'helpful',
      'so helpful', 'wonderful', 'fantastic', 'excellent', 'friendly', 'bien content', 'bien contente', 'tres content',
      'tres contente', 'un plaisir', 'hats off', 'bien hate', 'genial', 'geniale', 'love the', 'love it', 'love this', 'awesome', 'amazing', 'beautiful', 'kudos', 'proud',
    ],
  },
  {
    weight: 0.5,
    terms: ['merci', 'thanks', 'thank you', 'thx', 'merci d avance', 'merci a l avance', 'thanks in advance', 'merci de'],
  },
]

/** Emoji that praise (matched on the raw text). */
export const PRAISE_EMOJI: readonly string[] = ['👏', '❤', '🙏', '💙', '😍', '🥰', '💯']

/** Words that make a sentence interrogative wherever they stand (a `?` sentence without any is declarative). */
export const WH_WORDS: readonly string[] = [
  'quand', 'comment', 'combien', 'pourquoi', 'quel', 'quelle', 'quels', 'quelles', 'qui', 'quoi', 'lequel', 'laquelle',
  'est ce', 'es ce', 'tu', 'ti', 'til', 'when', 'where', 'how', 'why', 'what', 'which', 'who', 'whom', 'whose',
]

/** English auxiliaries that open a yes/no question. */
export const AUX_OPENERS: readonly string[] = [
  'is', 'are', 'am', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'have', 'has',
  'any', 'anyone', 'anybody', 'someone',
]

/** Who writes for the news (or for an outlet). */
export const MEDIA_IDENTITY: readonly string[] = [
  'journaliste', 'journalistes', 'journalist', 'reporter', 'reporteur', 'reporteure', 'recherchiste', 'chroniqueur',
  'chroniqueuse', 'pigiste', 'salle des nouvelles', 'salle de nouvelles', 'newsroom', 'producer', 'producteur', 'productrice',
  'reportage', 'emission', 'en ondes', 'on air', 'story', 'un article', 'notre article', 'un dossier sur',
  'radio canada', 'ici premiere', 'tva', 'tva nouvelles', 'noovo', 'la frontiere', 'le citoyen', 'le soleil', 'journal de quebec',
  'journal de montreal', 'le devoir', 'la presse', 'l actualite', 'cogeco', 'radio x', 'fm 93', 'fm93', 'qub', 'ckrl', 'cbc',
  'ctv', 'global news', 'quebec hebdo', 'chronicle telegraph', 'rouge fm', 'rythme fm', 'le quotidien', 'la tribune',
  'le nouvelliste', 'noovo info', 'salut bonjour', 'la gazette', 'gazette', 'montreal gazette', 'writing a piece',
  'a piece for', 'a piece on', 'un papier', 'tourner un segment', 'un segment', 'tournage', 'camera', 'cameraman',
  'ici l equipe de', 'equipe de l emission', 'news team', 'cjms', 'cfem', 'tvc', 'tele quebec', 'ckia',
  'animateur', 'animatrice', 'radio communautaire', 'radio', 'hebdo', 'l hebdo', 'weekly', 'je travaille pour',
  'researcher', 'chercheur', 'chercheuse', 'je fais un balado', 'je fais un podcast', 'documentaire', 'documentary',
  'journal etudiant', 'journalisme', 'telejournal', 'ckls', 'ckvm', 'cjmv', 'abitibi express', 'l echo abitibien',
  'ici abitibi', 'we re doing a segment', 'doing a story', 'pour un reportage', 'notre emission', 'our show', 'podcast', 'balado',
]

/** What a journalist asks for: an interview, a comment, a spokesperson, a call back. */
export const MEDIA_ASKS: readonly string[] = [
  'entrevue', 'entrevues', 'entretien', 'm entretenir', 'interview', 'interviewer', 'un commentaire', 'commentaire de',
  'commenter', 'reaction', 'une reaction', 'reagir', 'declaration', 'porte parole', 'spokesperson', 'a comment', 'comment from',
  'statement', 'parler au maire', 'parler a la mairesse', 'parler a quelqu un', 'parler avec quelqu un', 'quelques questions',
  'repondre a mes questions', 'repondre a nos questions', 'poser quelques questions', 'me joindre', 'me contacter',
  'nous contacter', 'me rappeler', 'm ecrire', 'ecrire en prive', 'en mp', 'en prive', 'dm me', 'give me a call', 'call me',
  'reach me', 'talk to someone', 'talk about', 'nous parler', 'me parler', 'speak to', 'speak with', 'for comment',
  'pour commentaire', 'un representant', 'une representante', 'a representative', 'qui contacter', 'who can i speak', 'parler a l',
  'sur place', 'filmer', 'tourner', 'disponible pour', 'available to', 'accorder quelques minutes',
  'avoir quelqu un', 'quelqu un en ondes', 'en ondes', 'on air', 'quick comment', 'comment on', 'available for', 'disponible',
  'serait il possible de parler', 'possible de parler', 'venir tourner', 'tourner des images', 'would love to have',
  'have someone', 'have the mayor', 'emettre une declaration', 'une declaration', 'parler au directeur', 'parler a la directrice',
  'accepterait', 'accepteriez', 'would the mayor', 'is the mayor available', 'le maire est il disponible',
  'partant pour', 'partante pour', 'venir jaser', 'jaser avec', 'would someone from', 'someone from your', 'les commentaires de',
  'avoir les commentaires', 'vos commentaires sur', 'your comments on', 'qui peut autoriser le tournage', 'autoriser le tournage',
]

/** Requests that name themselves. */
export const MEDIA_EXPLICIT: readonly string[] = [
  'demande d entrevue', 'demande medias', 'demande media', 'demande de presse', 'interview request', 'media request',
  'press inquiry', 'media inquiry',
]

/** Reports of present danger, by strength. */
export const HAZARD_TERMS: readonly WeightedTerms[] = [
  {
    weight: 2,
    terms: [
      // gas
      'odeur de gaz', 'senteur de gaz', 'sent le gaz', 'sens le gaz', 'sentir le gaz', 'fuite de gaz', 'le gaz coule', 'gas leak',
      'smell of gas', 'smell gas', 'smells like gas', 'smelling gas', 'gas smell', 'monoxyde', 'carbon monoxide',
      // wires
      'fil electrique tombe*', 'fils electriques tombe*', 'fil ~ tombe*', 'fils ~ tombe*', 'tombe* sur les fils', 'tombe sur le fil',
      'fils trainent', 'fil traine', 'fils ~ par terre', 'fil ~ par terre', 'etincelles', 'power line* down', 'line* down',
      'downed power', 'downed line*', 'wire* down', 'sparks', 'poteau ~ casse*', 'poteau ~ tombe*',
      // water mains and floods
      'bris d aqueduc', 'bris de conduite', 'conduite d eau ~ pete', 'conduite d eau ~ brise*', 'conduite ~ eclate*',
      'conduite d eau principale', 'geyser', 'water main break', 'main break', 'water main burst', 'gushing',
      'eau sort de', 'eau jaillit', 'l eau monte', 'l eau rentre', 'deborde', 'refoule', 'se remplir d eau', 'rempli d eau',
      'est inondee', 'est inonde', 'sont inondees', 'sont inondes', 'etre inondees', 'etre inondes', 'completement inonde*',
      'is flooding', 'is flooded', 'are flooded', 'flooding into',
      // fire
      'feu de broussailles', 'feu de foret', 'ca brule', 'ca brule en ce moment', 'fumee qui sort', 'pleine de fumee',
      'plein de fumee', 'en flammes', 'maison en feu', 'house fire', 'on fire', 'black smoke', 'building fire', 'flammes',
      // people in danger
      'inconscient', 'inconsciente', 'unconscious', 'bouge pu', 'bouge plus', 'respire pas', 'respire plus', 'not breathing',
      'a travers la glace', 'through the ice', 'se noie', 'noyade', 'drowning', 'fell into the river', 'tombe dans la riviere',
      'tombee dans la riviere', 'pulled by the current', 'emporte par le courant', 'pris a l interieur', 'prise a l interieur',
      'trapped', 'coince sous', 'se fait battre', 'se fait frapper', 'arme d un couteau', 'armed with', 'with a knife', 'gun',
      'menace du monde', 'menace des gens', 'threatening people', 'overdose', 'la glace a cede', 'glace a cede', 'est dans l eau',
      'tombe a l eau', 'tombee a l eau', 'sorti de son lit', 'entre dans les maisons', 'rentre dans les maisons',
      'isn t responding', 'not responding', 'ne repond pas', 'ne repond plus', 'repond plus', 'ca crepite', 'crepite',
      'sent le brule', 'odeur de brule', 'smells like burning', 'fell through the ice', 'went through the ice',
      'appelez les pompiers', 'appeler les pompiers', 'appelez le 911', 'appelez le 9-1-1', 'call 911', 'call the fire department',
      'il y a un feu', 'y a un feu', 'y a le feu', 'il y a le feu', 'le feu est pris', 'feu est pris', 'a pris feu', 'ont pris feu',
      'caught fire', 'there s a fire', 'theres a fire', 'is on fire', 'est en feu', 'sont en feu',
      'en travers de la route', 'en travers du chemin', 'arbre tombe sur la route', 'arbre tombe en travers', 'tree down on',
      'tree across the road', 'in the ditch', 'dans le fosse', 'spun out', 'black ice', 'glace noire', 'se rentrent dedans',
      'vient de s ouvrir', 'trou vient de', 'sinkhole', 'affaissement', 'par dessus le pont', 'over the bridge', 'pont est submerge',
      'route est submergee', 'l eau passe par dessus', 'eau passe par-dessus', 'a l air perdue', 'a l air perdu', 'seems lost',
      'en robe de chambre', 'confuse dehors', 'penche sur la maison', 'touchent presque', 'va tomber sur', 'about to fall',
      'feux de circulation sont eteints', 'lumieres sont eteintes', 'traffic lights are out', 'lights are out at',
      'dans la riviere', 'du monde dedans', 'people inside', 'not moving', 'face down', 'bouge pas', 'bouge plus pantoute',
      'attacking a', 'attaque un enfant', 'attaque une', 'mord un enfant', 'is biting', 'vient de caler', 'a cale', 'sinkhole',
      'marche tout seul sur', 'tout seul sur le bord', 'walking alone on the', 'en pyjama dehors', 'sur le bord de la 1',
    ],
  },
  {
    weight: 1,
    terms: [
      'fuite', 'inond*', 'flood*', 'fumee', 'smoke', 'feu', 'fire', 'incendie', 'est blesse*', 'sont blesse*', 'injured', 'couteau',
      'en feu',
    ],
  },
]

/**
 * A thing and a state that, a few words apart, report a danger (`le fil d'Hydro traîne`,
 * `flames coming out of the roof`). Checked within {@link PAIR_WINDOW} words.
 */
export interface HazardPair {
  readonly id: string;
  readonly weight: number;
  readonly things: readonly string[];
  readonly states: readonly string[];
}

/** How many words apart a thing and its state may stand. */
export const PAIR_WINDOW = 7;

/** Things and states that together report a present danger. */
export const HAZARD_PAIRS: readonly HazardPair[] = [
  {
    id: 'gas',
    weight: 2,
    things: ['gaz', 'gas', 'propane'],
    states: ['odeur', 'senteur', 'sent', 'sens', 'sentir', 'fuite', 'fuit', 'coule', 'siffle', 'smell*', 'leak*', 'hissing'],
  },
  {
    id: 'wire',
    weight: 2,
    things: ['fil', 'fils', 'poteau', 'poteaux', 'wire', 'wires', 'line', 'lines', 'pole', 'cable', 'cables', 'transformateur', 'transformer'],
    states: [
      'tombe*', 'traine*', 'terre', 'chaussee', 'casse*', 'pend', 'pendent', 'arrach*', 'etincelle*', 'down', 'sparks', 'sparking',
      'fallen', 'snapped', 'hanging', 'explose', 'exploded', 'feu',
    ],
  },
  {
    id: 'water',
    weight: 2,
    things: [
      'eau', 'aqueduc', 'conduite', 'borne', 'egout', 'egouts', 'water', 'main', 'hydrant', 'sous sol', 'basement', 'riviere',
      'river', 'lac', 'ruisseau', 'creek',
    ],
    states: [
      'jaillit', 'jaillir', 'geyser', 'inonde', 'inondee', 'inondes', 'inondees', 'deborde', 'debordent', 'refoule',
      'gush*', 'flooding', 'flooded', 'burst', 'eclate*', 'se remplir', 'rentre', 'envahi*', 'submerge*', 'pouring', 'spraying',
      'bris',
    ],
  },
  {
    id: 'fire',
    weight: 2,
    things: ['feu', 'flammes', 'flamme', 'fumee', 'incendie', 'fire', 'flames', 'smoke', 'brule', 'burning'],
    states: [
      'sort', 'sortent', 'coming', 'toit', 'roof', 'maison', 'house', 'batiment', 'building', 'immeuble', 'garage', 'grange',
      'barn', 'broussailles', 'foret', 'avance', 'noire', 'black', 'pleine', 'plein', 'partout', 'everywhere', 'mill', 'usine',
      'appartement', 'apartment', 'pris', 'caught',
    ],
  },
  {
    id: 'person',
    weight: 2,
    things: [
      'personne', 'homme', 'femme', 'enfant', 'enfants', 'gars', 'fille', 'garcon', 'monsieur', 'dame', 'voisin', 'voisine',
      'quelqu un', 'someone', 'somebody', 'man', 'woman', 'child', 'kid', 'kids', 'person', 'boy', 'girl', 'people', 'conducteur',
      'driver', 'cycliste', 'pieton', 'bebe', 'baby', 'aine', 'elderly',
    ],
    states: [
      'inconscient*', 'coince*', 'noie', 'noyade', 'saigne', 'respire', 'bouge', 'introuvable*', 'disparu*',
      'seul', 'seule', 'trapped', 'stuck', 'unconscious', 'drowning', 'bleeding', 'missing', 'armed', 'arme', 'battre', 'menace*',
      'agresse*', 'collapsed', 'effondre*', 'convulse*', 'overdose', 'dans l eau', 'in the water',
    ],
  },
]

/** A serious accident or a call for help on its own weighs one (a danger word raises it). */
export const HAZARD_HINTS: readonly string[] = [
  'accident grave', 'grave accident', 'serious accident', 'vient d arriver', 'just happened', 'ambulance', '911',
]

/** Presence markers: what makes a hazard happen now. */
export const EMERGENCY_NOW: readonly string[] = [
  'en ce moment', 'presentement', 'la maintenant', 'maintenant', 'right now', 'vite', 'urgent', 'urgence', 'au secours',
  'help', 'asap', 'svp venez', 'please send',
]

/** Context that turns a hazard word into something else (past, prevention, leisure, slang). */
export const EMERGENCY_CANCEL: readonly WeightedTerms[] = [
  {
    weight: 2,
    terms: [
      'exercice', 'prevention', 'programme', 'subvention', 'plan d urgence', 'plan des mesures', 'en cas d', 'en cas de',
      'in case of', 'si jamais', 'urgence de l hopital', 'urgences de l hopital', 'l urgence est pleine', 'conseils', 'consignes',
      'rappel', 'avant que', 'risque de', 'pourrait', 'could', 'might', 'semaine passee', 'semaine derniere', 'last week',
      'il y a eu', 'there was', 'origine', 'selon', 'according to', 'article', 'l article', 'journal', 'interdiction', 'ban',
      'interdit*', 'travaille toute la nuit', 'worked all night', 'te souviens', 'vous souvenez', 'remember', 'feu d artifice', 'feux d artifice', 'fireworks', 'feu de camp',
      'feux de camp', 'feux de circulation', 'feu de circulation', 'feu rouge', 'feu vert', 'traffic light*', 'campfire',
      'party', 'video de', 'photo de', 'reportage', 'l an passe', 'l annee passee', 'last year',
      'est repare', 'est reparee', 'a ete repare*', 'been fixed', 'fixed the', 'water leak so',
    ],
  },
  {
    weight: 1,
    terms: ['d hier', 'hier', 'yesterday', 'lol', 'mdr', '😂', '🔥', 'drill', 'bravo', 'merci', 'thanks', 'thank you', 'apres le bris'],
  },
]

/** A question about one's own case needs the service to check before answering (§5.6.1). */
export const VERIFICATION_TERMS: readonly string[] = [
  'mon dossier', 'ma demande', 'ma requete', 'mon compte', 'mon permis', 'ma facture', 'mon compte de taxes', 'mon evaluation',
  'mon voisin', 'ma voisine', 'mes voisins', 'chez nous', 'chez moi', 'devant chez', 'mon terrain', 'ma maison', 'ma rue',
  'notre rue', 'mon entree', 'mon bac', 'notre bac', 'mon adresse', 'ma propriete', 'permis obligatoire', 'besoin d un permis',
  'a qui m adresser', 'a qui je dois', 'qui dois je contacter', 'faire verifier', 'derogation', 'zonage', 'remplace',
  'my permit', 'my account', 'my bill', 'my street', 'my neighbour', 'my neighbor', 'my property', 'my house', 'our street',
  'who do i contact', 'who should i contact', 'est ce normal', 'normal ou',
]

/**
 * Municipal services and the words that point to them (for routing complaints).
 *
 * @example
 * ```ts
 * Object.keys(SERVICE_TERMS).includes('public-works'); //=> true
 * ```
 */
export const SERVICE_TERMS = {
  'public-works': {
    name: { fr: 'Travaux publics', en: 'Public works' },
    terms: [
      'deneig*', 'neige', 'charrue', 'souffleuse', 'deneigeuse', 'nid de poule', 'nids de poule', 'trou', 'trous', 'asphalt*',
      'trottoir*', 'lampadaire*', 'eclairage', 'lumiere', 'feux de circulation', 'signalisation', 'panneau*', 'balai*', 'sable',
      'abrasif', 'voirie', 'cols bleus', 'snow', 'plow*', 'pothole*', 'sidewalk*', 'streetlight*', 'traffic light*', 'road*',
      'pave*', 'arbre mort', 'branches',
    ],
  },
  'waste-management': {
    name: { fr: 'Matières résiduelles', en: 'Waste management' },
    terms: [
      'collecte*', 'vidange*', 'poubelle*', 'ordure*', 'dechet*', 'bac', 'bacs', 'recyclage', 'compost*', 'ecocentre',
      'rebuts', 'garbage', 'recycling', 'bin', 'bins', 'trash', 'ecocentre',
    ],
  },
  water: {
    name: { fr: 'Eau potable et égouts', en: 'Water and sewers' },
    terms: [
      'eau', 'aqueduc', 'egout*', 'robinet', 'borne fontaine', 'ebullition', 'fuite d eau', 'water', 'sewer*', 'tap water',
      'conduite*',
    ],
  },
  recreation: {
    name: { fr: 'Loisirs et culture', en: 'Recreation and culture' },
    terms: [
      'parc', 'parcs', 'piscine*', 'arena', 'patinoire*', 'bibliotheque', 'camp de jour', 'jeux d eau', 'soccer', 'chalet',
      'fontaine', 'toilettes', 'skatepark', 'pool', 'library', 'rink', 'park', 'dog park', 'spectacle', 'centre sportif',
      'piste cyclable', 'bike path', 'bike lane*',
    ],
  },
  'urban-planning': {
    name: { fr: 'Urbanisme et permis', en: 'Urban planning and permits' },
    terms: ['permis', 'derogation', 'zonage', 'inspecteur', 'inspection', 'cabanon', 'construction', 'permit*', 'zoning'],
  },
  finance: {
    name: { fr: 'Taxation et finances', en: 'Taxation and finance' },
    terms: ['taxes', 'compte de taxes', 'evaluation', 'versement', 'tax', 'tax bill', 'paiement', 'payer en ligne'],
  },
  'public-safety': {
    name: { fr: 'Sécurité publique', en: 'Public safety' },
    terms: [
      'police*', 'policier*', 'pompier*', 'incendie', 'vitesse', 'chiens sans laisse', 'sans laisse', 'stationner', 'speeding',
      'panneau d arret', 'brigadier*', 'gaz', 'gas', 'fil*', 'wire*', 'power line*',
    ],
  },
  'citizen-services': {
    name: { fr: 'Service aux citoyens', en: 'Citizen services' },
    terms: [
      'service a la clientele', 'telephone', 'rappel', 'rappelle', 'requete*', 'site internet', 'site web', 'website', '311',
      'comptoir', 'customer service',
    ],
  },
} as const

/**
 * A municipal service id.
 *
 * @example
 * ```ts
 * const s: ServiceId = 'public-works';
 * ```
 */
export type ServiceId = keyof typeof SERVICE_TERMS;
