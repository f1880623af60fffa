export { CLAUSE_IDS, OBJECTIONABLE_SUBCATEGORIES, clauses, type ClauseId, type ClauseInfo, type Bilingual, type ObjectionableSubcategory } from './clauses.js';
