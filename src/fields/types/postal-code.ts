import type { FieldType } from '../field-type.js';

export const postalCodeType: FieldType = {
  name: 'postal-code',
  storage: 'text',
  searchable: true,
  doc: 'A Finnish postal code of five digits.',
  settings: {},
  categorical: true,
  valueSchema: () => ({ type: 'string', format: 'fi-postal-code' }),
};
