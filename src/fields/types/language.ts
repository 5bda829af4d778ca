import type { FieldType } from '../field-type.js';

export const languageType: FieldType = {
  name: 'language',
  doc: 'A language as an ISO 639 code, such as a mother tongue or a language of communication.',
  settings: {},
  categorical: true,
};
