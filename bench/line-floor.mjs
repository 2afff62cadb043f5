// The floor for reading a long CSV: read the files, split lines and fields, turn the value column into numbers.
// No validation, no units, no lookups: what any program that uses the figures at all must do.
import fs from 'node:fs';

function readValues(file) {
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  const decoder = new TextDecoder();
  let rest = '';
  let valueColumn = -1;
  let rows = 0;
  let sum = 0;
  for (;;) {
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    const text = rest + decoder.decode(chunk.subarray(0, n), { stream: n > 0 });
    const lines = text.split('\n');
    rest = n > 0 ? lines.pop() : '';
    for (const line of lines) {
      if (line === '') continue;
      const fields = line.split(',');
      if (valueColumn < 0) {
        valueColumn = fields.indexOf('value');
        continue;
      }
      const value = Number(fields[valueColumn]);
      if (!Number.isNaN(value)) sum += value;
      rows++;
    }
    if (n === 0) break;
  }
  fs.closeSync(fd);
  return { rows, sum };
}

let rows = 0;
let sum = 0;
for (const file of process.argv.slice(2)) {
  const counted = readValues(file);
  rows += counted.rows;
  sum += counted.sum;
}
process.stdout.write(`${rows} rows, sum ${sum.toFixed(2)}\n`);
