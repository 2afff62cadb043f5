// The rows a load could not use, each with its reason, kept compactly: a sheet of a million rows an indicator does
// not break down by must not cost an object per row (it did: 375 MiB at a million such rows). File names and
// reasons repeat, so each is stored once and rows hold numbers.
import type { UnusedRow } from './data.js';

export class UnusedRows implements Iterable<UnusedRow> {
  private readonly texts: string[] = [];
  private readonly textNumbers = new Map<string, number>();
  private fileOf = new Uint32Array(256);
  private lineOf = new Uint32Array(256);
  private reasonOf = new Uint32Array(256);
  private size = 0;

  get length(): number {
    return this.size;
  }

  add(file: string, line: number, reason: string): void {
    if (this.size === this.lineOf.length) this.grow();
    this.fileOf[this.size] = this.textNumber(file);
    this.lineOf[this.size] = line;
    this.reasonOf[this.size] = this.textNumber(reason);
    this.size++;
  }

  at(i: number): UnusedRow {
    return { file: this.texts[this.fileOf[i]!]!, line: this.lineOf[i]!, reason: this.texts[this.reasonOf[i]!]! };
  }

  *[Symbol.iterator](): Iterator<UnusedRow> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  /** The first `count` rows (all by default) as objects. */
  toArray(count = this.size): UnusedRow[] {
    return Array.from({ length: Math.min(count, this.size) }, (_, i) => this.at(i));
  }

  private textNumber(text: string): number {
    let n = this.textNumbers.get(text);
    if (n === undefined) this.textNumbers.set(text, (n = this.texts.push(text) - 1));
    return n;
  }

  private grow(): void {
    const bigger = (old: Uint32Array) => {
      const array = new Uint32Array(old.length * 2);
      array.set(old);
      return array;
    };
    this.fileOf = bigger(this.fileOf);
    this.lineOf = bigger(this.lineOf);
    this.reasonOf = bigger(this.reasonOf);
  }
}
