import type { FieldType } from '../field-type.js';

export const dateType: FieldType = {
  name: 'date',
  storage: 'text',
  doc: 'A calendar date (stored as YYYY-MM-DD, shown as 24.5.2018).',
  settings: {},
  temporal: true,
  categorical: true,
  valueSchema: () => ({ type: 'string', format: 'date' }),
};
