/** Why an input could not be read: a stable code for tools and a one-line message for people. */
export type InputErrorCode =
  | 'empty-file'
  | 'binary-file'
  | 'unknown-encoding'
  | 'not-a-pdf'
  | 'encrypted-pdf'
  | 'corrupt-pdf'
  | 'scanned-pdf'
  | 'no-text'
  | 'unmapped-text'
  | 'too-large'
  | 'no-structure'
  | 'not-a-statement'
  | 'unreadable';

export class InputError extends Error {
  readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
