#!/usr/bin/env node
// Checks what `npm pack` would publish (issue 9): only dist/, README.md, CHANGELOG.md, LICENSE
// and package.json; each of the last four present; and every file package.json points at
// (main, module, types, bin, every exports condition) inside the tarball. Run after the build
// (`npm run check:package`). Exits 1 with the list of problems.
/* global process, console */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const REQUIRED = ['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'];
const isAllowed = (path) => path.startsWith('dist/') || REQUIRED.includes(path);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const [report] = JSON.parse(output);
const files = new Set(report.files.map((file) => file.path));

const problems = [];
for (const path of files) if (!isAllowed(path)) problems.push(`unexpected file in the package: ${path}`);
for (const path of REQUIRED) {
  if (!files.has(path)) {
    const hint = path === 'CHANGELOG.md' ? ' (npm does not add it by itself: list it in package.json "files")' : '';
    problems.push(`missing from the package: ${path}${hint}`);
  }
}

/** Every path package.json points at, with where it is named. */
function targets(pkg) {
  const out = [];
  for (const field of ['main', 'module', 'types']) if (typeof pkg[field] === 'string') out.push([field, pkg[field]]);
  if (typeof pkg.bin === 'string') out.push(['bin', pkg.bin]);
  else for (const [name, path] of Object.entries(pkg.bin ?? {})) out.push([`bin.${name}`, path]);
  const walk = (value, where) => {
    if (typeof value === 'string') out.push([where, value]);
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, `${where}.${key}`);
  };
  walk(pkg.exports, 'exports');
  return out;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [where, path] of targets(pkg)) {
  const normal = path.replace(/^\.\//u, '');
  if (!files.has(normal)) problems.push(`${where} points at ${path}, which is not in the package`);
}

const dist = [...files].filter((path) => path.startsWith('dist/')).length;
if (problems.length > 0) {
  console.error(`npm pack content check failed (${report.filename}, ${files.size} files):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(
  `npm pack content ok: ${files.size} files (${dist} in dist/, plus ${REQUIRED.join(', ')}), ` +
    `${(report.size / 1024).toFixed(1)} KB packed, ${(report.unpackedSize / 1024).toFixed(1)} KB unpacked`,
);
