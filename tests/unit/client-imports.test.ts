import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What the browser downloads is decided by imports: a client component ('use client') and every
// module it imports by value end up in a bundle. Libraries written for the server must not be
// among them (issue 11: zod alone was 30 KB gzipped of the reader's first load). Limits and labels
// the forms need live in zod-free modules (lib/schemas/*-limits.ts); the server validates with the
// schemas. `npm run bench:bundle` measures the result in the build.
const SERVER_SIZED = [
  'zod',
  'markdown-it',
  'sanitize-html',
  'pg',
  '@prisma/client',
  '@prisma/adapter-pg',
  'ajv',
  '@node-rs/argon2',
  'server-only',
  'jsdom',
  '@mozilla/readability',
  'mammoth',
  'undici',
  'ipaddr.js',
];

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['app', 'components', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The module specifiers a file imports or re-exports by value (type-only imports are erased). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const isTypeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((e) => e.isTypeOnly)));
      if (!isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function resolveProjectFile(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const packageOf = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

/** Every package reached from the client entry points, each with one import chain that reaches it. */
function packagesReachedFromClient(): Map<string, string[]> {
  const entries = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) =>
    /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')),
  );
  const chains = new Map<string, string[]>(entries.map((file) => [file, [path.relative(ROOT, file)]]));
  const reached = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const specifier of valueImports(file)) {
      const isProject = specifier.startsWith('@/') || specifier.startsWith('.');
      if (!isProject) {
        const name = packageOf(specifier);
        if (!reached.has(name)) reached.set(name, [...chains.get(file)!, specifier]);
        continue;
      }
      const target = resolveProjectFile(file, specifier);
      if (target === null || chains.has(target)) continue;
      // A 'use server' module reaches the client as references to its actions, not as code.
      if (/^\s*['"]use server['"]/.test(readFileSync(target, 'utf8'))) continue;
      chains.set(target, [...chains.get(file)!, path.relative(ROOT, target)]);
      queue.push(target);
    }
  }
  return reached;
}

describe('client bundles', () => {
  const reached = packagesReachedFromClient();

  it('reach no server-sized library through a client component’s imports', () => {
    const offending = SERVER_SIZED.filter((name) => reached.has(name)).map((name) => `${name}: ${reached.get(name)!.join(' → ')}`);
    expect(offending).toEqual([]);
  });

  it('sees the client libraries the reader does use (the walk follows imports at all)', () => {
    expect(reached.has('react')).toBe(true);
    expect(reached.has('next')).toBe(true);
  });
});
