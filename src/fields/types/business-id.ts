import type { FieldType } from '../field-type.js';

export const businessIdType: FieldType = {
  name: 'business-id',
  storage: 'text',
  searchable: true,
  doc: 'A Finnish business ID (Y-tunnus, 1234567-8) with its check digit.',
  settings: {},
  valueSchema: () => ({ type: 'string', format: 'fi-business-id' }),
};
