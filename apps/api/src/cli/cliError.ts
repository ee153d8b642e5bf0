/** An expected CLI failure: its message is printed as it is and the exit code is 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
}
