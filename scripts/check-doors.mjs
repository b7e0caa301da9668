#!/usr/bin/env node
// The module doors, checked (docs/ARCHITECTURE.md, "Doors"). Fails on
//   1. an import of another module's (server) or feature's (web) internal file: only its door,
//      `index.ts` / `index.tsx`, may be imported from outside (one exception on the server: a
//      `*.tables.ts` may import another module's `*.tables.ts` for foreign keys; the schema needs them);
//   2. a cycle between modules or features (not only between files): the graph of "module A imports
//      module B" must have no loop, tables' foreign keys included.
// `--report` prints the counts only and never fails (for measuring before a change).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reportOnly = process.argv.includes('--report');
// `--report-web`: count the web's imports past a door without failing (until the web has its doors).
const reportWeb = process.argv.includes('--report-web');

/** Files under dir with these extensions, recursively, skipping node_modules and build output. */
function walk(dir, exts, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, exts, out);
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

const importRe =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const out = [];
  for (const m of text.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    if (spec?.startsWith('.')) out.push(path.resolve(path.dirname(file), spec));
  }
  return out;
}

/**
 * One layer of doors: `base` holds one folder per module; a file's module is its first folder under
 * base. Returns the violations and the module graph.
 */
function checkLayer({ label, base, exts, allow }) {
  const files = walk(base, exts);
  const violations = [];
  const edges = new Map();
  const moduleOf = (file) => {
    const rel = path.relative(base, file);
    if (rel.startsWith('..')) return null;
    const parts = rel.split(path.sep);
    return parts.length > 1 ? parts[0] : null;
  };
  // Files outside the modules folder (app.ts, plugins, demo, the web shell) must also use doors.
  const others = walk(path.dirname(base), exts).filter((f) => !f.startsWith(base + path.sep));
  for (const file of [...files, ...others]) {
    const from = moduleOf(file);
    for (const target of importsOf(file)) {
      const to = moduleOf(target);
      if (!to || to === from) continue;
      const name = path.basename(target);
      const isDoor = /^index\.tsx?$/.test(name) && path.dirname(target) === path.join(base, to);
      if (!isDoor && !allow(file, target)) {
        violations.push(`${path.relative(root, file)} → ${path.relative(root, target)}`);
      }
      if (from) {
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from).add(to);
      }
    }
  }
  return {
    label,
    violations,
    cycles: findCycles(edges),
    modules: new Set(files.map(moduleOf).filter(Boolean)),
  };
}

/** Strongly connected components with more than one module (Tarjan). */
function findCycles(edges) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const sccs = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) sccs.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return sccs;
}

const layers = [
  checkLayer({
    label: 'server modules (apps/server/src/modules)',
    base: path.join(root, 'apps/server/src/modules'),
    exts: ['.ts'],
    // Foreign keys: a module's tables may name another module's tables, and the schema lists them all.
    allow: (file, target) =>
      target.endsWith('.tables.ts') &&
      (file.endsWith('.tables.ts') || file.endsWith(`${path.sep}db${path.sep}schema.ts`)),
  }),
  checkLayer({
    label: 'web features (apps/web/src/features)',
    base: path.join(root, 'apps/web/src/features'),
    exts: ['.ts', '.tsx'],
    allow: () => false,
  }),
];

/**
 * The kernel (apps/server/src/kernel) is below every module: it imports no module, plugin or the app,
 * and everything else reaches it only through kernel/index.ts.
 */
function checkKernel() {
  const src = path.join(root, 'apps/server/src');
  const kernel = path.join(src, 'kernel');
  const violations = [];
  for (const file of walk(src, ['.ts'])) {
    const inKernel = file.startsWith(kernel + path.sep);
    for (const target of importsOf(file)) {
      const toKernel = target.startsWith(kernel + path.sep);
      // The kernel's own tests may drive the whole app (through doors, checked above for modules).
      const isTest = file.endsWith('.test.ts');
      if (
        inKernel &&
        !isTest &&
        !toKernel &&
        !/^(lib|db)\//.test(path.relative(src, target).split(path.sep).join('/'))
      )
        violations.push(
          `${path.relative(root, file)} → ${path.relative(root, target)} (the kernel imports only lib/ and db/)`,
        );
      if (
        !inKernel &&
        toKernel &&
        target !== path.join(kernel, 'index.ts') &&
        !(
          target.endsWith('.tables.ts') &&
          (file.endsWith('.tables.ts') || file.endsWith(`${path.sep}db${path.sep}schema.ts`))
        )
      )
        violations.push(`${path.relative(root, file)} → ${path.relative(root, target)}`);
    }
  }
  return {
    label: 'server kernel (apps/server/src/kernel)',
    violations,
    cycles: [],
    modules: new Set(['kernel']),
  };
}
layers.push(checkKernel());

let bad = 0;
for (const l of layers) {
  console.log(
    `${l.label}: ${l.modules.size} modules, ${l.violations.length} imports past a door, ${l.cycles.length} module cycles`,
  );
  if (!reportOnly && !(reportWeb && l.label.startsWith('web'))) {
    for (const v of l.violations) console.log(`  past the door: ${v}`);
    for (const c of l.cycles) console.log(`  module cycle: ${c.join(' ⇄ ')}`);
  }
  if (!(reportWeb && l.label.startsWith('web'))) bad += l.violations.length + l.cycles.length;
}
if (bad > 0 && !reportOnly) {
  console.log('Import another module only through its index.ts; see docs/ARCHITECTURE.md, "Doors".');
  process.exit(1);
}
