// Progress on stderr for long work: only on a terminal, and only once the work has taken more than a second.
import { message } from '../i18n/messages.js';
import type { Io } from './io.js';

/** Quick runs stay silent: progress appears only after this long. */
export const PROGRESS_DELAY_MS = 1000;

export interface Progress {
  /** Rows read so far and the file being read (the data loader calls this about every 100,000 rows). */
  rows(rowsRead: number, file: string): void;
  /** A step that may take a while, e.g. evaluating. */
  step(text: string): void;
  /** Clear the progress line, before the report is printed. */
  done(): void;
}

const SILENT: Progress = { rows: () => {}, step: () => {}, done: () => {} };

/** A progress line that overwrites itself; `now` is injectable so tests need no real waiting. */
export function createProgress(io: Pick<Io, 'stderr' | 'stderrIsTTY'>, lang: 'zh' | 'en', now: () => number = Date.now): Progress {
  // Piped or redirected stderr is a log: progress lines there are noise.
  if (!io.stderrIsTTY) return SILENT;
  const started = now();
  let shown = false;
  const show = (text: string) => {
    if (now() - started < PROGRESS_DELAY_MS) return;
    shown = true;
    // \r and "erase to end of line": the line is rewritten in place.
    io.stderr(`\r${text}\u001b[K`);
  };
  return {
    rows(rowsRead, file) {
      const count = rowsRead.toLocaleString('en');
      show(message('progressRows', lang, { count, file }));
    },
    step: show,
    done() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
