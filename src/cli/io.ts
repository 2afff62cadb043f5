// The process surface a command touches, passed in so commands stay testable.
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The terminal's width when stdout is one. */
  stdoutColumns?: number;
}

let streamsGuarded = false;

/**
 * A reader that goes away early (`plancheck evaluate | head`) makes writes fail with EPIPE: that is not an error
 * of plancheck's, so the rest of the output is dropped quietly and the exit code still tells the result. Other
 * write failures are reported in one line (exit 2), never as an unhandled error with a stack trace.
 */
function guardStreams(): void {
  if (streamsGuarded) return;
  streamsGuarded = true;
  for (const [name, stream] of [['stdout', process.stdout], ['stderr', process.stderr]] as const) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') return;
      if (name === 'stdout') process.stderr.write(`plancheck: cannot write the report to standard output (${error.code ?? error.message}); what was printed is incomplete\n`);
      process.exitCode = 2;
    });
  }
}

export function processIo(): Io {
  guardStreams();
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
