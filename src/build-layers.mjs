// Build script part, not bundled: the CLI in two layers, so a default run loads one file.
//
// Node's ES module loader costs about half a millisecond for each file a run loads, and esbuild's code splitting
// makes one chunk for each set of entry points that share code: with every command and renderer behind its own
// import(), `evaluate` loaded 25 files. Here the core (src/cli/main.ts and all it imports statically: the CLI,
// the `evaluate` command and its renderers, everything a default run needs) is one file, dist/cli/main.js.
// Every import() target is an entry of the lazy layer, dist/lazy/, split among themselves as before. A lazy
// module takes what it shares with the core from main.js's exports instead of a copy of its own, so no module is
// ever loaded twice (two copies would mean two language settings, two registries).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const CORE_ENTRY = 'src/cli/main.ts';
const CORE_OUT = 'dist/cli/main.js';
const LAZY_DIR = 'dist/lazy';
const CORE_NAMESPACE = 'plancheck-core';
const CORE_SPECIFIER = 'plancheck-core-main';

const relative = (file) => path.relative(process.cwd(), file).split(path.sep).join('/');

/** A lazy entry's output name: dist/lazy/cli-history.js for src/cli/history.ts, dist/lazy/csv-parse.js for the package. */
function lazyName(file) {
  const rel = relative(file);
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(rel);
  if (pkg) return pkg[1].replace(/[@/]/g, (c) => (c === '/' ? '-' : ''));
  return rel.replace(/^src\//, '').replace(/(\/index)?\.[mc]?[jt]s$/, '').replace(/\//g, '-');
}

/**
 * Sends each import() out of the core bundle, to `targetPath(file)` (or keeps it in when that is undefined).
 * Static imports always stay in: whatever main.ts reaches without import() is the core.
 */
function lazyBoundary(targetPath) {
  return {
    name: 'lazy-boundary',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.lazyBoundary) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { lazyBoundary: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (resolved.external || resolved.namespace !== 'file') return undefined;
        const target = targetPath(resolved.path);
        return target === undefined ? undefined : { path: target, external: true };
      });
    },
  };
}

/** The export names of one module as esbuild sees them (types are gone); a CommonJS module has only `default`. */
async function exportNames(file, plugins) {
  const result = await build({
    entryPoints: [file],
    bundle: false,
    write: false,
    format: 'esm',
    platform: 'node',
    metafile: true,
    outdir: 'out',
    plugins,
    logLevel: 'silent',
  });
  const names = Object.values(result.metafile.outputs)[0].exports;
  const code = result.outputFiles[0].text;
  // esbuild keeps a CommonJS module as it is (no exports listed): importers then see module.exports as default.
  return names.length === 0 && /\b(module\.exports|exports\.\w+)\s*=/.test(code) ? ['default'] : names;
}

/**
 * Builds dist/cli/main.js and dist/lazy/. `options` are the esbuild options shared by both (plugins, target,
 * banner); returns the two metafiles.
 */
export async function buildLayers(options) {
  const { plugins, ...shared } = options;
  const common = { bundle: true, format: 'esm', platform: 'node', ...shared };

  // 1. Which modules are the core, and which import() targets leave it.
  const lazyTargets = new Map();
  const analysis = await build({
    ...common,
    entryPoints: [CORE_ENTRY],
    outdir: 'dist/cli',
    write: false,
    metafile: true,
    plugins: [lazyBoundary((file) => (lazyTargets.set(file, lazyName(file)), `./lazy-${lazyName(file)}.js`)), ...plugins],
  });
  const coreInputs = new Set(Object.keys(analysis.metafile.inputs).filter((input) => !input.includes(':')));
  // A target the core also imports statically is in it already: its import() stays in the core.
  for (const file of lazyTargets.keys()) if (coreInputs.has(relative(file))) lazyTargets.delete(file);
  const names = [...lazyTargets.values()];
  const clash = names.find((name, i) => names.indexOf(name) !== i);
  if (clash) throw new Error(`build: two lazy modules would both be dist/lazy/${clash}.js`);

  // 2. The lazy layer. A module of the core, when a lazy module imports it, is a stand-in that re-exports the
  //    core's own bindings from main.js (live, as ES modules re-export), never a second copy.
  const fromCore = new Map();
  const coreStandIns = {
    name: 'core-stand-ins',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData?.coreStandIns || args.namespace === CORE_NAMESPACE) return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { coreStandIns: true },
        });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
        const input = relative(resolved.path);
        return coreInputs.has(input) ? { path: input, namespace: CORE_NAMESPACE } : undefined;
      });
      b.onResolve({ filter: new RegExp(`^${CORE_SPECIFIER}$`), namespace: CORE_NAMESPACE }, () => ({ path: '../cli/main.js', external: true }));
      b.onLoad({ filter: /.*/, namespace: CORE_NAMESPACE }, async (args) => {
        if (!fromCore.has(args.path)) fromCore.set(args.path, { id: fromCore.size, names: await exportNames(args.path, plugins) });
        const { id, names } = fromCore.get(args.path);
        const list = names.map((name) => `__core${id}_${name} as ${name}`).join(', ');
        return { contents: `export { ${list} } from '${CORE_SPECIFIER}';`, loader: 'js' };
      });
    },
  };
  fs.mkdirSync(LAZY_DIR, { recursive: true });
  const lazy = await build({
    ...common,
    entryPoints: Object.fromEntries([...lazyTargets].map(([file, name]) => [name, file])),
    outdir: LAZY_DIR,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    metafile: true,
    plugins: [coreStandIns, ...plugins],
  });

  // 3. The core, exporting (under names of its own) every binding the lazy layer takes from it.
  const coreExports = [...fromCore].map(
    ([input, { id, names }]) => `export { ${names.map((name) => `${name} as __core${id}_${name}`).join(', ')} } from ${JSON.stringify(path.resolve(input))};`,
  );
  const entry = {
    name: 'core-entry',
    setup(b) {
      b.onResolve({ filter: /^plancheck-core-entry$/ }, () => ({ path: 'core-entry', namespace: 'core-entry' }));
      b.onLoad({ filter: /.*/, namespace: 'core-entry' }, () => ({
        contents: [`export * from ${JSON.stringify(path.resolve(CORE_ENTRY))};`, ...coreExports].join('\n'),
        loader: 'js',
        resolveDir: process.cwd(),
      }));
    },
  };
  const core = await build({
    ...common,
    entryPoints: { main: 'plancheck-core-entry' },
    outdir: path.dirname(CORE_OUT),
    metafile: true,
    plugins: [entry, lazyBoundary((file) => (lazyTargets.has(file) ? `../lazy/${lazyTargets.get(file)}.js` : undefined)), ...plugins],
  });
  // The core must be exactly what the lazy layer was built against: a module missing from it would be loaded twice.
  const built = new Set(Object.keys(core.metafile.inputs).filter((input) => !input.includes(':')));
  const differ = [...coreInputs].filter((input) => !built.has(input)).concat([...built].filter((input) => !coreInputs.has(input)));
  if (differ.length > 0) throw new Error(`build: the core changed between its two builds: ${differ.join(', ')}`);
  const twice = Object.keys(lazy.metafile.inputs).filter((input) => coreInputs.has(input));
  if (twice.length > 0) throw new Error(`build: in both the core and the lazy layer: ${twice.join(', ')}`);
  return { core: core.metafile, lazy: lazy.metafile };
}
