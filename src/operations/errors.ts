/**
 * Why an operation refused: a kind (which the API maps to a status code and the forms to a
 * page) and a message key with its parameters (worded in the caller's language where shown).
 */
import type { MessageParams } from '../i18n/catalogue.js';
import type { FieldError } from '../schema/record-validator.js';

export type ErrorKind = 'bad-request' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'precondition-failed' | 'invalid';

export class OperationError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    /** Field-level messages, already worded in the caller's language (validation). */
    readonly errors: FieldError[] = [],
  ) {
    super(messageKey);
  }
}
