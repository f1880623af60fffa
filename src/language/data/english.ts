// Frequent English words, written folded (lower case, no accents). General knowledge of the
// language: function words, frequent verbs with their contractions, and the vocabulary of
// exchanges with a city. Words that French uses as anglicisms (meeting, parking, job…) live in
// anglicisms.ts instead: inside a French sentence they must not make the text English.

/**
 * Frequent English words (folded).
 *
 * @example
 * ```ts
 * ENGLISH_WORDS.includes('sidewalk'); //=> true
 * ```
 */
export const ENGLISH_WORDS: readonly string[] = [
  // determiners, pronouns
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'i',
  'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'mine', 'yours', 'myself', 'yourself',
  'ourselves', 'themselves', 'who', 'whom', 'whose', 'which', 'what', 'whatever', 'someone', 'somebody',
  'anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'something', 'anything', 'everything', 'nothing',
  'some', 'any', 'every', 'each', 'all', 'both', 'either', 'neither', 'many', 'much', 'more', 'most', 'few',
  'several', 'other', 'another', 'such', 'own',
  // contractions
  "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "he's", "she's", "it's", "we're",
  "we've", "we'll", "they're", "they've", "they'll", "that's", "there's", "here's", "what's", "who's",
  "let's", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't",
  "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", 'im', 'dont', 'doesnt', 'didnt', 'isnt', 'cant',
  'wont', 'thats', 'ive',
  // prepositions, conjunctions, adverbs
  'and', 'or', 'but', 'if', 'because', 'so', 'than', 'then', 'though', 'although', 'while', 'whether', 'unless',
  'until', 'since', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'into', 'onto', 'over',
  'under', 'after', 'before', 'during', 'without', 'within', 'between', 'through', 'throughout', 'against',
  'around', 'across', 'along', 'behind', 'beside', 'near', 'up', 'down', 'out', 'off', 'away', 'back', 'not',
  'no', 'yes', 'yeah', 'yep', 'nope', 'very', 'too', 'also', 'just', 'only', 'even', 'still', 'already', 'again',
  'never', 'always', 'often', 'sometimes', 'usually', 'now', 'here', 'there', 'where', 'when', 'why', 'how',
  'today', 'tomorrow', 'yesterday', 'tonight', 'soon', 'later', 'early', 'late', 'really', 'actually',
  'maybe', 'probably', 'please', 'well', 'almost', 'enough', 'quite', 'rather', 'instead', 'however',
  'otherwise', 'anymore', 'ago', 'yet', 'ever', 'once', 'twice', 'together', 'outside', 'inside', 'everywhere',
  // frequent verbs
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'doing', 'done', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'get', 'gets',
  'got', 'getting', 'go', 'goes', 'going', 'went', 'gone', 'come', 'comes', 'coming', 'came', 'make', 'makes',
  'made', 'making', 'know', 'knows', 'knew', 'known', 'think', 'thinks', 'thought', 'want', 'wants', 'wanted',
  'need', 'needs', 'needed', 'see', 'sees', 'saw', 'seen', 'look', 'looks', 'looking', 'looked', 'say', 'says',
  'said', 'tell', 'told', 'ask', 'asked', 'asking', 'work', 'works', 'working', 'worked', 'call', 'called',
  'help', 'helps', 'helped', 'let', 'take', 'takes', 'took', 'taken', 'give', 'gives', 'gave', 'given', 'find',
  'found', 'keep', 'kept', 'try', 'tried', 'trying', 'use', 'used', 'using', 'pay', 'paid', 'live', 'lives',
  'lived', 'living', 'feel', 'felt', 'seem', 'seems', 'leave', 'left', 'put', 'bring', 'brought', 'start',
  'started', 'stop', 'stopped', 'wait', 'waiting', 'waited', 'happen', 'happened', 'happening', 'understand',
  'hope', 'love', 'like', 'hate', 'wish', 'read', 'write', 'wrote', 'send', 'sent', 'move', 'moved', 'run', 'ran',
  'open', 'opened', 'close', 'closed', 'closing', 'clean', 'cleaned', 'fix', 'fixed', 'plow', 'plowed',
  'remove', 'removed', 'cancelled', 'canceled', 'postponed', 'reopen', 'reopened', 'visit', 'contact', 'apply',
  'register', 'registered', 'drive', 'driving', 'walk', 'walking', 'park',
  // courtesy, judgement
  'thanks', 'thank', 'thx', 'pls', 'plz', 'plzz', 'ty', 'tysm', 'tyvm', 'idk', 'tbh', 'ngl', 'imo', 'imho', 'smh', 'wyd', 'lmk', 'omw',
  'rn', 'ikr', 'fyi', 'btw', 'merry', 'christmas', 'xmas', 'hello', 'hi', 'hey', 'bye', 'goodbye', 'sorry', 'welcome', 'congrats',
  'congratulations', 'good', 'great', 'bad', 'better', 'best', 'worse', 'worst', 'new', 'old', 'big', 'small',
  'little', 'long', 'short', 'last', 'next', 'first', 'second', 'right', 'wrong', 'true', 'false', 'sure',
  'happy', 'sad', 'beautiful', 'awesome', 'amazing', 'terrible', 'awful', 'ridiculous', 'dangerous', 'safe',
  'free', 'busy', 'full', 'empty', 'clear', 'dirty', 'hard', 'easy', 'cold', 'hot', 'warm', 'wet', 'icy',
  'lovely', 'kind', 'glad', 'proud', 'shame', 'lot', 'lots', 'thing', 'things', 'way', 'ways',
  // time and calendar
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'hour', 'hours', 'morning',
  'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'summer', 'winter', 'spring', 'fall', 'autumn', 'holiday', 'holidays',
  // city life
  'city', 'town', 'council', 'councillor', 'mayor', 'people', 'resident', 'residents', 'citizen', 'citizens',
  'neighbour', 'neighbor', 'neighbours', 'neighbors', 'house', 'home', 'street', 'streets', 'road', 'roads',
  'snow', 'removal', 'ice', 'rain', 'storm', 'wind', 'water', 'boil', 'garbage', 'trash', 'recycling', 'bin',
  'bins', 'pickup', 'collection', 'pool', 'library', 'rink', 'arena', 'permit', 'tax', 'bill', 'sidewalk',
  'sidewalks', 'pothole', 'potholes', 'fire', 'firefighters', 'emergency', 'safety', 'health', 'notice',
  'schedule', 'office', 'kids', 'children', 'family', 'school', 'dog', 'dogs', 'car', 'cars', 'truck', 'bike',
  'bridge', 'power', 'outage', 'noise', 'tree', 'trees', 'money', 'price', 'question', 'questions', 'answer',
  'information', 'info', 'service', 'services', 'problem', 'problems', 'issue', 'issues', 'place', 'area',
  'english', 'french', 'speak', 'anglophone', 'translation', 'translate', 'else', 'guys', 'folks',
  // reactions, judgement and frequent adverbs
  'finally', 'exactly', 'absolutely', 'totally', 'completely', 'definitely', 'certainly', 'obviously',
  'clearly', 'honestly', 'seriously', 'agreed', 'agree', 'disagree', 'cheers', 'gorgeous', 'stunning',
  'brilliant', 'excellent', 'perfect', 'wonderful', 'fantastic', 'incredible', 'horrible', 'funny', 'hilarious',
  'scary', 'crazy', 'weird', 'sweet', 'same', 'different', 'indeed', 'unfortunately', 'fortunately',
  'hopefully', 'apparently', 'basically', 'literally', 'pretty', 'condolences', 'sympathy', 'loss', 'peace',
  'rest', 'sounds', 'sound', 'plan', 'plans', 'prayers', 'praying', 'luck', 'bless', 'god', 'oh', 'ouch', 'yay', 'hooray', 'oops', 'yikes', 'ugh',
  'wonder', 'wondering', 'appreciate', 'appreciated', 'appreciation', 'excited', 'disappointed', 'worried',
  'upset', 'angry', 'mad', 'annoying', 'frustrating', 'unacceptable', 'joke', 'shame', 'disgrace', 'wow-ish',
  // more frequent nouns and verbs
  'life', 'world', 'man', 'woman', 'women', 'men', 'girl', 'girls', 'boy', 'boys', 'mom', 'dad', 'mother',
  'father', 'sister', 'brother', 'friend', 'friends', 'seniors', 'youth', 'baby', 'son', 'daughter', 'hand',
  'head', 'heart', 'eyes', 'foot', 'feet', 'door', 'window', 'yard', 'backyard', 'driveway', 'fence', 'lawn',
  'garden', 'flowers', 'grass', 'leaves', 'sand', 'salt', 'mud', 'dust', 'smell', 'store', 'grocery',
  'downtown', 'village', 'region', 'country', 'province', 'government', 'election', 'elections', 'budget',
  'project', 'decision', 'law', 'rule', 'rules', 'fine', 'ticket', 'tickets', 'officer', 'ambulance',
  'hospital', 'doctor', 'clinic', 'pharmacy', 'injured', 'hurt', 'accident', 'heat', 'flood', 'flooding',
  'smoke', 'evacuation', 'slippery', 'lights', 'light', 'festival', 'music', 'contest', 'winner', 'register',
  'registration', 'refund', 'win', 'lose', 'lost', 'stolen', 'broken', 'repaired', 'repair', 'build', 'built',
  'tear', 'torn', 'fall', 'fell', 'sleep', 'wake', 'eat', 'drink', 'play', 'playing', 'played', 'notice',
  'noticed', 'learn', 'learned', 'forget', 'forgot', 'forgotten', 'receive', 'received', 'share', 'sharing',
  'explain', 'confirm', 'search', 'watch', 'listen', 'hear', 'heard', 'hold', 'carry', 'become', 'became',
  'die', 'died', 'born', 'grow', 'improve', 'increase', 'cost', 'costs', 'worth', 'miss', 'missed', 'missing',
  'allowed', 'mandatory', 'necessary', 'useful', 'useless', 'expensive', 'poor', 'rich', 'high',
  'low', 'wide', 'narrow', 'heavy', 'light', 'fast', 'slow', 'close', 'far', 'whole', 'alone', 'nobody',
  'picture', 'pictures', 'shot', 'murals', 'courts', 'playground', 'trail', 'beach', 'lake', 'river', 'town',
  'hall', 'church', 'lot', 'plow', 'plows', 'mailbox', 'neighbourhood', 'neighborhood', 'kids', 'loved',
  'enjoyed', 'organizing', 'organized', 'everyone', 'anyone', 'thing', 'wondering', 'wanted', 'heading',
  'tonight', 'weekends', 'lose', 'power', 'else', 'thinking', 'hey', 'yes',
  // also frequent French words (the detector splits their weight)
  'as', 'son', 'plus', 'date', 'important', 'possible', 'impossible', 'public', 'situation', 'moment', 'photo',
  'photos', 'minute', 'minutes', 'content', 'pardon', 'sale', 'comment', 'comments', 'part', 'sort', 'met',
  'change', 'continue', 'arrive', 'attend', 'attends', 'chats', 'gang', 'blonde', 'fret', 'routes', 'coin',
  'spectacle', 'taxes', 'potable', 'terrain', 'terrains', 'ridicule', 'genial', 'premier', 'grand', 'bravo',
  'venue', 'encore', 'super', 'car', 'municipal', 'normal', 'village', 'region', 'province',
];

/**
 * English words written with a capital even inside a sentence (days, months, `I`, language
 * names): a capital does not make them proper nouns.
 *
 * @example
 * ```ts
 * ENGLISH_ALWAYS_CAPITALIZED.includes('tuesday'); //=> true
 * ```
 */
export const ENGLISH_ALWAYS_CAPITALIZED: readonly string[] = [
  'i', "i'm", "i've", "i'll", "i'd", 'im', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'english', 'french',
];
