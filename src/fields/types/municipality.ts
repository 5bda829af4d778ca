import type { FieldType } from '../field-type.js';

export const municipalityType: FieldType = {
  name: 'municipality',
  storage: 'text',
  doc: 'A Finnish municipality by its three-digit code (kuntanumero), such as a home municipality.',
  settings: {},
  categorical: true,
  valueSchema: () => ({ type: 'string', pattern: '^[0-9]{3}$' }),
};
