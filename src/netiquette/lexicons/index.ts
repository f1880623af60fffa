import { compileLexicon, type CompiledLexicon } from '../../text/lexicon.js';
import { PETITION, PIRACY, ILLEGAL, SPAM } from './commerce.js';
import { DEROGATORY, EXCLUSION, GROUPS, NO_NEED, SLURS } from './discrimination.js';
import { INSULTS } from './insults.js';
import { ALLOW } from './misc.js';
import { ABUSE, CALLS_TO_VOTE, CAMPAIGN, DISRESPECT, HATE, INNUENDO, PROSELYTISM, RELIGIOUS_WORDS, SEXIST } from './objectionable.js';
import { ACCUSATION, EMPTY_HOUSE, PRIVACY, SENSITIVE } from './people.js';
import { HARMLESS, SACRES } from './sacres.js';
import { THREATS, VIOLENT } from './speech.js';
import type { NetiquetteCategory, NetiquetteEntry } from './types.js';
import { SEXUAL, VULGAR } from './vulgar.js';

/** Every netiquette word list, in one array (data). */
export const NETIQUETTE_LEXICON: readonly NetiquetteEntry[] = [
  ...SACRES, ...HARMLESS, ...VULGAR, ...SEXUAL, ...INSULTS, ...SLURS, ...EXCLUSION, ...GROUPS, ...DEROGATORY, ...NO_NEED, ...VIOLENT, ...THREATS, ...CAMPAIGN, ...CALLS_TO_VOTE,
  ...PROSELYTISM, ...RELIGIOUS_WORDS, ...SEXIST, ...HATE, ...INNUENDO, ...DISRESPECT, ...ABUSE, ...SPAM, ...PETITION, ...PIRACY, ...ILLEGAL, ...PRIVACY, ...EMPTY_HOUSE, ...SENSITIVE, ...ACCUSATION,
];

let compiled: CompiledLexicon<NetiquetteCategory> | undefined;

/** The compiled netiquette lexicon, built once on first use (internal). */
export function netiquetteLexicon(): CompiledLexicon<NetiquetteCategory> {
  compiled ??= compileLexicon(NETIQUETTE_LEXICON, ALLOW, { masked: ['vulgar', 'sacre'] });
  return compiled;
}

export type { NetiquetteCategory, NetiquetteEntry } from './types.js';
