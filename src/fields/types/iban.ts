import type { FieldType } from '../field-type.js';

export const ibanType: FieldType = {
  name: 'iban',
  storage: 'text',
  searchable: true,
  doc: 'A bank account number in IBAN form (FI21 1234 5600 0007 85), checked with mod 97.',
  settings: {},
  valueSchema: () => ({ type: 'string', format: 'iban', maxLength: 42 }),
};
