/** The refusal an operation ended in, for tests that assert on its kind, message key and params. */
import { OperationError } from '../../src/operations/errors.js';

/** The OperationError `promise` was rejected with; any other error is rethrown, and no error fails. */
export async function refusal(promise: Promise<unknown>): Promise<OperationError> {
  try {
    await promise;
  } catch (cause) {
    if (cause instanceof OperationError) return cause;
    throw cause;
  }
  throw new Error('expected a refusal');
}
