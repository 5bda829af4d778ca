import type { FieldType } from '../field-type.js';

export const addressType: FieldType = {
  name: 'address',
  doc: 'A postal address: street address, postal code, post office and country.',
  settings: {},
  address: true,
};
