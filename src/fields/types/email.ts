import type { FieldType } from '../field-type.js';

export const emailType: FieldType = {
  name: 'email',
  storage: 'text',
  searchable: true,
  doc: 'An e-mail address.',
  settings: {},
  valueSchema: () => ({ type: 'string', format: 'email', maxLength: 254 }),
};
