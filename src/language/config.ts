import { z } from 'zod';

/**
 * The language part of a policy profile (schema): French as the official language, the
 * English exceptions of the Charter as applied by the city (La Sarre §5.7), and extra tolerated
 * English terms.
 *
 * @example
 * ```ts
 * LanguageConfigSchema.parse({
 *   official: 'fr', englishWhenCitizenWritesEnglish: true, healthSafetyException: true, toleratedTerms: ['Teams'],
 * }).toleratedTerms; //=> ['Teams']
 * ```
 */
export const LanguageConfigSchema = z.strictObject({
  /** The language the city communicates in. */
  official: z.literal('fr'),
  /** The city may answer in English a citizen who wrote in English. */
  englishWhenCitizenWritesEnglish: z.boolean(),
  /** Health and safety messages may carry English (bilingual, French first). */
  healthSafetyException: z.boolean(),
  /** Extra English terms the city tolerates in French replies (beside the built-in list). */
  toleratedTerms: z.array(z.string().min(1)),
});

/**
 * The language part of a policy profile.
 *
 * @example
 * ```ts
 * import { laSarre } from 'netiquette-qc/policies';
 * const c: LanguageConfig = laSarre.language;
 * c.official; //=> 'fr'
 * ```
 */
export type LanguageConfig = z.output<typeof LanguageConfigSchema>;
