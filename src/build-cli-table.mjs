// Build script part, not bundled: speed fixes to cli-table3's source, applied as esbuild loads it. Each patch
// replaces one exact passage with code that gives the same result; the build fails when a passage is no longer
// in the installed version, so a patch can never silently stop applying (update it or drop it then).
import fs from 'node:fs';

const PATCHES = {
  'cell.js': [
    {
      // setOption split, re-capitalised and joined each of 17 option names and copied its arguments into an
      // array, for every cell: for the evaluate table's ~1,550 cells, the largest single cost of a start-up
      // (10–20 ms and much of the garbage collected). Each name is converted once here, and no arrays are made.
      find: `function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');
    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  } else {
    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
  }
}`,
      replace: `const camelNames = new Map();
function camelName(name) {
  let camel = camelNames.get(name);
  if (camel === undefined) {
    const parts = name.split('-');
    if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);
    camel = parts.join('');
    camelNames.set(name, camel);
  }
  return camel;
}
function setOption(objA, objB, nameB, targetObj) {
  const nameA = camelName(nameB);
  if (nameA !== nameB) targetObj[nameA] = objA[nameA] ?? objA[nameB] ?? objB[nameA] ?? objB[nameB] ?? undefined;
  else targetObj[nameB] = objA[nameB] ?? objB[nameB] ?? undefined;
}`,
    },
    {
      // Every cell drawn was first cut to 10 columns, colour codes and all, only to be named in a debug message
      // that is kept only when the table's debug option is on (plancheck never sets it).
      find: `    let content = utils.truncate(this.content, 10, this.truncate);
    if (!lineNum) {
      info(`,
      replace: `    if (!lineNum && require('./debug').enabled(require('./debug').INFO)) {
      let content = utils.truncate(this.content, 10, this.truncate);
      info(`,
    },
    {
      // Each cell merged the table's 15 border characters into an object of its own, though cells only read
      // them: a cell without characters of its own now shares one merged set per table (ColSpanCell and
      // RowSpanCell never merge options, so only plain cells take this path).
      find: `    let optionsChars = this.options.chars || {};
    let tableChars = tableOptions.chars;
    let chars = (this.chars = {});
    CHAR_NAMES.forEach(function (name) {
      setOption(optionsChars, tableChars, name, chars);
    });`,
      replace: `    let optionsChars = this.options.chars || {};
    let tableChars = tableOptions.chars;
    let shared = this.options.chars === undefined ? sharedChars.get(tableChars) : undefined;
    let chars = (this.chars = shared || {});
    if (shared === undefined) {
      CHAR_NAMES.forEach(function (name) {
        setOption(optionsChars, tableChars, name, chars);
      });
      if (this.options.chars === undefined) sharedChars.set(tableChars, chars);
    }`,
    },
    {
      find: `const camelNames = new Map();`,
      replace: `const camelNames = new Map();
const sharedChars = new WeakMap();`,
    },
  ],
  'debug.js': [
    {
      find: `debug.debugMessages = () => messages;`,
      replace: `debug.debugMessages = () => messages;
debug.enabled = (min) => level >= min;`,
    },
  ],
  'utils.js': [
    {
      // Measuring a plain one-line cell: nothing to strip, one line to measure. The same width, without a regular
      // expression, a split and a reduce for every cell (each is measured several times).
      find: `function strlen(str) {
  let code = codeRegex();`,
      replace: `function strlen(str) {
  if (typeof str === 'string' && !str.includes('\\u001b') && !str.includes('\\n')) return stringWidth(str);
  let code = codeRegex();`,
    },
    {
      // Padding made an array of n + 1 empty slots to join, two or three times for every cell drawn.
      find: `function repeat(str, times) {
  return Array(times + 1).join(str);
}`,
      replace: `function repeat(str, times) {
  return Number.isInteger(times) && times >= 0 ? str.repeat(times) : Array(times + 1).join(str);
}`,
    },
    {
      // Lines without a colour code carry no colour state from line to line: they come out as they went in.
      find: `function colorizeLines(input) {
  let state = {};`,
      replace: `function colorizeLines(input) {
  if (input.every((line) => !line.includes('\\u001b'))) return input.slice();
  let state = {};`,
    },
  ],
  'layout-manager.js': [
    {
      // Whether a position is taken was answered by scanning every earlier row from the top, for every position
      // of every row: quadratic in rows (history's table: millions of comparisons). A cell that takes the
      // position is almost always in its own row, so scanning from that row upwards answers at once; the
      // answer (does any cell overlap) is the same in either order.
      find: `    for (let i = 0; i <= i_max; i++) {
      let row = rows[i];`,
      replace: `    for (let i = i_max; i >= 0; i--) {
      let row = rows[i];`,
    },
  ],
};

export const cliTablePatches = {
  name: 'cli-table-patches',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]cli-table3[\\/]src[\\/](cell|layout-manager|debug|utils)\.js$/ }, (args) => {
      let source = fs.readFileSync(args.path, 'utf8');
      for (const { find, replace } of PATCHES[args.path.split(/[\\/]/).pop()]) {
        if (!source.includes(find)) throw new Error(`${args.path}: a passage src/build-cli-table.mjs patches is not there any more; update or drop that patch`);
        source = source.replace(find, replace);
      }
      return { contents: source, loader: 'js' };
    });
  },
};
