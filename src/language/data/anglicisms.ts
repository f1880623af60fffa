// Anglicisms frequent in Québec French, each with a French equivalent and a short note, written
// from general knowledge of usage advice (OQLF-style). `forms` are folded (lower case, no
// accents) and may hold several words (`bon matin`). Inside a French sentence these words do
// not make the text English; in a French reply they are suggestions, never errors.

/**
 * One anglicism: the forms it takes, what to write instead, and why.
 *
 * @example
 * ```ts
 * const entry: Anglicism = { forms: ['meeting'], suggestion: 'réunion', note: 'Emprunt inutile.' };
 * ```
 */
export interface Anglicism {
  /** Folded forms, one or more words each (`checker`, `checké`, `bon matin`). */
  readonly forms: readonly string[];
  /** The French word or phrase to use instead. */
  readonly suggestion: string;
  /** A short explanation, in French, for the communications officer. */
  readonly note: string;
}

/**
 * Anglicisms and calques with their French equivalents (data).
 *
 * @example
 * ```ts
 * ANGLICISMS.find((a) => a.forms.includes('email'))?.suggestion; //=> 'courriel'
 * ```
 */
export const ANGLICISMS: readonly Anglicism[] = [
  { forms: ['email', 'emails', 'e-mail', 'e-mails', 'mail', 'mails'], suggestion: 'courriel', note: 'Terme recommandé au Québec pour le message électronique.' },
  { forms: ['meeting', 'meetings'], suggestion: 'réunion', note: 'Emprunt inutile : le français a « réunion » ou « rencontre ».' },
  { forms: ['canceller', 'canceler', 'cancelle', 'cancellee', 'cancelles', 'cancellees', 'cancele', 'cancelee', 'cancel', 'cancelled'], suggestion: 'annuler', note: 'Calque de l’anglais « to cancel ».' },
  { forms: ['parker', 'parke', 'parkee', 'parkes', 'parkez'], suggestion: 'stationner', note: 'Verbe calqué sur « to park ».' },
  { forms: ['parking', 'parkings'], suggestion: 'stationnement', note: 'Au Québec, on emploie « stationnement ».' },
  { forms: ['checker', 'check', 'checke', 'checkee', 'checkes', 'checkez', 'checkait'], suggestion: 'vérifier', note: 'Verbe calqué sur « to check ».' },
  { forms: ['deadline', 'deadlines'], suggestion: 'échéance (date limite)', note: 'Emprunt inutile.' },
  { forms: ['feedback', 'feedbacks'], suggestion: 'rétroaction (commentaires)', note: 'Emprunt inutile.' },
  { forms: ['ceduler', 'cedule', 'cedulee', 'cedules', 'cedulez'], suggestion: 'planifier, fixer (horaire)', note: 'Calque de « schedule ».' },
  { forms: ['booker', 'booke', 'bookee', 'bookes', 'bookez', 'booking'], suggestion: 'réserver (réservation)', note: 'Calque de « to book ».' },
  { forms: ['weekend', 'weekends', 'week-end', 'week-ends'], suggestion: 'fin de semaine', note: 'Au Québec, on dit « fin de semaine ».' },
  { forms: ['job', 'jobs', 'jobbe'], suggestion: 'emploi, travail, poste', note: 'Emprunt familier à éviter dans un message officiel.' },
  { forms: ['full'], suggestion: 'très, complètement', note: 'Emploi familier de l’anglais « full ».' },
  { forms: ['cute'], suggestion: 'mignon', note: 'Emprunt familier.' },
  { forms: ['nice'], suggestion: 'agréable, sympathique', note: 'Emprunt familier.' },
  { forms: ['cool'], suggestion: 'génial, formidable', note: 'Emprunt familier à éviter dans un message officiel.' },
  { forms: ['fun'], suggestion: 'agréable, amusant', note: 'Emprunt familier (« c’est le fun »).' },
  { forms: ['party', 'partys', 'parties'], suggestion: 'fête, soirée', note: 'Emprunt familier.' },
  { forms: ['update', 'updates', 'updater', 'updatee'], suggestion: 'mise à jour (mettre à jour)', note: 'Emprunt inutile.' },
  { forms: ['forwarder', 'forwarde', 'forwardee', 'forward'], suggestion: 'transférer, faire suivre', note: 'Calque de « to forward ».' },
  { forms: ['downloader', 'downloade', 'download'], suggestion: 'télécharger', note: 'Emprunt inutile.' },
  { forms: ['uploader', 'uploade', 'upload'], suggestion: 'téléverser', note: 'Terme recommandé au Québec.' },
  { forms: ['printer', 'printe', 'printee'], suggestion: 'imprimer (imprimante)', note: 'Calque de « to print ».' },
  { forms: ['scanner', 'scanne', 'scannee', 'scannez'], suggestion: 'numériser', note: 'Pour un document, on dit « numériser ».' },
  { forms: ['follow-up', 'followup', 'follow up'], suggestion: 'suivi', note: 'Emprunt inutile.' },
  { forms: ['input', 'inputs'], suggestion: 'avis, commentaires, contribution', note: 'Emprunt inutile.' },
  { forms: ['timing'], suggestion: 'moment, calendrier', note: 'Emprunt inutile.' },
  { forms: ['brainstorm', 'brainstorming'], suggestion: 'remue-méninges', note: 'Terme français usuel.' },
  { forms: ['staff'], suggestion: 'personnel', note: 'Emprunt inutile.' },
  { forms: ['team'], suggestion: 'équipe', note: 'Emprunt inutile.' },
  { forms: ['boss'], suggestion: 'patron, supérieur', note: 'Emprunt familier.' },
  { forms: ['cash'], suggestion: 'comptant, argent', note: 'Emprunt familier.' },
  { forms: ['cheap'], suggestion: 'bon marché, mesquin', note: 'Emprunt familier.' },
  { forms: ['deal', 'deals'], suggestion: 'affaire, entente', note: 'Emprunt familier.' },
  { forms: ['flyer', 'flyers'], suggestion: 'dépliant, circulaire', note: 'Emprunt inutile.' },
  { forms: ['shift', 'shifts'], suggestion: 'quart de travail', note: 'Emprunt inutile.' },
  { forms: ['overtime'], suggestion: 'heures supplémentaires', note: 'Emprunt inutile.' },
  { forms: ['rush'], suggestion: 'période de pointe, course', note: 'Emprunt familier.' },
  { forms: ['spot', 'spots'], suggestion: 'endroit, place', note: 'Emprunt familier.' },
  { forms: ['break'], suggestion: 'pause', note: 'Emprunt inutile.' },
  { forms: ['show', 'shows'], suggestion: 'spectacle', note: 'Emprunt familier.' },
  { forms: ['tip', 'tips'], suggestion: 'conseil, astuce (pourboire)', note: 'Emprunt inutile.' },
  { forms: ['link', 'links'], suggestion: 'lien', note: 'Emprunt inutile.' },
  { forms: ['post', 'posts'], suggestion: 'publication (publier)', note: 'Sur les réseaux sociaux, on « publie » une « publication ».' },
  { forms: ['liker', 'like', 'likes', 'likez'], suggestion: 'aimer (mention J’aime)', note: 'Calque de « to like ».' },
  { forms: ['sharer', 'share', 'sharez', 'shares'], suggestion: 'partager', note: 'Calque de « to share ».' },
  { forms: ['podcast', 'podcasts'], suggestion: 'balado', note: 'Terme recommandé au Québec.' },
  { forms: ['newsletter', 'newsletters'], suggestion: 'infolettre', note: 'Terme recommandé au Québec.' },
  { forms: ['webinar', 'webinars'], suggestion: 'webinaire', note: 'Forme française reçue.' },
  { forms: ['smartphone', 'smartphones'], suggestion: 'téléphone intelligent', note: 'Terme recommandé au Québec.' },
  { forms: ['password', 'passwords'], suggestion: 'mot de passe', note: 'Emprunt inutile.' },
  { forms: ['login', 'log-in'], suggestion: 'connexion, identifiant', note: 'Emprunt inutile.' },
  { forms: ['username'], suggestion: 'nom d’utilisateur', note: 'Emprunt inutile.' },
  { forms: ['online'], suggestion: 'en ligne', note: 'Emprunt inutile.' },
  { forms: ['spam', 'spams'], suggestion: 'pourriel', note: 'Terme recommandé au Québec.' },
  { forms: ['chatter'], suggestion: 'clavarder', note: 'Terme recommandé au Québec.' },
  { forms: ['selfie', 'selfies'], suggestion: 'égoportrait', note: 'Terme recommandé au Québec.' },
  { forms: ['setup', 'set-up'], suggestion: 'installation, configuration', note: 'Emprunt inutile.' },
  { forms: ['background'], suggestion: 'contexte, arrière-plan', note: 'Emprunt inutile.' },
  { forms: ['feature', 'features'], suggestion: 'fonctionnalité', note: 'Emprunt inutile.' },
  { forms: ['refund'], suggestion: 'remboursement', note: 'Emprunt inutile.' },
  { forms: ['discount'], suggestion: 'rabais', note: 'Emprunt inutile.' },
  { forms: ['anyway', 'anyways'], suggestion: 'de toute façon', note: 'Emprunt familier.' },
  { forms: ['whatever'], suggestion: 'peu importe', note: 'Emprunt familier.' },
  { forms: ['by the way'], suggestion: 'au fait, en passant', note: 'Emprunt familier.' },
  { forms: ['kit', 'kits'], suggestion: 'trousse', note: 'Terme français usuel.' },
  { forms: ['pick-up', 'pickup'], suggestion: 'camionnette', note: 'Pour le véhicule, on dit « camionnette ».' },
  { forms: ['truck', 'trucks'], suggestion: 'camion', note: 'Emprunt familier.' },
  { forms: ['game', 'games'], suggestion: 'partie, match', note: 'Emprunt familier.' },
  { forms: ['coach', 'coachs', 'coaches'], suggestion: 'entraîneur', note: 'Emprunt inutile.' },
  { forms: ['drive-thru', 'drive-through'], suggestion: 'service au volant', note: 'Terme recommandé au Québec.' },
  { forms: ['take-out', 'takeout'], suggestion: 'pour emporter', note: 'Emprunt inutile.' },
  { forms: ['check-in'], suggestion: 'enregistrement, arrivée', note: 'Emprunt inutile.' },
  { forms: ['reminder', 'reminders'], suggestion: 'rappel', note: 'Emprunt inutile.' },
  { forms: ['focus', 'focusser', 'focuser'], suggestion: 'se concentrer (sur)', note: 'Emprunt inutile.' },
  { forms: ['challenge', 'challenges'], suggestion: 'défi', note: 'Emprunt inutile.' },
  { forms: ['bon matin'], suggestion: 'bonjour', note: 'Calque de « good morning ».' },
  { forms: ['prendre une marche'], suggestion: 'faire une promenade', note: 'Calque de « to take a walk ».' },
  { forms: ['a date'], suggestion: 'jusqu’à maintenant, jusqu’ici', note: 'Calque de « to date ».' },
  { forms: ['faire du sens', 'fait du sens'], suggestion: 'avoir du sens, être logique', note: 'Calque de « to make sense ».' },
  { forms: ['en charge de', 'en charge du', 'en charge des'], suggestion: 'responsable de', note: 'Calque de « in charge of ».' },
  { forms: ['appointement', 'appointements'], suggestion: 'rendez-vous', note: 'Faux ami : « appointements » désigne un salaire.' },
  { forms: ['switch'], suggestion: 'interrupteur', note: 'Emprunt familier.' },
  { forms: ['plug', 'plogue', 'ploguer'], suggestion: 'prise (brancher)', note: 'Emprunt familier.' },
  { forms: ['braker', 'brake', 'brakes'], suggestion: 'freiner (freins)', note: 'Emprunt familier.' },
  { forms: ['fucke', 'fuckee'], suggestion: 'brisé, déréglé', note: 'Emprunt familier et grossier.' },
  { forms: ['go'], suggestion: 'allez (allez les…!)', note: 'Encouragement emprunté à l’anglais (« Go les Forestiers! »).' },
  { forms: ['chill'], suggestion: 'détendu, calme', note: 'Emprunt familier.' },
  { forms: ['free'], suggestion: 'gratuit', note: 'Emprunt inutile.' },
  { forms: ['bumper', 'bumpers'], suggestion: 'pare-chocs', note: 'Emprunt familier.' },
  { forms: ['windshield'], suggestion: 'pare-brise', note: 'Emprunt familier.' },
  { forms: ['muffler'], suggestion: 'silencieux', note: 'Emprunt familier.' },
  { forms: ['flat'], suggestion: 'crevaison', note: 'Emprunt familier (pneu crevé).' },
  { forms: ['lift'], suggestion: 'covoiturage, « embarquer quelqu’un »', note: 'Emprunt familier.' },
  { forms: ['bill', 'bills'], suggestion: 'facture, addition', note: 'Emprunt familier.' },
];
