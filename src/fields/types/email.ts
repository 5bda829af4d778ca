import type { FieldType } from '../field-type.js';

export const emailType: FieldType = {
  name: 'email',
  doc: 'An e-mail address.',
  settings: {},
  valueSchema: () => ({ type: 'string', format: 'email', maxLength: 254 }),
};
