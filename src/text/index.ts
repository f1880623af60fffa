export { foldAccents, foldKey } from './fold.js';
export { tokenize, type Token } from './tokens.js';
