/**
 * Structural patterns of illegal-activity suggestions (data), run on the folded text (lower
 * case, no accents). Encouraging an illegal act takes two things: an act (dumping in the
 * ditch, burning during a ban, driving after drinks, working "au noir", damaging city
 * property, tampering with a meter or a hydrant…) and either advice ("faites comme moi", "le
 * truc c'est de", "vous avez juste à", an imperative) or an assurance of impunity ("personne va
 * vérifier", "ils voient rien", "cops never show up"). A described act alone is a report, not
 * encouragement.
 *
 * @example
 * ```ts
 * ILLEGAL_PATTERNS.some((p) => p.family === 'impunity' && p.re.test('personne va venir verifier')); //=> true
 * ```
 */
export interface IllegalPattern {
  readonly family: 'urge' | 'act' | 'advice' | 'impunity' | 'mischief';
  readonly weight: number;
  /** A global regex on the folded text. */
  readonly re: RegExp;
}

const p = (family: IllegalPattern['family'], weight: number, source: string): IllegalPattern => ({
  family,
  weight,
  re: new RegExp(source, 'gu'),
});

// City property and shared things people damage, move or steal.
const PROPERTY =
  '(?:survey stakes|stakes|piquets|cones?|panneaux|pancartes|affiches|signs?|dos d[\'’]?\\s?anes?|speed bumps?|barricades?|barrieres?|bacs?|lumieres|lampadaires|cameras?|bancs|poubelles|compteurs?|bornes?[-\\s]fontaines?|hydrants?|fleurs|arbres|jeux du parc|modules|parcometres?|parking meters?|horodateurs?)';
const DRUGS =
  '(?:pot(?! de (?:peinture|fleurs?|confiture|miel|creme|yogourt|terre))|weed|beuh|beu|bedo|cannabis|edibles|coke|cocaine|drogues?|pilules|speed|mush|crystal|meth|fentanyl|buvard|pills)\\b';
const FIRE = '\\b(?:fai[st]\\w*|faire|allum\\w*|part\\w*|having|light\\w*|start\\w*|burn\\w*|brul\\w*)\\s(?:[\\w\'’]+\\s){0,3}?(?:feu|feux|bonfire|campfire|fire|feu de camp|brush piles?|tas de branches|brush)\\b';
const DEFIANCE = '(?:pareil|quand meme|anyway|anyways|malgre|meme si|lol|en masse)\\b';
const DAMAGE_VERB =
  '(?:ramass|pull|drag|arrach|debranch|vol|piqu|arrach|devis|peintur|decriss|cass|bris|bru[lt]|crisse|calisse|garroch|scrap|sabot|pry|steal|remov|knock|smash|tag|vandalis)\\w*';

/** Illegal-activity patterns (data). */
export const ILLEGAL_PATTERNS: readonly IllegalPattern[] = [
  // urge: the words themselves push the act (first-person drug sales, "crève-lui un pneu")
  p('urge', 0.85, `\\b(?:je vends|jvends?|on vend|i sell|selling|i['’]?m selling|a vendre|for sale)\\b[^.!?\\n]{0,30}\\b${DRUGS}`),
  p('urge', 0.85, `\\b${DRUGS}[^.!?\\n]{0,40}\\b(?:a vendre|for sale|livraison|delivery|delivered|pas cher|cheap)\\b`),
  p('urge', 0.85, '\\bcrev(?:e|ez)[-\\s](?:lui|leur)\\b|\\b(?:mettez|mets|met|mettons)[-\\s](?:y|lui|leur) le feu\\b'),
  // act: dumping
  p('act', 0.5, '\\b(?:jet|pitch|criss|caliss|sacre|garroch|vid|dump|enterr|creus|bury|lanc|lach|laiss|mett|depos|abandonn|leav|throw|toss)\\w*(?:[-\\s]les|[-\\s]la|[-\\s]le)?\\s(?:[\\w\'’]+\\s){0,8}?(?:dans|au bord|sur le bord|le long|a cote|derriere|en arriere|in|by|behind|into)\\s(?:du |de la |des |le |la |les |the |a )?(?:fosse|fosses|riviere|fleuve|lac|bois|boise|boises|bout du champ|foret|ruisseau|champ|terrain vague|ruelle|cloture|depotoir|voie ferree|ditch|river|lake|woods|bush|creek|dump)\\b'),
  p('act', 0.45, '\\b(?:bord|rive|fond) (?:de la|du) (?:riviere|lac|rang|bois|ruisseau)\\b[^.!?\\n]{0,60}\\b(?:gratuit|gratis|free)\\b|\\b(?:payer|pay) (?:l[\'’]?\\s?ecocentre|le depotoir|the dump)\\b'),
  p('act', 0.5, '\\b(?:souffl|pellet|pouss|tass|sacr|crisse)\\w*\\s(?:votre|ta|la|vos|leur|sa|ma|mon|notre|your|the|my|our)\\s(?:neige|snow)\\s(?:dans|sur|au milieu de|in|on|onto)\\s(?:la|le|the)\\s(?:rue|chemin|route|trottoir|piste|chaussee|rang|street|road|sidewalk)\\b'),
  // act: fire and fireworks
  p('act', 0.45, `${FIRE}[^.!?\\n]{0,40}\\b${DEFIANCE}|\\b(?:fire ban|interdiction de feux?|interdiction|sopfeu)\\b[^.!?\\n]{0,60}${FIRE}`),
  p('act', 0.45, '\\b(?:brul|burn)\\w*\\s(?:[\\w\'’]+\\s){0,2}?(?:feuilles|branches|dechets|vidanges|pneus|plastiques?|garbage|trash|leaves|tires|brush)\\b'),
  p('act', 0.45, '\\bfeux? d[\'’]?\\s?artifices?\\b[^.!?\\n]{0,80}\\b(?:pas besoin de permis|sans permis|aux etats|dans ta cour|dans votre cour)\\b'),
  // act: drinking and driving
  p('act', 0.5, '\\b(?:bieres?|verres?|drinks?|beers?|shooters?|shots?|bouteilles?|caisses? de \\d+)\\b[^.!?\\n]{0,60}\\b(?:conduire|chauffer|drive|driving|prendre (?:le volant|vos chars|ton char|vos autos|la route)|prendrez vos chars|prendre vos chars)\\b|\\b(?:prendre|prendrez|prenez) (?:vos|ton|votre) (?:chars?|autos?|voitures?)\\b[^.!?\\n]{0,60}\\b(?:barrages?|police|alcootest)\\b'),
  // act: taxes, declarations, permits, fees
  p('act', 0.5, '\\b(?:au noir|cash sous la table|sous la table|under the table|sans facture|pas de facture|pas de taxes|sans taxes)\\b'),
  p('act', 0.5, '\\b(?:declarez rien|declare rien|declarez jamais|pas declarer|declarez pas|declare pas|ne declarez pas|ne pas declarer|don[\'’]?t declare|never declare|cachez)\\b'),
  p('act', 0.45, '\\b(?:sans|without|pas besoin de|pas besoin d[\'’]?\\s?une?|no need for a|don[\'’]?t need a)\\s(?:permis|bracelet|billets?|medailles?|licence|license|permit|dog tag|ticket)\\b|\\b(?:gardez vos \\d+\\s?\\$)'),
  p('act', 0.45, '\\b(?:don[\'’]?t (?:bother )?(?:pay|paying)|pas la peine de payer|payez pas|ne payez pas)\\b|\\bpermis[^.!?\\n]{0,40}\\bune fois sur deux\\b'),
  // act: sneaking in, trespassing, closures
  p('act', 0.5, '\\b(?:passez|passe|rentrez|rentre|entrez|entre|sneak|get in|climb)\\s(?:[\\w\'’]+\\s){0,4}?(?:par le trou|par[-\\s]dessus (?:la|le) (?:cloture|clotures|barriere|mur)|through the fence|over the fence|without (?:paying|a ticket))\\b|\\btrou dans la cloture\\b'),
  p('act', 0.5, '\\b(?:contourn\\w*|drive around|go around|passez a travers|passez par[-\\s]dessus|ignor\\w*)\\s(?:[\\w\'’]+\\s){0,2}?(?:barricades?|barrieres?|barriers?|detours?|cones|road closed|fermeture|the ban|l[\'’]?\\s?interdiction|the closure|le detour)\\b'),
  // act: damaging, moving or stealing city property
  p('act', 0.45, `\\b${DAMAGE_VERB}\\s(?:[\\w'’]+\\s){0,3}?${PROPERTY}\\b`),
  p('act', 0.45, `\\b${PROPERTY}\\b[^.!?\\n]{0,80}\\b(?:les|la|le|them|it)\\s${DAMAGE_VERB}`),
  p('act', 0.45, '\\bpeintur\\w*\\s(?:[\\w\'’]+\\s){0,3}?en \\d{2}\\b|\\bse devisse(?:nt)? (?:facilement|ben|tout seuls?)\\b|\\bpry bar\\b'),
  p('act', 0.5, '\\bcrev\\w*(?:[-\\s]lui|[-\\s]leur)?\\s(?:[\\w\'’]+\\s){0,2}?pneus?\\b|\\bslash (?:his|her|their|the) tires\\b'),
  // act: meters, hydrants, water
  p('act', 0.45, '\\b(?:compteurs?|water meters?|meters?)\\b[^.!?\\n]{0,80}\\b(?:don[\'’]?t answer|never book|ne repondez pas|repondez pas|refusez|ignorez|bookez jamais|ouvrez pas)\\b'),
  p('act', 0.5, '\\b(?:torch|burn down|firebomb|mettre le feu|mettez le feu|met le feu|set fire to|incendier)\\b'),
  p('act', 0.5, '\\b(?:debranch|contourn|devis|bypass|trafiqu|bloqu|coup)\\w*\\s(?:[\\w\'’]+\\s){0,4}?(?:compteurs?|meters?)\\b|\\bcompteurs?\\b[^.!?\\n]{0,60}\\b(?:coup de pince|pince|tu te branches|branchez[-\\s]vous avant|contournez)\\b'),
  p('act', 0.45, '\\b(?:ouvr|rempl|branch|utilis|fill|open|use)\\w*\\s(?:[\\w\'’]+\\s){0,6}?(?:bornes?[-\\s]fontaines?|hydrants?)\\b|\\b(?:bornes?[-\\s]fontaines?|hydrants?)\\b[^.!?\\n]{0,30}\\b(?:la nuit|at night|c[\'’]?\\s?est gratis|c[\'’]?\\s?est gratuit)\\b'),
  p('act', 0.45, '\\b(?:servez[-\\s]vous|vous servir|me servir|help yourselves?)\\b[^.!?\\n]{0,60}\\b(?:dans|from|in)\\s(?:le|les|la|the)\\s(?:bacs?|reservoir|cabanon|garage|cour|bins?|piles?|sacs?|stock|reserve)\\b'),
  p('act', 0.5, '\\b(?:mett|jet|lanc|garroch|sem|put|throw|scatter|sprinkl)\\w*\\s(?:des |du |de la |some )?(?:roches|pierres|sable|clous|vis|peinture|sucre|rocks|nails|sugar)\\s(?:[\\w\'’]+\\s){0,3}?(?:dans|sur|in|into|on)\\s(?:les|le|la|leurs?|their|the)\\s'),
  // act: parking, vehicles where forbidden
  p('act', 0.45, '\\b(?:stationn\\w*|park\\w*)(?:-vous|-toi)?\\s(?:[\\w\'’]+\\s){0,4}?(?:places? (?:pour |de |reservees? aux )?handicapes|handicap\\w*|accessible spots?|borne[-\\s]fontaine|hydrant|fire lane|voie (?:reservee aux )?pompiers|voie d[\'’]?\\s?urgence|no parking|zone de remorquage)\\b'),
  p('act', 0.45, '\\b(?:vtt|4 roues|quatre roues|motoneiges?|skidoo|dirt bikes?|atv|pitbike)\\b[^.!?\\n]{0,60}\\b(?:parc|piste cyclable|trottoir|bike path|park|sentier pedestre|terrain de soccer)\\b|\\b(?:piste cyclable|bike path|parc|park|trottoir|sidewalk)\\b[^.!?\\n]{0,40}\\b(?:vtt|motoneiges?|atv|skidoo|4 roues)\\b'),
  // act: speeding and running lights
  p('act', 0.45, '\\b(?:roul\\w*|fai[st]\\w* du|chauff\\w*|drive|driving|go|going|pesez)\\s(?:a |at |sur )?(?:\\d{2,3})\\s?(?:km|kmh|km\\/h|mph)?\\b[^.!?\\n]{0,40}\\b(?:zone scolaire|school zone|en ville|dans le parc|residentiel|rue|street|30|40|50)\\b|\\b(?:brul\\w*|pass\\w* sur|run|running|skip)\\s(?:les |la |le |the )?(?:stops?|rouges?|feux rouges|red lights?|stop signs?)\\b'),
  // act: weapons, drugs, minors and alcohol
  p('act', 0.5, '\\b(?:tir\\w*|shoot\\w*)\\s(?:[\\w\'’]+\\s){0,3}?(?:corneilles|goelands|mouettes|chats|pigeons|ecureuils|canards|crows|gulls|birds|cats|squirrels|pigeons)\\b|\\bj[\'’]?\\s?ai une (?:22|carabine|12)\\b'),
  p('act', 0.5, '\\b(?:vend\\w*|selling|sell|livr\\w*|pousser|grow\\w*|cultiv\\w*|deal\\w*)\\s(?:[\\w\'’]+\\s){0,2}?(?:pot|weed|cannabis|edibles|coke|cocaine|drogue|drogues|pilules|speed|mush|crystal|meth|fentanyl|buvard|pills)\\b'),
  p('act', 0.45, '\\b(?:ados|mineurs|jeunes de \\d+ ans|kids|teens|underage|minors)\\b[^.!?\\n]{0,80}\\b(?:bieres?|alcool|booze|beers?|saq|vodka)\\b'),
  // advice and encouragement
  p('advice', 0.4, '\\bc[\'’]?\\s?est (?:correct|ok|okay|pas grave|pas dangereux|permis|fine|safe) (?:pour|de|d[\'’])|\\b(?:vous pouvez|tu peux|you can) (?:[\\w\'’]+\\s){0,2}?(?:laisser|jeter|mettre|prendre|faire|passer|leave|dump|take|park)\\b|\\bit[\'’]?s (?:fine|ok) to\\b'),
  p('advice', 0.4, '(?:^|[.!?,;:]\\s{0,3})(?:tu|t[\'’])\\s?(?:paies|payes|fais|prends|mets|passes|jettes|brules|vas|achetes|caches|declares pas|roules|stationnes)\\b'),
  p('advice', 0.4, '\\b(?:tu|t[\'’])\\s?(?:les?|la|en|l[\'’])\\s?(?:petes|pete|brules|jettes|achetes|mets|caches|laisses|crisses|garroches|branches)\\b'),
  p('advice', 0.45, '\\b(?:faites|fais|faite) comme moi\\b|\\bdo (?:like|what) (?:me|i do)\\b|\\btruc de pro\\b|\\ble truc c[\'’]?\\s?est (?:de|d[\'’])|\\bmon truc\\b|\\bpetit truc\\b|\\btruc de\\b|\\bpetit conseil\\b|\\bdo what the\\b|\\bconseil d[\'’]?\\s?ami\\b|\\bpro tip\\b|\\beasy fix\\b|\\blife hack\\b'),
  p('advice', 0.45, '\\b(?:on a|vous avez|t[\'’]?\\s?as|tu as|vous n[\'’]?\\s?avez qu[\'’]?\\s?a|y[\'’]?\\s?a|t[\'’]?\\s?a) juste (?:a|d[\'’])|\\b(?:il )?suffit de\\b|\\bjust (?:drive|drag|move|go|take|dump|park|leave|use|ignore|don[\'’]?t|put|throw|burn|fill|open|skip|water|push|blow)\\b|\\bdon[\'’]?t bother\\b'),
  p('advice', 0.45, '\\b(?:on|vous|tu|quelqu[\'’]?\\s?un|someone|somebody|y[\'’]?\\s?a quelqu[\'’]?\\s?un qui|le monde|les gens|people|everyone|everybody) (?:devrait|devraient|devriez|devrais|should|oughta|ought to)\\b|\\bc[\'’]?\\s?est le (?:temps|moment) de\\b|\\ballez[-\\s]y\\b|\\bvas[-\\s]y\\b|\\bgo ahead\\b|\\bcome by\\b'),
  p('advice', 0.45, '\\bsi (?:vous voulez|tu veux|t[\'’]?\\s?as pas envie|vous avez pas envie|vous voulez pas)\\b|\\bpour (?:rentrer|entrer|eviter de payer|pas payer|sauver)\\b|\\bmoi je (?:fais|passe|tire|prends|laisse|jette|brule|mets|vais|tasse)\\b|\\bi(?:[\'’]m| am) having\\b|\\bles (?:enfants|jeunes|gars|filles|ados)\\b,'),
  p('advice', 0.4, '(?:^|[.!?,;:]\\s{0,3}|\\bpis\\s|\\bet\\s|\\bmais\\s)(?:(?:just|juste) )?(?:faites|allez|prenez|mettez|soufflez|brulez|semez|arrosez|tassez|payez|ouvrez|construisez|stationnez|passez|jetez|laissez|videz|servez|achetez|vendez|ramassez|arrachez|enlevez|crevez|volez|cassez|tirez|buvez|conduisez|chauffez|roulez|garrochez|crissez|sacrez|debranchez|branchez|devissez|coupez|rentrez|entrez|contournez|ignorez|bloquez|peinturez|remplissez|utilisez|gardez|cachez|amenez|apportez|pitchez|brisez|lancez|dompez|scrapez|defoncez|creusez|enterrez|chassez|allumez|light|bury|spray|campez|drive|dump|park|burn|take|leave|throw|bring)\\b'),
  // A plan to do it "ourselves" where the city will not ("on va l'arroser nous-mêmes la nuit").
  p('advice', 0.4, '\\bon va (?:[\\w\'’]+\\s){1,3}?nous[-\\s]memes\\b|\\bwe(?:[\\w\'’]*)? (?:[\\w\'’]+\\s){1,3}?ourselves\\b'),
  p('advice', 0.4, '(?:^|[.!?,;:]\\s{0,3})(?:va|allez) (?:les|la|le|vous|te)\\s'),
  // Someone else's dumpster (behind a church, a school, a store), beer in the stands, hydrants used
  // to flood a rink, bets taken for money.
  p('act', 0.45, '\\b(?:dans|in) (?:le|les|the) (?:conteneurs?|containers?|dumpsters?)\\s(?:(?:en arriere|derriere|behind|at)\\s)?(?:de |du |des |d[\'’]\\s?|of )?(?:l[\'’]\\s?|la |le |les |the )?(?:eglise|ecole|epicerie|church|school|store|commerce|resto|restaurant|arena|iga|metro|provigo|voisins?|neighbou?rs?)\\b'),
  p('act', 0.4, '\\b(?:bieres?|caisses? de (?:bieres?|24)|alcool|booze|beers?|cases? of beer|flasks?)\\b[^.!?\\n]{0,30}\\b(?:dans les estrades|dans l[\'’]\\s?arena|in the stands|in the arena|in the bleachers)\\b'),
  p('act', 0.45, '\\barros\\w*\\s(?:[\\w\'’-]+\\s){0,6}?avec (?:la |les )?bornes?[-\\s]fontaines?\\b'),
  p('urge', 0.75, '\\b(?:je prends|j[\'’]?\\s?prends|i[\'’]?m taking|i take)\\s(?:les |des |vos |your )?(?:gageures|paris|bets)\\b[^.!?\\n]{0,60}\\b(?:\\d+ ?\\$|\\$ ?\\d+|interac|cash|comptant)'),
  // Tree spiking; sugar that "pourrait se retrouver" in the tanks; burns on the crosswalk; tyres
  // slashed "on crèvera"; "quelqu'un va aller le décrocher".
  p('urge', 0.8, '\\bspike the trees\\b|\\btree spiking\\b|\\bdes clous dans (?:les|chaque) (?:arbres?|troncs?)\\b|\\bnails in (?:every|each|the) trunks?\\b|\\bsucre\\b[^.!?\\n]{0,40}\\bdans les reservoirs\\b|\\bfaire des burns? (?:dessus|sur)\\b|\\bon (?:va|ira) crever les pneus\\b|\\bon crevera les pneus\\b|\\bquelqu[\'’]?\\s?un (?:va|devrait) (?:aller )?(?:le |la |les )?(?:decrocher|voler|arracher|partir avec)\\b'),
  // "Someone should just torch the equipment": a call for someone to do it.
  p('urge', 0.8, '\\bsomeone should (?:just )?(?:torch|burn|smash|sabotage|trash|wreck|blow up)\\b|\\bquelqu[\'’]?\\s?un devrait (?:mettre le feu|bruler|saboter|casser|briser|crisser le feu)\\b'),
  // Blocking the garage, sabotage, garbage at someone's door.
  p('urge', 0.75, '\\b(?:on bloque|bloquez|bloquons|on (?:va|ira) bloquer|let[\'’]?s block|block)\\s(?:l[\'’]\\s?entree|la sortie|la rue|le garage|les camions|the (?:entrance|gate|garage|trucks))\\b|\\bsucres? dans (?:les|le|leurs?) (?:reservoirs?|tanks?)\\b|\\bsugar in (?:the|their) (?:gas )?tanks?\\b'),
  p('act', 0.5, '\\b(?:sacs? de vidanges|vidanges|ordures|poubelles|garbage|trash)\\b[^.!?\\n]{0,30}\\b(?:devant chez|sur le terrain (?:de|du|a)|dans l[\'’]\\s?entree (?:de|du|a)|on the lawn of|in front of (?:the mayor|his|her))'),
  // Hunting: at night with a light, out of season, from the road; trespassing with an ATV.
  p('act', 0.5, '\\bchass\\w*\\s(?:a la lumiere|au spot|avec (?:une|des|la) lumieres?|with a (?:spot)?light)\\b|\\bjacklight\\w*|\\bchass\\w* en (?:mai|juin|juillet|aout)\\b|\\bpas besoin d[\'’]?\\s?attendre l[\'’]?\\s?ouverture\\b|\\bhors saison\\b|\\bout of season\\b|\\b(?:cages|casiers|filets|traps|nets)\\b[^.!?\\n]{0,30}\\bavant l[\'’]?\\s?ouverture\\b|\\bno permit,? no paperwork\\b|\\btir\\w*(?:-les|-le|-la)?\\s(?:[\\w\'’.]+\\s){0,4}?(?:du chemin|de la route|du char|du pick-?up|from the road|from the truck)\\b'),
  p('act', 0.45, '\\b(?:passez|passer|allez|coupez)\\s(?:[\\w\'’]+\\s){0,3}?(?:dans le champ|sur le terrain|dans la cour|through the field)\\s(?:a|de|du|chez|of)\\b'),
  p('impunity', 0.55, '\\b(?:y|il|elle|ils|personne|nobody)\\s(?:s[\'’]?\\s?en\\s)?rendra (?:meme )?pas compte\\b|\\bwon[\'’]?t even notice\\b|\\bpas de trouble\\b|\\bno trouble\\b|\\b(?:ils|they) (?:remorquent|towent) (?:jamais|pas)\\b|\\bthey never tow\\b|\\b(?:ils|they) (?:donnent|donne|give) (?:jamais|pas|never) (?:de )?tickets?\\b|\\b(?:le chauffeur|les chauffeurs|the driver|personne)\\s(?:ne\\s)?(?:verifie|checke|checks?)\\s(?:jamais|pas|never)\\b|\\baucun trouble\\b|\\bles barrages sont (?:juste|seulement)\\b|\\bcan[\'’]?t prove (?:a thing|anything)\\b|\\bpeu(?:t|vent) rien prouver\\b|\\b(?:les patrouilles|la patrouille|les gardes?|the patrols?) (?:passent|passe|viennent|vient|come) (?:jamais|pas|never)\\b|\\bpersonne (?:ne )?se fait (?:pogner|prendre)\\b|\\bnobody gets caught\\b|\\b(?:dfo|les peches|pêches) (?:will never know|le saura jamais)\\b'),
  // Fare evasion, spray paint on city property, driving home drunk "comme une botte".
  p('act', 0.5, '\\bembarquez par (?:la porte d[\'’]?\\s?en arriere|l[\'’]?\\s?arriere)\\b|\\bsans payer (?:ta|votre|le) (?:passe|billet|passage)\\b|\\bskip (?:the|your) fare\\b|\\b(?:revenu|rentre|conduit|chauffe|parti)\\w*\\s(?:[\\w\'’]+\\s){0,2}?(?:chaud|saoul|soul|paquete)s?(?:\\s(?:comme une botte|comme un cochon|aux as|raide))?\\b'),
  p('urge', 0.75, '\\bun peu de (?:peinture en aerosol|spray paint)\\s(?:sur|on)\\s(?:les|le|la|the)\\b'),
  // A road barrier moved aside ("la barrière sur la 111, on la tasse pis on passe").
  p('urge', 0.75, '\\b(?:barrieres?|barricades?|barrage)\\b[^.!?\\n]{0,30}\\b(?:on la tasse|on les tasse|tassez[-\\s]la|tassez[-\\s]les|just move it|move it aside|go around it)\\b'),
  // Asking where to get street drugs ("où choper de la beuh").
  p('urge', 0.75, '\\b(?:ou|where)\\b[^.!?\\n]{0,30}\\b(?:choper|pogner|scorer|score|trouver|find)\\s(?:du |de la |de |des |some )?(?:beuh|beu|bedo|weed|coke|cocaine|speed|mush|crystal|meth|pills|pilules)\\b'),
  // Driving home drunk ("rentrer chauds"), squatting, an illegal eviction, an unpermitted rental.
  p('act', 0.5, '\\b(?:rentrer|conduire|chauffer|driver|revenir|drive home|driving home)\\s(?:chauds?|chaudes?|saouls?|souls?|paquetes?|drunk|buzzed|wasted)\\b'),
  p('urge', 0.75, '\\bsquatt?ez\\b|\\bsquat (?:it|them|the)\\b|(?:^|[.!?,;:]\\s{0,3}|\\bpis\\s)change(?:z)? les serrures\\b|\\b(?:payez|paye|pay) (?:juste )?pas (?:votre|ton|ta|your) loyer\\b|\\bdon[\'’]?t pay (?:your|the) rent\\b'),
  p('act', 0.45, '\\b(?:run|operate|rent|louer|loue|louez|opere)\\w*\\s(?:[\\w\'’]+\\s){0,3}?(?:airbnb|chalet|logement|appart\\w*)\\s(?:[\\w\'’]+\\s){0,2}?(?:without (?:a |the )?permit|sans (?:permis|enregistrement|numero citq))\\b'),
  p('impunity', 0.55, '\\b(?:they|ils|la ville|the city|personne|nobody)(?:[\'’]?ll| will| vont| va)? (?:never|jamais) (?:catch|pogner|attraper|te pogner|vous pogner|find out)\\b|\\bpersonne (?:ne )?le (?:sait|saura)\\b|\\bthey (?:never|don[\'’]?t) (?:ticket|give (?:out )?tickets|fine)\\b|\\b(?:la sopfeu|les pompiers|la police|la sq|l[\'’]\\s?inspecteur|la ville|ils) (?:(?:va|vont) (?:pas|jamais) (?:checker|verifier|venir|voir|passer)|(?:viendra|viendront|passera|passeront) (?:pas|jamais))\\b|\\bca passe partout\\b'),
  // Forged proof of vaccination.
  p('urge', 0.7, '\\b(?:fake|fausses?) (?:vaccine|vaccination|covid) (?:cards?|passports?|certificates?|records?)\\b|\\bfausses? preuves? (?:de vaccination|vaccinales?)\\b|\\b(?:peut|peux|pourrait|can) (?:vous|te|you) (?:arranger|fabriquer|get|make) (?:une|un|des|a) (?:preuves?|passeports?|proof|cards?) (?:de vaccination|vaccinal|of vaccination)\\b'),
  p('act', 0.5, '\\b(?:pas saoule?s?|pas soule?s?|not drunk)\\s(?:apres|after)\\s\\d+\\s(?:bieres|beers|verres|drinks|bieres)\\b'),
  // impunity
  p('impunity', 0.55, '\\bjamais de (?:controles?|verifications?)\\b|\\b(?:les gardiens|les surveillants|la securite|les agents|les employes|les preposes|les sauveteurs|the guards|security|staff) (?:ne )?(?:disent|dit|diront|say|says) (?:jamais )?(?:rien|nothing)\\b|\\bnever say (?:a word|anything)\\b'),
  p('impunity', 0.55, '\\bpersonne (?:ne )?(?:va|vont|vient|viennent) (?:rien |jamais )?(?:voir|venir|verifier|savoir|checker|remarquer|s[\'’]?\\s?en (?:apercevoir|rendre compte)|le savoir|rien dire|dire quoi que ce soit)\\b|\\bpersonne (?:ne )?(?:viendra|verra|te verra|vous verra)\\b|\\bpersonne (?:te|vous|nous|me) (?:voi[tr]|verra|pogne)\\b|\\b(?:ils|elles|la ville|les inspecteurs|les agents) (?:voient|verront|verra|remarquent) (?:rien|pas)\\b|\\bils voient rien\\b'),
  p('impunity', 0.55, '\\b(?:ils ont|la ville a|la police a|les agents ont) (?:jamais|pas) le temps de (?:verifier|checker|venir)\\b|\\b(?:la police|les polices|la sq|les boeufs|l[\'’]?\\s?inspecteur|les agents(?: de (?:la faune|conservation))?|les gardes?[-\\s]chasse|les inspecteurs|les pompiers) (?:a|ont|fait|font|viennent|vient|passent|passe|donnent|donne)\\s(?:jamais|d[\'’]?\\s?autres (?:choses|chats|chiens|priorites)|pas)\\b|\\bjamais de (?:barrages?|police|ticket|contraventions?)\\b'),
  p('impunity', 0.55, '\\b(?:y[\'’]?\\s?a|il y a) jamais personne (?:la|ici|le soir|la nuit|la fin de semaine|le dimanche)\\b|\\b(?:y[\'’]?\\s?a|il y a) (?:jamais|pas) personne qui (?:donne|verifie|check\\w*|surveille)\\b|\\bca (?:parait|se voit) pas\\b|\\bca paraitra pas\\b|\\b(?:les cameras|la camera)\\b[^.!?\\n]{0,30}\\b(?:sont|est) (?:fausses?|fake|brisees?|pas branchees?)\\b|\\bla porte ferme (?:meme )?pas\\b|\\bjuste pour la forme\\b|\\bdemandez pardon apres\\b|\\bni vu ni connu\\b'),
  p('impunity', 0.55, '\\b(?:nobody|no one|personne) (?:tickets|gives tickets|donne de tickets?)\\b|\\b(?:les cops|la police|les flics|the cops|cops|police)\\s(?:viennent|vient|passent|passe|come|show up)\\s(?:jamais|pas|never)\\b'),
  p('impunity', 0.55, '\\b(?:cops|police|bylaw|nobody|no one|they)(?:[\'’]s| is| are| will| do| does)? ?(?:never|not|n[\'’]?t|won[\'’]?t|can[\'’]?t|don[\'’]?t) ?(?:show up|check|notice|know|working|come|enforce|force you|catch you|see)\\b|\\bnobody[\'’]?s (?:working|watching|checking)\\b|\\b(?:nobody|no one|personne) (?:checks|cares|watches|enforces|verifie|checke|surveille|controle)\\b|\\bthey[\'’]?ll never know\\b'),
  p('impunity', 0.5, '\\bles pompiers sont occupes\\b|\\bpersonne (?:va )?(?:venir )?verifier\\b|\\bca marche a tout coup\\b|\\bpersonne (?:va )?s[\'’]?\\s?en rendre compte\\b|\\bpas vu pas pris\\b'),
  // mischief markers: at night, as a prank
  p('mischief', 0.25, '\\b(?:une nuit|la nuit|le soir|at night|at \\d am|a \\d h du matin|juste de meme|en cachette|discretement|discrete|some dark night|one dark night|une bonne nuit)\\b|[😉😏🤫😎]'),
  // Paying or working without a receipt to skip the taxes.
  p('act', 0.6, '\\b(?:cash|comptant|en argent)\\b[^.!?\\n]{0,40}?\\b(?:no receipt|no tax|pas de (?:facture|recu|taxes?)|sans (?:facture|recu|taxes?))\\b'),
  // Driving after drinks, said as a plan.
  p('act', 0.6, '\\b(?:beers?|bieres?|drinks?|verres?|flasks?|shots?|caisse de 24|un 24)\\b[^.!?\\n]{0,60}?\\b(?:drive|driving|chauff\\w*|conduire|conduis\\w*|prendre le volant|rentrer en char|rentrer en auto)\\b'),
  // Graffiti and off-road vehicles where they are forbidden.
  p('act', 0.6, '\\b(?:peintur\\w*|paint\\w*|spray\\w*|tagu\\w*)\\s(?:des |some )?graffitis?\\b|\\bgraffitis?\\s(?:sur|on)\\b'),
  p('act', 0.5, '\\b(?:skidoos?|motoneiges?|4 roues|vtt|quads?|atvs?|dirt ?bikes?)\\b[^.!?\\n]{0,40}?\\b(?:piste|parc|trottoir|sentier|bike path|park|sidewalk)\\b'),
  // Defying a ban on purpose.
  p('urge', 0.8, '\\b(?:fire ban|interdiction (?:de|des) feux?|interdiction d arrosage|watering ban)\\s(?:or not|ou pas|ou non)\\b'),
  // Advice and assurances of impunity in other words.
  p('advice', 0.5, '\\bpro tip\\b|\\b(?:everybody|everyone) does it\\b|\\btout le monde (?:le )?fait\\b|\\bon devrait (?:toute |tous |tout )?(?:aller|faire)\\b|\\b(?:faites|fais)[-\\s]le (?:de|la) nuit\\b|\\bdo it at night\\b'),
  p('impunity', 0.6, '\\b(?:patrouill\\w*|patrol\\w*)\\s(?:jamais|pas|never|there|ici)\\b|\\bnever patrol\\w*\\b|\\bpas (?:de|meme de|meme pas de) cam[eé]ras?\\b|\\bno cameras?\\b|\\bcops never\\b'),
  // Not paying one's taxes, said as a plan or a boast.
  p('act', 0.6, '\\b(?:paye|paie|payer|payez|pay)\\s(?:pas|jamais|plus|never|no)\\s(?:mes |ses |vos |nos |leurs |les |my |your )?(?:taxes|impots|comptes? de taxes|property tax\\w*)\\b'),
  // Dumping at the end of a road, in the woods or the ditch; tampering with a water meter.
  p('act', 0.6, '\\b(?:laisse|laissez|jette|jetez|dompe|dompez|crisse|sacre|garroche)\\w*\\s(?:[\\w\'’]+\\s){0,3}?(?:au bout du (?:chemin|rang)|dans le bois|dans le fosse|dans la riviere|dans le fleuve|dans le lac|au depotoir sauvage)\\b'),
  p('act', 0.6, '\\baimant\\b[^.!?\\n]{0,60}?\\bcompteur|\\bcompteur[^.!?\\n]{0,80}?\\baimant\\b|\\bralenti\\w* (?:le )?compteur\\b'),
  p('act', 0.5, '\\b(?:sleds?|snowmobiles?)\\b[^.!?\\n]{0,40}?\\b(?:bike path|closed|park|trail)\\b'),
  p('urge', 0.7, '\\bsans timbre\\b'),
  // Barricades not guarded, a way around them; inflating a claim; taking what an evacuee left behind.
  p('impunity', 0.55, '\\b(?:sont|est) (?:pas|jamais) (?:gardee?s?|surveillee?s?)\\b|\\b(?:aren[\'’]?t|isn[\'’]?t|not) (?:guarded|watched|monitored)\\b|\\b(?:verifie|verifient|checke|checkent) (?:rien|pas)\\b|\\bpersonne (?:compte|calcule)\\b|\\ben (?:aura|auront) (?:pas|pu|plus) besoin\\b|\\bwon[\'’]?t need (?:it|them)\\b'),
  p('act', 0.5, '\\b(?:barricades?|barrieres?|barriers?|road closed|route fermee|chemin ferme)\\b[^.!?\\n]{0,80}?\\b(?:passez|passe|pass|go|drive|ca passe)\\b'),
  p('act', 0.5, '\\b(?:gonfl\\w*|inflate\\w*|pad)\\s(?:[\\w\'’]+\\s){0,3}?(?:la |les |ta |votre |vos |the |your )?(?:factures?|reclamations?|claims?|estimations?|dommages)\\b'),
  p('act', 0.5, '\\b(?:allez|va|go)\\s(?:prendre|chercher|voler|grab|take)\\b[^.!?\\n]{0,60}?\\b(?:dans (?:sa|leur) cour|chez (?:eux|lui|elle|les voisins)|in (?:their|his|her) (?:yard|garage|shed))\\b'),
  p('urge', 0.8, '\\bshoot first\\b|\\btirez (?:en premier|d[\'’]\\s?abord)\\b'),
  p('act', 0.45, `\\b(?:tassez|je tasse|on tasse)\\s(?:les |des |vos )?${PROPERTY}\\b`),
  p('act', 0.5, '\\b(?:les|la|le)\\s(?:arracher|casser|decrisser|scrapper|briser|enlever|voler|debrancher)\\b[^.!?\\n]{0,30}?\\b(?:une nuit|la nuit|de nuit|at night)\\b'),
  // Driving after drinks said the other way round, snow sent back to the street, a plate hidden
  // under slush, a permit or licence skipped, a trailer backed up to the river.
  p('act', 0.6, '\\bprendre (?:le|ton|son|vos|votre) (?:char|auto|volant|truck)\\b[^.!?\\n]{0,40}?\\b(?:apres|after)\\b[^.!?\\n]{0,30}?\\b(?:bieres?|beers?|verres?|drinks?|caisse)\\b|\\b(?:meme |even )?(?:apres|after) (?:une caisse|un 24|a case)\\b'),
  p('act', 0.5, '\\b(?:renvoie|renvoyer|renvoyez|repousse|repoussez)\\w*\\s(?:[\\w\'’]+\\s){0,3}?dans la rue\\b|\\b(?:slush|neige|boue|mud|snow) (?:sur|on) (?:ta|votre|your|the) (?:plaque|plate)\\b'),
  p('act', 0.5, '\\b(?:oubliez|oublie|forget|skip) (?:le|les|votre|ton|the|your) (?:permis|licence|license|permit)\\b|\\bpourquoi payer (?:la|le|les|une) (?:licence|permis|taxe|medaille)\\b|\\bpayez (?:juste )?pas (?:le|vos|votre|ton) (?:\\w+ )?versement\\b'),
  p('act', 0.5, '\\bback (?:the|your) trailer up to the (?:river|lake|creek)\\b|\\bfree dump\\b'),
  p('impunity', 0.55, '\\bla police (?:va etre|sera|est) (?:toute |tous )?(?:au|a la|occupee)\\b|\\b(?:y|ils) (?:peuvent|pourront) rien faire\\b|\\bla sopfeu (?:voit|voient|verra) rien\\b|\\b(?:y|ils)[\'’]?\\s?ont jamais verifie\\b|\\bje vous ai rien dit\\b'),
  // Buying votes.
  p('urge', 0.8, '\\b(?:paye|paie|payer|offre|pay|buy)\\w*\\b[^.!?\\n]{0,40}?\\b(?:a tous ceux|tous ceux|everyone|anyone) (?:qui votent|qui vote|who votes?)\\b|\\bphoto de (?:votre|ton|leur) bulletin\\b|\\bphoto of your ballot\\b'),
  // Driving on the sidewalk, tampering that "comes off easily", a night drive home after beers.
  p('act', 0.5, '\\bdrive (?:up )?on the sidewalk\\b|\\b(?:roule[rz]?|passe[rz]?|montez) sur le trottoir\\b|\\bse (?:debranch|devis|decroch|enlev|ouvr)\\w* (?:facilement|ben|tout seule?s?)\\b'),
  p('act', 0.5, '(?:🍻|🍺)[^\\n]{0,80}?\\b(?:redescend\\w*|rentr\\w*|revien\\w*) en (?:char|auto|truck|pick-?up)\\b|\\b(?:redescend\\w*|rentr\\w*) en (?:char|auto) (?:apres|after) (?:le feu|le party|la fete|le show)\\b'),
  // Nobody there to stop you, nobody watching.
  p('impunity', 0.55, '\\b(?:nobody|no one)(?:[\'’]s| is)?(?: there| around)? to stop (?:you|us)\\b|\\b(?:les preposes|les agents|les inspecteurs|les cols bleus|ils) (?:regardent|checkent|verifient) (?:jamais|pas|rien)\\b|\\bpersonne (?:n[\'’]?\\s?)?en saura (?:rien|jamais)\\b|\\bpersonne (?:qui )?(?:surveille|verifie|checke?|watch|patrouille|travaille)\\b|\\b(?:sq|police|cops|the police)(?: is| are)? never (?:on|around|there|out)\\b|\\b(?:le |la )?(?:saura|sauront) jamais\\b|\\b(?:est|sont) (?:jamais|pas) barree?s?\\b|\\bpersonne pour (?:t|vous|nous)[\'’]?\\s?arreter\\b'),
  // Climbing over a fence into a closed place.
  p('act', 0.5, '\\b(?:saut|sauter|sautez|jump|escalad|grimp|climb|hop)\\w*\\s(?:par[-\\s]dessus\\s|over\\s)?(?:la|les|the|a)\\s(?:clotures?|fences?|barrieres?|gates?)\\b'),
  // Hunting at night or out of season, where a game warden would not see.
  p('act', 0.5, '\\b(?:chevreuils?|orignal|orignaux|deer|moose|gibier)\\b[^.!?\\n]{0,60}?\\b(?:la nuit|de nuit|at night|hors saison|out of season|sans permis|jack\\w*)\\b|\\b(?:la nuit|de nuit|at night)\\b[^.!?\\n]{0,60}?\\b(?:chevreuils?|orignal|orignaux|deer|moose)\\b'),
  // Alcohol bought for minors.
  p('urge', 0.7, '\\b(?:acheter|buy)\\w*\\s(?:de la |de l[\'’]\\s?|du |des |some |us |me )?(?:bieres?|alcool|booze|beers?|vodka|fort)\\b[^\\n]{0,80}?\\b(?:1[0-7] ans|(?:we|i)[\'’]?(?:re| are|m| am) 1[0-7])\\b'),

  p('impunity', 0.55, '\\bpersonne (?:ne )?(?:verifie|regarde|voit|surveille)\\b|\\bpersonne a rien vu\\b|\\b(?:est|sont) couche(?:e|s|es)?\\b'),
  p('impunity', 0.55, '\\bpersonne va (?:jamais )?savoir\\b|\\bno one will (?:ever )?know\\b|\\bnobody will (?:ever )?know\\b'),
  p('advice', 0.5, '\\bfaites pareil\\b|\\bdo the same\\b|\\bfree entry\\b'),
  p('act', 0.6, '\\bvignette (?:handicap\\w*|pour personnes? handicap\\w*) de (?:ma|mon) (?:defunte?|mere|pere)\\b|\\b(?:back )?fence\\b[^.!?\\n]{0,40}?\\b(?:midnight swims?|after hours|at night)\\b'),
  // Snow pushed into the street, cones "borrowed", a scooter in the bike path, a plate taken off.
  p('urge', 0.8, '\\b(?:pelletez|soufflez|poussez|tassez|crissez)\\s(?:votre|vos|ta|tes|la|le|les)\\s(?:entree|entrees|neige|cour|stationnement|banc de neige)\\s(?:[\\w\'’]+\\s){0,2}?dans la rue\\b|\\b(?:push|blow|shovel) (?:your|the) (?:snow|driveway) (?:[\\w\'’]+\\s){0,2}?(?:into|onto|in) the street\\b'),
  p('act', 0.5, '\\bcones?\\b[^.!?\\n]{0,60}?\\bemprunt\\w*|\\bemprunt\\w*\\s(?:les |des )?cones?\\b'),
  p('advice', 0.4, '\\bservez[-\\s]vous\\b|\\bhelp yourselves?\\b'),
  p('act', 0.5, '\\bpistes? (?:cyclables?)?\\b[^.!?\\n]{0,50}?\\ben (?:scooter|moto|motocross|char|auto|vtt|4 roues)\\b|\\ben (?:scooter|moto|vtt|4 roues)\\b[^.!?\\n]{0,50}?\\bpistes? cyclables?\\b'),
  p('act', 0.5, '\\b(?:enleve|enlever|enlevez|ote|otez|cache|cachez) (?:ta|votre|sa|la) plaque\\b|\\b(?:take off|remove|cover) (?:your|the) (?:licen[cs]e )?plate\\b'),
  p('impunity', 0.55, '\\b(?:ils|y|la ville|la police) (?:peuvent|peut) (?:pas|jamais) (?:te|vous) (?:retracer|retrouver|identifier)\\b|\\b(?:they|cops) can[\'’]?t trace you\\b'),
  // Young people's versions: tagging, a fence that "se saute facile", a friend's pass shown on a
  // screenshot, liquor in sports-drink bottles, pot for the under-21s, a scooter's GPS unplugged.
  p('act', 0.5, '\\b(?:taguer|tagger|tague[rz]?|taggez|graffer)\\b|\\bcannes? de (?:spray|peinture)\\b|\\bspray ?paint\\w*\\b'),
  p('act', 0.5, '\\bse (?:saute|sautent|passe|passent|grimpe|escalade)\\w* (?:facile|facilement|ben|bien|easy)\\b|\\bse baigne\\w* gratis\\b|\\b(?:baignade|swim|se baigner) (?:gratis|la nuit|de nuit|at night)\\b'),
  p('act', 0.5, '\\b(?:screenshot|capture d[\'’]?\\s?ecran|screen)\\b[^.!?\\n]{0,40}?\\b(?:passe|billet|ticket|carte|pass|laissez-passer)\\b'),
  p('act', 0.5, '\\b(?:fort|alcool|booze|vodka|rhum|gin)\\s(?:dans|in)\\s(?:des |une |vos |votre |a |your )?(?:bouteilles?|bottles?|gourdes?|thermos|canettes?)\\b'),
  p('urge', 0.8, '\\b(?:pas|moins de|under)\\s(?:18|21)(?: ans)?\\b[^.!?\\n]{0,60}?\\b(?:fournir|vendre|trouver|avoir|get|sell)\\b[^.!?\\n]{0,20}?\\b(?:pot|weed|cannabis|alcool|bieres?|fort|vapes?|puffs?|booze|beer)\\b'),
  p('act', 0.5, '\\b(?:debranch|desactiv|arrach|unplug|disabl)\\w*\\s(?:[\\w\'’]+\\s){0,3}?(?:gps|traceur|tracker|puce|boitier)\\b'),
  p('advice', 0.45, '(?:^|[.!?\\n]\\s{0,3})(?:tip|astuce|truc|pro tip|life hack)\\s?:|\\bsi tu (?:les? |la )?(?:debranches|desactives|coupes|enleves|sautes|passes|screenshot\\w*)\\b|\\b(?:apportez|amenez|cachez) (?:votre|vos|ton|ta|tes|du|de la)\\b|\\bon va (?:aller )?(?:le |la |les )?(?:taguer|tagger|sauter|peinturer)\\b'),
  p('impunity', 0.55, '\\b(?:y|il|elle|le chauffeur|la securite|le gardien|le portier|le sauveteur|la sauveteuse)\\s(?:regarde|checke|check|verifie|controle|surveille)\\s(?:jamais|pas|rien)\\b|\\b(?:les )?cameras? (?:marche|marchent|fonctionne|fonctionnent) (?:meme )?(?:pas|plus)\\b|\\bpeuvent pas (?:toute |tous )?nous (?:donner des tickets|arreter|pogner)\\b'),
  // Gravel "borrowed" from a worksite; looting a burnt or empty building ("magasinage gratuit");
  // a flask for the sleigh ride and driving home after.
  p('act', 0.5, '\\b(?:avec|prendre|prends|piquer|pique|voler|vole|emprunter)\\s(?:le |du |les |des )?(?:gravier|sable|asphalte|bois|materiaux|stock|planches|tuyaux)\\s(?:du|de la|des|au) (?:chantier|ville|garage municipal|site)\\b'),
  p('urge', 0.8, '\\bmagasinage gratuit\\b|\\bfree shopping\\b|\\bse servir gratis\\b'),
  p('act', 0.6, '\\b(?:flasques?|caribou|fort|vin)\\b[^.!?\\n]{0,60}?\\b(?:chauff\\w*|conduire|conduis\\w*|drive|driving)\\b'),
  p('advice', 0.45, '\\bmoi j[\'’]?\\s?(?:apporte|chauffe|conduis|prends|laisse|jette|passe)\\b|\\bc[\'’]?\\s?est la tradition\\b'),
  p('mischief', 0.25, '\\bce soir\\b|\\btonight\\b'),
  // "Interdiction de feux? Faites-les pareil": defying the ban in so many words.
  p('urge', 0.75, '\\binterdiction (?:de|des) feux?\\b[^\\n]{0,30}?\\b(?:faites|fais)[-\\s](?:les|le|en) (?:pareil|quand meme)\\b'),
  // Driving home after the beers, "no cops out there tonight".
  p('act', 0.6, '\\bdriv\\w* (?:home |back )?after (?:the |a few |some |a couple |\\d+ |my |our )?(?:beers?|drinks?|shots?|brews?)\\b'),
  p('impunity', 0.55, '\\bno cops (?:out there|around|tonight|on the road|anywhere)\\b|\\bpas de (?:police|flics|boeufs) (?:ce soir|sur la route|dans le coin)\\b'),
  // Rentals without the tourism registration; brush burnt after dark when no one can see.
  p('act', 0.5, '\\b(?:skip|sans|pas de|without|no)\\s(?:the |le |ton |votre |your |un |a )?(?:citq|numero citq|citq number|permit number|numero d[\'’]?\\s?enregistrement)\\b|\\bbrush burning\\b|\\bburning (?:brush|leaves)\\b'),
  p('impunity', 0.55, '\\bnever prove (?:a thing|anything|it)\\b|\\bpourront (?:jamais|pas) (?:le )?prouver\\b|\\b(?:sopfeu|the fire department|bylaw|they|the town) (?:can[\'’]?t|won[\'’]?t|cannot) (?:see|patrol|check|come)\\b|\\bfire ban my foot\\b'),
  // A tax strike called for: "le monde devrait arrêter de payer leurs taxes".
  p('act', 0.6, '\\b(?:arret\\w* de|cess\\w* de|stop)\\s(?:payer|paying)\\s(?:leurs |nos |vos |ses |les |their |our |your )?(?:taxes|impots|comptes? de taxes|property tax\\w*)\\b'),
  // Asking for a dealer's number; making false papers for others.
  p('urge', 0.8, '\\b(?:num(?:ero)?|no|06|07|contact|cell|snap|insta)\\s(?:d[\'’]?\\s?un|du|de ton|de votre|de ce)\\s?(?:dealer|dealeur|pusher|plug|vendeur de (?:weed|pot|coke|shit|beuh|drogue))\\b'),
  p('urge', 0.8, '\\b(?:fai[st]|fabriqu\\w*|vend\\w*|offr\\w*|procur\\w*)\\s(?:des |de )?faux (?:papiers|passeports?|permis|documents|diplomes|certificats|cartes)\\b'),
  // Benefits fraud: declaring oneself alone to draw more.
  p('act', 0.5, '\\b(?:declarez|declare[rs]?|dites|dis) (?:que (?:vous etes|t[\'’]?\\s?es|tu es) |etre )(?:seule?s?|celibataires?|separee?s?|monoparentale?s?)\\b|\\b(?:touche[rz]?|toucher|recevoir|avoir) (?:encore )?plus (?:d[\'’]\\s?|de )(?:allocs?|allocations|prestations|bs|aide sociale|cheques?)\\b'),
  // The police, "les keufs", "les flics": never around.
  p('impunity', 0.55, '\\b(?:la police|les polices|les flics|les keufs|les cops|la sq|les boeufs|les agents|les inspecteurs)\\s(?:sont|est)\\s(?:jamais|pas|rarement)\\s(?:la|ici|dans le coin|dans le secteur|le soir|la nuit)\\b'),
  // A plan said in the first person: "j'vas aller crever les pneus".
  p('advice', 0.45, '\\b(?:je vais|j[\'’]?\\s?vais|j[\'’]?\\s?vas|jvais|m[\'’]?\\s?as) aller\\b'),
  // Setting fire to a building or a home.
  p('act', 0.6, '\\b(?:crisser|calisser|sacrer|mettre|foutre|mets|met|mettez|crissez|foutez)\\s(?:le )?feu (?:a|au|aux|dans)\\s(?:l[\'’]\\s?|la |le |leur |leurs |sa |son )?(?:hotel|maison|mairie|eglise|mosquee|synagogue|refuge|centre|chalet|garage|char|auto)\\b'),
  // A plan to dump in the first person: "je vais sacrer mes vidanges dans la rivière".
  p('advice', 0.45, '\\b(?:je vais|j[\'’]?\\s?vais|j[\'’]?\\s?vas|jvais|m[\'’]?\\s?as|on va) (?:toute |tout |les |la |le )?(?:sacrer|crisser|calisser|garrocher|dumper|domper|jeter|vider|caler)\\b'),
  // Voting twice, or where one does not live; the lists "not crossed", "they check nothing".
  p('act', 0.5, '\\bvoter (?:deux fois|2 fois|a deux places|par anticipation (?:pis|et|puis) (?:encore|aussi|re)\\b)|\\bvote (?:twice|two times)\\b|\\bvoter (?:icitte|ici|chez nous|a la sarre) avec (?:mon|ma|ton|sa|l[\'’]?\\s?)\\s?adresse\\b|\\bvoter a la place (?:de|du|d[\'’])\\b'),
  p('impunity', 0.55, '\\b(?:y|ils|elles) (?:croisent|comparent|verifient) (?:pas|jamais|rien) (?:les listes|les adresses|les cartes|les noms)\\b|\\b(?:y|ils) verifient rien\\b'),
  // Eggs thrown at a home on Halloween.
  p('urge', 0.8, '\\b(?:passez|passe|allez|go)[-\\s](?:y|la|there)\\b[^.!?\\n]{0,30}?\\b(?:avec (?:vos|des|tes|nos) (?:oeufs|oeufs pourris|eggs|papier de toilette)|with (?:eggs|toilet paper))\\b|\\b(?:lancez|garrochez|crissez|throw)\\s(?:des |vos |some )?(?:oeufs|eggs)\\s(?:sur|a|at|on)\\s(?:sa|leur|la|his|her|their)\\s(?:maison|house|porte|char|car)\\b'),
  // Covering the speed camera; "works wonders", "problem solved": advice in a wink.
  p('act', 0.5, '\\b(?:sac(?: de vidanges| de poubelle| vert)?|bache|tape|duct tape|peinture|spray|autocollant|sticker|garbage bag|bag|paint)\\s(?:[\\w\'’]+\\s){0,2}?(?:sur|over|on)\\s(?:le |la |the )?(?:radar|camera|cam|lentille|lens|photo[-\\s]radar|speed camera)\\b'),
  p('advice', 0.45, '\\bworks wonders\\b|\\bjust saying\\b|\\bpis c[\'’]?\\s?est regle\\b|\\bproblem solved\\b|\\bje dis ca de meme\\b|\\bje dis ca comme ca\\b'),
  // A fire "anyway" in the first person; drinks before the snowmobile, "no breathalyzer in the woods".
  p('advice', 0.45, '\\b(?:je fais|je vais faire|on fait|on va faire|moi je fais)\\s(?:mon|notre|un|nos|des|mes)\\s(?:propres?\\s)?(?:feu|feux)\\b'),
  p('act', 0.5, '\\b(?:bieres?|shooters?|verres?|drinks?|beers?|caisse de 24|shots?)\\b[^.!?\\n]{0,40}?\\b(?:avant de|before)\\s(?:partir|prendre|driving|embarquer|riding|monter)\\s(?:en |sur |on |the )?(?:ski-?doo|motoneige|vtt|quad|char|auto|snowmobile|sled|pick-?up)\\b'),
  p('impunity', 0.55, '\\b(?:personne fait|y a pas|pas) d[\'’]?\\s?alcootests?\\b|\\bno (?:breathalyzers?|cops) (?:in|out)\\b'),
  // Poisoning a neighbour's dog; "nobody's gonna fine you".
  p('urge', 0.85, '\\b(?:antigel|antifreeze|poison|mort-aux-rats|rat poison)\\s(?:dans|in|into)\\s(?:son|sa|ses|le|la|leur|its|his|their|the)\\s(?:bol|eau|plat|nourriture|bowl|water|food)\\b'),
  p('impunity', 0.55, '\\b(?:nobody|no one)(?:[\'’]s| is)? (?:gonna|going to|will) (?:fine|ticket|catch) you\\b'),
];
