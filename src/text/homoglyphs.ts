/**
 * Look-alike characters mapped to the Latin letter they imitate (data). Full-width forms and
 * mathematical letters are handled by NFKC before this table is read.
 */
export const HOMOGLYPHS: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ѡ: 'w', ү: 'y', ӏ: 'l', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ϲ: 'c', ς: 's', γ: 'y', μ: 'u',
  // Latin look-alikes and IPA
  ı: 'i', ȷ: 'j', ɑ: 'a', ɩ: 'i', ʀ: 'r', ʏ: 'y', ᴄ: 'c', ᴏ: 'o', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
  ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe',
});

/** Symbols and digits read as letters inside words (leetspeak), first choice first (data). */
export const LEET: Readonly<Record<string, readonly string[]>> = Object.freeze({
  '0': ['o'],
  '1': ['i', 'l'],
  '3': ['e'],
  '4': ['a'],
  '5': ['s'],
  '7': ['t'],
  '8': ['b'],
  '9': ['g'],
  '@': ['a'],
  $: ['s'],
  '€': ['e'],
  '!': ['i'],
  '|': ['l', 'i'],
  '+': ['t'],
});
