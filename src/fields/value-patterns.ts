/**
 * Patterns for text values in records. Control characters are refused everywhere: stored, they
 * would reach terminals, CSV exports and logs; a one-line value also refuses line breaks.
 */

/** One line of text: no C0/C1 control characters, no line or paragraph separators. */
export const SINGLE_LINE = '^[^\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]*$';

/** Several lines: line feeds, carriage returns and tabs allowed, other control characters not. */
export const MULTI_LINE = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]*$';
