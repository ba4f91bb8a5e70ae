import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The folders are the architecture (README, "How it is built"): these rules keep it true. Tests and
// test support may reach across (a component test renders against the mocks); production code may not.
const ROOT = path.resolve(import.meta.dirname, '..');
const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('src/test/') || file.startsWith('server/testing/');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** The files a file imports (relative imports only; packages are not layers), as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specifiers.map((s) => path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), s)));
}

const production = ['src', 'server', 'mocks'].flatMap(sourceFiles).filter((f) => !isTest(f));
const edges = production.flatMap((from) => importsOf(from).map((to) => ({ from, to })));
const inside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);
const breaking = (rule: (e: { from: string; to: string }) => boolean) => edges.filter(rule).map((e) => `${e.from} → ${e.to}`);

/** server/<folder> of a server file; a file directly in server/ (the entry point, the app, the error type) stands for itself. */
const serverFolder = (file: string) => {
  const parts = file.split('/');
  return parts[1];
};

function folderCycles(): string[] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (!inside(from, 'server') || !inside(to, 'server')) continue;
    const [a, b] = [serverFolder(from), serverFolder(to)];
    if (a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
  }
  const cycles: string[] = [];
  const reach = (start: string, node: string, trail: string[], seen: Set<string>) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) cycles.push([...trail, next].join(' → '));
      else if (!seen.has(next)) reach(start, next, [...trail, next], seen.add(next));
    }
  };
  for (const folder of graph.keys()) reach(folder, folder, [folder], new Set());
  return cycles;
}

describe('the layering of the code', () => {
  it('reads the imports it checks', () => {
    expect(production.length).toBeGreaterThan(100);
    expect(edges.some((e) => e.from === 'server/app.ts' && e.to.startsWith('server/routes/'))).toBe(true);
  });

  it('src/domain imports nothing outside itself', () => {
    expect(breaking((e) => inside(e.from, 'src/domain') && !inside(e.to, 'src/domain'))).toEqual([]);
  });

  it('the app (src/) never imports the server or the mocks', () => {
    expect(breaking((e) => inside(e.from, 'src') && (inside(e.to, 'server') || inside(e.to, 'mocks')))).toEqual([]);
  });

  it('the mocks never import the server', () => {
    expect(breaking((e) => inside(e.from, 'mocks') && inside(e.to, 'server'))).toEqual([]);
  });

  it('no two server folders import each other, however indirectly', () => {
    expect(folderCycles()).toEqual([]);
  });
});
