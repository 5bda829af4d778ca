import { integer } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkLengthRange } from './ranges.js';

export const textType: FieldType = {
  name: 'text',
  doc: 'One line of text, such as a name or a title.',
  settings: {
    min_length: integer('Fewest characters allowed.', 0),
    max_length: integer('Most characters allowed (default 200).', 1),
  },
  check: checkLengthRange,
};
