import type { FieldType } from '../field-type.js';
import { SINGLE_LINE } from '../value-patterns.js';

export const addressType: FieldType = {
  name: 'address',
  storage: 'json',
  searchable: true,
  doc: 'A postal address: street address, postal code, post office and country.',
  settings: {},
  address: true,
  // Finnish addresses have a five-digit postal code; a foreign one is checked only for its length.
  valueSchema: (field) => ({
    type: 'object',
    additionalProperties: false,
    required: ['street', 'postal_code', 'post_office'],
    properties: {
      street: { type: 'string', minLength: field.required ? 1 : 0, maxLength: 200, pattern: SINGLE_LINE },
      postal_code: { type: 'string', maxLength: 12, pattern: SINGLE_LINE },
      post_office: { type: 'string', minLength: field.required ? 1 : 0, maxLength: 100, pattern: SINGLE_LINE },
      country: { type: 'string', pattern: '^[A-Z]{2}$', default: 'FI' },
    },
    // A foreign address (country given, not FI) skips the Finnish postal-code check.
    if: { required: ['country'], properties: { country: { type: 'string', not: { const: 'FI' } } } },
    else: { properties: { postal_code: { type: 'string', format: 'fi-postal-code' } } },
  }),
};
