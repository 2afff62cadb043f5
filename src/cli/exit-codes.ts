// The one table of exit codes; only bin/plancheck.js sets process.exitCode.
import type { Lang } from '../i18n/format.js';
import { isMessageCode, message, type MessageCode } from '../i18n/messages.js';

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

/**
 * Thrown for bad command-line usage; mapped to EXIT.input. Given a message code, it is printed in the output
 * language; a plain sentence is printed as it is.
 */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly code: MessageCode | undefined;
  readonly params: Record<string, string | number>;

  constructor(codeOrText: MessageCode | string, params: Record<string, string | number> = {}) {
    super(isMessageCode(codeOrText) ? message(codeOrText, 'en', params) : codeOrText);
    this.code = isMessageCode(codeOrText) ? codeOrText : undefined;
    this.params = params;
  }

  text(lang: Lang): string {
    return this.code ? message(this.code, lang, this.params) : this.message;
  }
}
