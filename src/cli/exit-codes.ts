// The one table of exit codes; only bin/plancheck.js sets process.exitCode.
export const EXIT = {
  /** No result has a status listed in --fail-on. */
  ok: 0,
  /** At least one result has a status listed in --fail-on (or a regression with --fail-on-regression). */
  failOn: 1,
  /** Usage error or bad input (rule files, data files): the message names the file and line. */
  input: 2,
  /** A bug in plancheck itself; --debug shows the stack trace. */
  internal: 3,
} as const;

/** Thrown for bad command-line usage; mapped to EXIT.input. */
export class UsageError extends Error {
  override name = 'UsageError';
}
