import type { FieldType } from '../field-type.js';

export const languageType: FieldType = {
  name: 'language',
  storage: 'text',
  doc: 'A language as an ISO 639 code, such as a mother tongue or a language of communication.',
  settings: {},
  categorical: true,
  // ISO 639-1 (fi, sv, en) or 639-3 (smn, sme) codes: Sámi languages have no two-letter code.
  valueSchema: () => ({ type: 'string', pattern: '^[a-z]{2,3}$' }),
};
