import { integer } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkLengthRange } from './ranges.js';
import { MULTI_LINE, textValueSchema } from '../value-patterns.js';

export const longTextType: FieldType = {
  name: 'long-text',
  storage: 'text',
  searchable: true,
  doc: 'Free text of several lines, such as a customer narrative or notes.',
  settings: {
    min_length: integer('Fewest characters allowed.', 0),
    max_length: integer('Most characters allowed (default 20000).', 1),
  },
  check: checkLengthRange,
  valueSchema: (field) => textValueSchema(field, 20000, MULTI_LINE),
};
