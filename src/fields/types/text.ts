import { integer } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkLengthRange } from './ranges.js';
import { SINGLE_LINE } from '../value-patterns.js';

export const textType: FieldType = {
  name: 'text',
  doc: 'One line of text, such as a name or a title.',
  settings: {
    min_length: integer('Fewest characters allowed.', 0),
    max_length: integer('Most characters allowed (default 200).', 1),
  },
  check: checkLengthRange,
  valueSchema: (field) => ({
    type: 'string',
    minLength: field.settings.min_length ?? (field.required ? 1 : 0),
    maxLength: field.settings.max_length ?? 200,
    // One line: no line breaks, no control characters (they would reach terminals and exports).
    pattern: SINGLE_LINE,
  }),
};
