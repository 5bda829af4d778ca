import type { FieldType } from '../field-type.js';

export const datetimeType: FieldType = {
  name: 'datetime',
  storage: 'text',
  doc: 'A date and time of day, such as when a customer event took place.',
  settings: {},
  temporal: true,
  categorical: true,
  valueSchema: () => ({ type: 'string', format: 'date-time' }),
};
