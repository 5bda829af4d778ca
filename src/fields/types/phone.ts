import type { FieldType } from '../field-type.js';

export const phoneType: FieldType = {
  name: 'phone',
  storage: 'text',
  searchable: true,
  doc: 'A phone number, Finnish (040 123 4567) or international (+358 40 123 4567).',
  settings: {},
  valueSchema: () => ({ type: 'string', format: 'phone', maxLength: 40 }),
};
