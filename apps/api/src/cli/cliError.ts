/**
 * The codes of the CLI's refusals that scripts may want to tell apart; printed before the
 * message (`STORE_NOT_NEW: …`). Most CLI errors need none: bad input says what and where.
 */
export type CliErrorCode = 'STORE_NOT_NEW' | 'STORE_IN_USE';

/** An expected CLI failure: its message is printed as it is and the exit code is 1. */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly code?: CliErrorCode,
  ) {
    super(message);
  }
}
