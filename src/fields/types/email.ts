import type { FieldType } from '../field-type.js';

export const emailType: FieldType = {
  name: 'email',
  doc: 'An e-mail address.',
  settings: {},
};
