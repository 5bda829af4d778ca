import { bool, number, text } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkValueRange } from './ranges.js';

export const numberType: FieldType = {
  name: 'number',
  storage: 'real',
  doc: 'A number, such as a duration in minutes or a count.',
  settings: {
    integer: bool('Only whole numbers are allowed.'),
    min: number('Smallest value allowed.'),
    max: number('Largest value allowed.'),
    unit: text('Unit shown after the value, e.g. "min" or "kk".'),
  },
  check: checkValueRange,
  valueSchema: (field) => ({
    type: field.settings.integer ? 'integer' : 'number',
    ...(field.settings.min === undefined ? {} : { minimum: field.settings.min }),
    ...(field.settings.max === undefined ? {} : { maximum: field.settings.max }),
  }),
};
