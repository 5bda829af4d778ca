import type { FieldType } from '../field-type.js';

export const booleanType: FieldType = {
  name: 'boolean',
  storage: 'boolean',
  doc: 'Yes or no, such as address protection (turvakielto) in force.',
  settings: {},
  categorical: true,
  valueSchema: () => ({ type: 'boolean' }),
};
