// The layering rules, read from the source: which folder of src/ may import which. A broken rule
// fails with the offending file and line, so the fix is where the message points.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

interface Import {
  /** Importing file, relative to the repository (src/...). */
  file: string;
  line: number;
  specifier: string;
  from: string;
  to: string;
}

/** A file's module: its top folder under src/, or for a file directly in src/ its name. */
function moduleOf(relative: string): string {
  const [first, ...rest] = relative.split('/');
  return rest.length === 0 ? first!.replace(/\.(ts|js)$/, '') : first!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import (static, type-only, re-export or dynamic) between two modules of src/. */
function crossModuleImports(files: { path: string; text: string }[]): Import[] {
  const found: Import[] = [];
  for (const { path: file, text } of files) {
    const from = moduleOf(file);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), imported.fileName));
      if (target.startsWith('..')) continue;
      const to = moduleOf(target);
      if (to === from) continue;
      const line = source.getLineAndCharacterOfPosition(imported.pos).line + 1;
      found.push({ file: `src/${file}`, line, specifier: imported.fileName, from, to });
    }
  }
  return found;
}

/** Module -> modules it must never import, and why. */
const FORBIDDEN: Record<string, { modules: string[]; why: string }> = {
  graphql: { modules: ['misp', 'reputation'], why: 'resolvers read the database or call a service, never MISP or OpenTIP' },
  misp: { modules: ['pipeline', 'graphql'], why: 'the MISP client knows nothing of the pipeline or the API' },
  warninglists: { modules: ['pipeline', 'graphql'], why: 'matching knows nothing of the pipeline or the API' },
  reputation: { modules: ['pipeline', 'graphql'], why: 'reputation lookups know nothing of the pipeline or the API' },
  pipeline: { modules: ['graphql', 'cli'], why: 'the pipeline offers services; the API and the CLI consume them' },
};

function ruleViolations(imports: Import[]): string[] {
  return imports.filter((i) => FORBIDDEN[i.from]?.modules.includes(i.to)).map((i) => `${i.file}:${i.line} imports '${i.specifier}': ${i.from}/ must not import ${i.to}/ (${FORBIDDEN[i.from]!.why})`);
}

/** Each cycle between modules, with one import per edge that makes it. */
function cycles(imports: Import[]): string[] {
  const edges = new Map<string, Map<string, Import>>();
  for (const i of imports) {
    const out = edges.get(i.from) ?? new Map<string, Import>();
    if (!out.has(i.to)) out.set(i.to, i);
    edges.set(i.from, out);
  }
  const found = new Map<string, string>();
  const visit = (node: string, trail: string[]) => {
    for (const next of edges.get(node)?.keys() ?? []) {
      const at = trail.indexOf(next);
      if (at >= 0) {
        const loop = [...trail.slice(at), next];
        // One report per cycle, whichever module it was entered from.
        const key = [...loop.slice(0, -1)].sort().join(',');
        if (!found.has(key)) {
          const steps = loop.slice(0, -1).map((m, k) => {
            const edge = edges.get(m)!.get(loop[k + 1]!)!;
            return `${m}/ -> ${loop[k + 1]}/ (${edge.file}:${edge.line} imports '${edge.specifier}')`;
          });
          found.set(key, `cycle: ${steps.join(', ')}`);
        }
        continue;
      }
      visit(next, [...trail, next]);
    }
  };
  for (const start of edges.keys()) visit(start, [start]);
  return [...found.values()];
}

const readSources = () => sourceFiles(SRC).map((full) => ({ path: path.relative(SRC, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') }));

describe('architecture: import rules between the folders of src/', () => {
  const imports = crossModuleImports(readSources());

  it('reads the imports it checks (the pipeline uses MISP, the CLI the pipeline)', () => {
    expect(imports.some((i) => i.from === 'pipeline' && i.to === 'misp')).toBe(true);
    expect(imports.some((i) => i.from === 'cli' && i.to === 'pipeline')).toBe(true);
  });

  it('GraphQL never imports MISP or reputation; MISP, warninglists and reputation never import the pipeline or GraphQL; the pipeline never imports GraphQL or the CLI', () => {
    expect(ruleViolations(imports)).toEqual([]);
  });

  it('no cycles between folders', () => {
    expect(cycles(imports)).toEqual([]);
  });

  it('names the file and line of a broken rule and of each edge of a cycle', () => {
    const sample = crossModuleImports([
      { path: 'graphql/yoga.ts', text: "import { a } from '../misp/errors.js';\nimport type { B } from '../pipeline/api.js';\n" },
      { path: 'pipeline/api.ts', text: "// contract\n\nexport type { C } from '../graphql/context.js';\n" },
      { path: 'misp/client.ts', text: "const lazy = () => import('../warninglists/index.js');\n" },
    ]);
    expect(ruleViolations(sample)).toEqual([
      "src/graphql/yoga.ts:1 imports '../misp/errors.js': graphql/ must not import misp/ (resolvers read the database or call a service, never MISP or OpenTIP)",
      "src/pipeline/api.ts:3 imports '../graphql/context.js': pipeline/ must not import graphql/ (the pipeline offers services; the API and the CLI consume them)",
    ]);
    expect(cycles(sample)).toEqual([
      "cycle: graphql/ -> pipeline/ (src/graphql/yoga.ts:2 imports '../pipeline/api.js'), pipeline/ -> graphql/ (src/pipeline/api.ts:3 imports '../graphql/context.js')",
    ]);
    expect(sample.find((i) => i.from === 'misp')).toMatchObject({ to: 'warninglists', line: 1 });
  });
});
