// Finds the public exports (everything reachable from src/index.ts) whose TSDoc has no
// `@example`, with the TypeScript compiler API, grouped by the file that declares them.
// Used by tsdoc.test.ts; also runs on its own: `npx tsx test/hardening/tsdoc.ts`.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface MissingExample {
  readonly name: string;
  readonly kind: string;
}

function hasExample(declaration: ts.Declaration): boolean {
  // For `export const x = …` the comment sits on the statement; getJSDocTags walks up to it.
  const tags = ts.getJSDocTags(declaration);
  if (tags.some((tag) => tag.tagName.text === 'example')) return true;
  const statement = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  const text = statement.getFullText();
  const leading = text.slice(0, statement.getLeadingTriviaWidth());
  return /@example\b/u.test(leading);
}

/** Public exports without an `@example`, by file (relative to the project root). */
export function missingExamples(entry = 'src/index.ts'): Map<string, MissingExample[]> {
  const program = ts.createProgram([resolve(ROOT, entry)], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(ROOT, entry));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry}`);
  const byFile = new Map<string, MissingExample[]>();
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = (symbol.declarations ?? []).filter((d) => d.getSourceFile().fileName.startsWith(resolve(ROOT, 'src')));
    if (declarations.length === 0) continue;
    if (declarations.some(hasExample)) continue;
    const first = declarations[0] as ts.Declaration;
    const file = relative(ROOT, first.getSourceFile().fileName);
    const list = byFile.get(file) ?? [];
    list.push({ name: exported.getName(), kind: ts.SyntaxKind[first.kind] });
    byFile.set(file, list);
  }
  return new Map([...byFile].sort(([a], [b]) => a.localeCompare(b)));
}

/** One line per file: `src/x.ts: a (FunctionDeclaration), b (TypeAliasDeclaration)`. */
export function formatMissing(missing: ReadonlyMap<string, readonly MissingExample[]>): string {
  return [...missing].map(([file, names]) => `${file}: ${names.map((n) => `${n.name} (${n.kind.replace(/Declaration$/u, '')})`).join(', ')}`).join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const missing = missingExamples();
  const count = [...missing.values()].reduce((sum, list) => sum + list.length, 0);
  if (count === 0) console.log('Every public export has an @example.');
  else {
    console.log(`${count} public exports lack an @example:\n${formatMissing(missing)}`);
    process.exitCode = 1;
  }
}
