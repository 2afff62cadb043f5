// What exceljs's streaming reader does not say: every sheet's name, visibility and part, and its merged cells.

export interface SheetInfo {
  name: string;
  /** visible, hidden or veryHidden (hidden so that only a macro can show it). */
  state: string;
  /** The zip part holding the sheet, e.g. xl/worksheets/sheet1.xml. */
  part: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1]!, decodeXml(m[2] ?? m[3] ?? ''));
  return found;
}

/** Local name of a possibly prefixed attribute (`r:id`, `x:state`). */
function attribute(attrs: Map<string, string>, local: string): string | undefined {
  for (const [key, value] of attrs) if (key === local || key.endsWith(`:${local}`)) return value;
  return undefined;
}

/** The sheets in workbook order, from xl/workbook.xml and its relationships. */
export function readSheetList(workbookXml: string, relsXml: string): SheetInfo[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const id = attrs.get('Id');
    const target = attrs.get('Target');
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetInfo[] = [];
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    const rid = attribute(attrs, 'id');
    const part = rid === undefined ? undefined : targets.get(rid);
    sheets.push({ name: attrs.get('name') ?? '', state: attrs.get('state') ?? 'visible', part: part ?? '' });
  }
  return sheets;
}

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `B12` → row 12, column 2. */
export function decodeCell(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (m === null) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** The merged ranges of a sheet's XML: they follow its cells, so they are found by a scan of the bytes. */
export function readMergedRanges(sheetXml: Buffer): MergedRange[] {
  const start = sheetXml.lastIndexOf(OPEN_MERGES);
  if (start === -1) return [];
  const end = sheetXml.indexOf(CLOSE_MERGES, start);
  return parseMergedRanges(sheetXml.toString('utf8', start, end === -1 ? sheetXml.length : end));
}

/** Whether the XML ends with the closing worksheet tag: a cut-off part would otherwise read as fewer rows. */
export function isCompleteSheet(xml: Buffer): boolean {
  return /<\/(?:\w+:)?worksheet>\s*$/.test(xml.toString('utf8', Math.max(0, xml.length - 64)));
}

const OPEN_MERGES = Buffer.from('<mergeCells');
const CLOSE_MERGES = Buffer.from('</mergeCells>');

/**
 * Reads a sheet's XML piece by piece, keeping only its merged-cell list and its last bytes (to tell whether the
 * XML is complete).
 */
export class SheetScan {
  private tail = Buffer.alloc(0);
  private merges: Buffer[] | undefined;
  private mergesDone = false;

  push(piece: Buffer): void {
    const joined = Buffer.concat([this.tail, piece]);
    if (this.merges === undefined) {
      const start = joined.indexOf(OPEN_MERGES);
      if (start !== -1) this.merges = [joined.subarray(start)];
    } else if (!this.mergesDone) this.merges.push(piece);
    if (this.merges !== undefined && !this.mergesDone && joined.indexOf(CLOSE_MERGES) !== -1) this.mergesDone = true;
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - 64)));
  }

  complete(): boolean {
    return isCompleteSheet(this.tail);
  }

  mergedRanges(): MergedRange[] {
    return this.merges === undefined ? [] : parseMergedRanges(Buffer.concat(this.merges).toString('utf8'));
  }
}

function parseMergedRanges(text: string): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const m of text.matchAll(/<mergeCell\b[^>]*\bref\s*=\s*"([^"]+)"/g)) {
    const [from, to] = m[1]!.split(':');
    const a = decodeCell(from ?? '');
    const b = decodeCell(to ?? from ?? '');
    if (a === undefined || b === undefined) continue;
    ranges.push({ top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) });
  }
  return ranges;
}
