// Build script, not part of the bundle (run by `npm run build`). Builds dist/: the CLI in two layers (a core that
// a default run loads as one file, and the rest loaded as commands need it: build-layers.mjs), and dist/plans.json.
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildLayers } from './build-layers.mjs';
import { cliTablePatches } from './build-cli-table.mjs';

// CommonJS dependencies (commander, cli-table3) call require() inside an ESM bundle; give them one.
const REQUIRE_BANNER = 'import { createRequire as __plancheckRequire } from "node:module"; const require = __plancheckRequire(import.meta.url);';

/**
 * commander loads child_process (and with it net, dgram and streams) only to run external subcommands, which
 * plancheck has none of: hand it a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`node_modules${path.sep}commander`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      // __esModule is asked for by the bundler's interop: answering it must not load the module.
      contents:
        'let real; module.exports = new Proxy({}, { get: (_, key) => (key === "__esModule" ? undefined : (real ??= require("node:child_process"))[key]) });',
      loader: 'js',
    }));
  },
};

/**
 * Node's built-in modules through require(), not `import`: an ESM import of node:fs builds a namespace of every
 * export, which runs its lazy getters and loads all of node:stream (~3 ms at each start) for nothing. An import
 * gets a small ES module over the require()d object, exporting its plain values (never a getter, so nothing lazy
 * is loaded); a CommonJS dependency's require() gets the object itself. (A CommonJS stand-in for imports too
 * made esbuild copy every property of node:fs once for each of the ten modules that import it.)
 */
const requireBuiltin = createRequire(import.meta.url);
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      if (!builtinModules.includes(name) || args.namespace.startsWith('builtin')) return undefined;
      return { path: name, namespace: args.kind === 'require-call' ? 'builtin' : 'builtin-import' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require("node:${args.path}");`, loader: 'js' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-import' }, (args) => {
      const module = requireBuiltin(`node:${args.path}`);
      const names = Object.getOwnPropertyNames(module).filter(
        (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && 'value' in Object.getOwnPropertyDescriptor(module, name),
      );
      return {
        contents: `const m = require("node:${args.path}");\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * ansi-regex builds its pattern and a new RegExp on every call, and strip-ansi calls it for every string
 * string-width measures: cli-table3 measures each cell several times, and for the evaluate table this alone cost
 * more than all of plancheck's own work. The regular expression is global and only used with replace (which
 * resets lastIndex), so one instance serves every call.
 */
const sharedAnsiRegex = {
  name: 'shared-ansi-regex',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]ansi-regex[\\/]index\.js$/ }, (args) => ({
      contents: `${fs.readFileSync(args.path, 'utf8')}\nconst create = module.exports; let shared; module.exports = (options) => (options && options.onlyFirst ? create(options) : (shared ??= create()));\n`,
      loader: 'js',
    }));
  },
};

/**
 * cli-table3 measures every cell several times with string-width, whose emoji pattern dominated the evaluate
 * table's cost: it measures with plancheck's cellWidth instead, which follows string-width's rule exactly
 * (tests/render/terminal-table.test.ts) and hands anything with colour codes or emoji to string-width itself.
 */
const tableCellWidth = {
  name: 'table-cell-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.importer.includes(`node_modules${path.sep}cli-table3${path.sep}`) ? { path: 'cell-width', namespace: 'table-cell-width' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'table-cell-width' }, () => ({
      contents: `module.exports = require(${JSON.stringify(path.resolve('src/render/cell-width.ts'))}).cellWidth;`,
      loader: 'js',
      resolveDir: path.resolve('src/render'),
    }));
  },
};

/**
 * cli-table3 require()s @colors/colors only to colour a header or border that a table's style names colours for;
 * plancheck's one table (src/render/terminal-table.ts) names none and paints with chalk, yet the 19 KB module was
 * read at every start. In its place, a module that throws: cli-table3 catches that and leaves the text as it is,
 * which is what an empty style does anyway.
 */
const noTableColors = {
  name: 'no-table-colors',
  setup(build) {
    build.onResolve({ filter: /^@colors\/colors\/safe$/ }, (args) =>
      args.importer.includes(`node_modules${path.sep}cli-table3${path.sep}`) ? { path: 'colors', namespace: 'no-table-colors' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-table-colors' }, () => ({
      contents: 'throw new Error("plancheck builds cli-table3 without @colors/colors: style colours are not drawn");',
      loader: 'js',
    }));
  },
};

fs.rmSync('dist', { recursive: true, force: true });
const shared = {
  target: 'node20',
  banner: { js: REQUIRE_BANNER },
  plugins: [lazyChildProcess, builtinsByRequire, sharedAnsiRegex, tableCellWidth, noTableColors, cliTablePatches],
  // Source maps only on request (BUILD_SOURCEMAP=1), to read a CPU profile by source file; never shipped.
  sourcemap: process.env.BUILD_SOURCEMAP ? 'external' : false,
  logLevel: 'warning',
};
const layers = await buildLayers(shared);
// Two programs of their own, one file each: docs.ts for `npm run docs`, compile-bundled-plans.ts for the step below.
const tools = await build({
  ...shared,
  entryPoints: ['src/kinds/docs.ts', 'src/load/compile-bundled-plans.ts'],
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  metafile: true,
});
const outputs = [layers.core, layers.lazy, tools.metafile].flatMap((metafile) => Object.keys(metafile.outputs));
// esbuild escapes non-ASCII text in strings but leaves it in regular expressions and comments; one such character
// makes Node hold the whole file as two-byte text (1 MB for the core) and decode it on the slow path. A \uXXXX
// escape means the same in a regular expression (a surrogate pair, too, under the u flag) and nothing in a comment;
// an escaped character (\。 in a regular expression) is the same character, so its backslash goes.
const escapeNonAscii = (code) =>
  code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => `${slashes.slice(slashes.length % 2)}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const file of outputs.filter((output) => output.endsWith('.js'))) {
  let code = escapeNonAscii(fs.readFileSync(file, 'utf8'));
  // The banner is needed only where esbuild's require helper is defined: every other chunk would pay ~0.5 ms at
  // start-up for a createRequire it never uses.
  if (code.startsWith(REQUIRE_BANNER) && !code.includes('var __require =')) code = code.slice(REQUIRE_BANNER.length + 1);
  fs.writeFileSync(file, code);
}
if (process.argv.includes('--metafile')) fs.writeFileSync('dist/meta.json', JSON.stringify(layers));

// The bundled plans, compiled once here through the same loader and checks as a user's --plans: a rule problem
// fails the build, and a run without --plans reads dist/plans.json instead of parsing and validating YAML.
const { compileBundledPlans } = await import(pathToFileURL(path.resolve('dist/load/compile-bundled-plans.js')).href);
const { compiled, errors } = compileBundledPlans(process.cwd());
if (!compiled) {
  process.stderr.write(`build: the bundled plans have errors:\n${errors}`);
  process.exit(1);
}
fs.writeFileSync('dist/plans.json', JSON.stringify(compiled));
