// The rows a load could not use, each with its reason, kept compactly: a sheet of a million rows an indicator does
// not break down by must not cost an object per row (it did: 375 MiB at a million such rows). File names and
// reasons (in both languages) repeat, so each is stored once and rows hold numbers.
import type { Bilingual } from '../i18n/bilingual.js';
import type { UnusedRow } from './data.js';

export class UnusedRows implements Iterable<UnusedRow> {
  private readonly files: string[] = [];
  private readonly fileNumbers = new Map<string, number>();
  private readonly reasons: Bilingual[] = [];
  /** By the English text; the Chinese one is compared too, so two reasons that share an English text stay apart. */
  private readonly reasonNumbers = new Map<string, number>();
  private lastReason: Bilingual | undefined;
  private lastNumber = 0;
  private fileOf = new Uint32Array(256);
  private lineOf = new Uint32Array(256);
  private reasonOf = new Uint32Array(256);
  private size = 0;

  get length(): number {
    return this.size;
  }

  add(file: string, line: number, reason: Bilingual): void {
    if (this.size === this.lineOf.length) this.grow();
    this.fileOf[this.size] = this.fileNumber(file);
    this.lineOf[this.size] = line;
    this.reasonOf[this.size] = this.reasonNumber(reason);
    this.size++;
  }

  at(i: number): UnusedRow {
    return { file: this.files[this.fileOf[i]!]!, line: this.lineOf[i]!, reason: this.reasons[this.reasonOf[i]!]! };
  }

  *[Symbol.iterator](): Iterator<UnusedRow> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  /** The first `count` rows (all by default) as objects. */
  toArray(count = this.size): UnusedRow[] {
    return Array.from({ length: Math.min(count, this.size) }, (_, i) => this.at(i));
  }

  private fileNumber(file: string): number {
    let n = this.fileNumbers.get(file);
    if (n === undefined) this.fileNumbers.set(file, (n = this.files.push(file) - 1));
    return n;
  }

  private reasonNumber(reason: Bilingual): number {
    // The loader hands the same reason object to every row of a kind (row-reader.ts memoises them): no lookup then.
    if (reason === this.lastReason) return this.lastNumber;
    this.lastReason = reason;
    return (this.lastNumber = this.lookUpReason(reason));
  }

  private lookUpReason(reason: Bilingual): number {
    let key = reason.en;
    let n = this.reasonNumbers.get(key);
    if (n !== undefined && this.reasons[n]!.zh !== reason.zh) n = this.reasonNumbers.get((key = `${reason.zh}\u0000${reason.en}`));
    if (n === undefined) this.reasonNumbers.set(key, (n = this.reasons.push(reason) - 1));
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
