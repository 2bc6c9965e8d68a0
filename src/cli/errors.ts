// The command line's exit codes, and its one error type: a message id with parameters, rendered in the user's language.
import type { MessageId } from '../i18n/index.js';

/** Exit codes: 0 compliant, 1 findings at or above --fail-on, 2 could not check. */
export const EXIT = { ok: 0, findings: 1, couldNotCheck: 2 } as const;

/** Parameters of a CLI message (see src/i18n/cli.ts). */
export type CliParams = Record<string, string | number>;

/**
 * A problem with how the program was called or with what it was asked to write (exit 2). It carries a message id and
 * its parameters, never a library's English sentence; `main()` renders it once, in the chosen language.
 */
export class CliError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly params: CliParams = {},
  ) {
    super(messageId);
    this.name = 'CliError';
  }
}
