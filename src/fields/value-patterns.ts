import type { Field } from '../model/types.js';
import type { JsonSchema } from './field-type.js';

/**
 * Text values in records. Control characters are refused everywhere: stored, they
 * would reach terminals, CSV exports and logs; a one-line value also refuses line breaks.
 */

/** One line of text: no C0/C1 control characters, no line or paragraph separators. */
export const SINGLE_LINE = '^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$';

/** Several lines: line feeds, carriage returns and tabs allowed, other control characters not. */
export const MULTI_LINE = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$';

/**
 * The schema of a text value: the field's own length bounds (a required text may not be empty),
 * else `defaultMaxLength`, and the pattern that keeps control characters out.
 */
export function textValueSchema(field: Field, defaultMaxLength: number, pattern: string): JsonSchema {
  return {
    type: 'string',
    minLength: field.settings.min_length ?? (field.required ? 1 : 0),
    maxLength: field.settings.max_length ?? defaultMaxLength,
    pattern,
  };
}
