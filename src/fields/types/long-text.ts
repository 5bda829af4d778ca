import { integer } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkLengthRange } from './ranges.js';
import { MULTI_LINE } from '../value-patterns.js';

export const longTextType: FieldType = {
  name: 'long-text',
  doc: 'Free text of several lines, such as a customer narrative or notes.',
  settings: {
    min_length: integer('Fewest characters allowed.', 0),
    max_length: integer('Most characters allowed (default 20000).', 1),
  },
  check: checkLengthRange,
  valueSchema: (field) => ({
    type: 'string',
    minLength: field.settings.min_length ?? (field.required ? 1 : 0),
    maxLength: field.settings.max_length ?? 20000,
    pattern: MULTI_LINE,
  }),
};
