/** Exit codes, documented in the README. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** An error the user can fix: printed as one line, without a stack trace unless --verbose. */
export class TandemError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = EXIT_USAGE) {
    super(message);
    this.name = "TandemError";
    this.exitCode = exitCode;
  }
}

/** Bad input: names the file and the problem. */
export class InputError extends TandemError {
  readonly file: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "InputError";
    this.file = file;
  }
}

/** Bad usage: an unknown option value, a missing argument. */
export class UsageError extends TandemError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
