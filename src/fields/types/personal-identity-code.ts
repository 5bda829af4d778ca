import { bool } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';

export const personalIdentityCodeType: FieldType = {
  name: 'personal-identity-code',
  storage: 'text',
  searchable: true,
  doc: 'A Finnish personal identity code (henkilötunnus, DDMMYYCZZZQ) with its check character.',
  settings: {
    allow_temporary: bool('Also accept temporary codes (individual number 900–999), e.g. for people without a real code.'),
  },
  valueSchema: (field) => ({
    type: 'string',
    format: field.settings.allow_temporary ? 'fi-personal-identity-code-temporary' : 'fi-personal-identity-code',
  }),
};
