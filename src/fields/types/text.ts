import { integer } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkLengthRange } from './ranges.js';
import { SINGLE_LINE, textValueSchema } from '../value-patterns.js';

export const textType: FieldType = {
  name: 'text',
  storage: 'text',
  searchable: true,
  doc: 'One line of text, such as a name or a title.',
  settings: {
    min_length: integer('Fewest characters allowed.', 0),
    max_length: integer('Most characters allowed (default 200).', 1),
  },
  check: checkLengthRange,
  // One line: no line breaks, no control characters (they would reach terminals and exports).
  valueSchema: (field) => textValueSchema(field, 200, SINGLE_LINE),
};
