/** Every field type by name: adding a type is one file in `types/` and one line here. */
import type { FieldType } from './field-type.js';
import { addressType } from './types/address.js';
import { booleanType } from './types/boolean.js';
import { businessIdType } from './types/business-id.js';
import { choiceType } from './types/choice.js';
import { dateType } from './types/date.js';
import { datetimeType } from './types/datetime.js';
import { emailType } from './types/email.js';
import { fileType } from './types/file.js';
import { groupType } from './types/group.js';
import { ibanType } from './types/iban.js';
import { languageType } from './types/language.js';
import { longTextType } from './types/long-text.js';
import { multiChoiceType } from './types/multi-choice.js';
import { municipalityType } from './types/municipality.js';
import { numberType } from './types/number.js';
import { personalIdentityCodeType } from './types/personal-identity-code.js';
import { phoneType } from './types/phone.js';
import { postalCodeType } from './types/postal-code.js';
import { textType } from './types/text.js';

export const FIELD_TYPES: ReadonlyMap<string, FieldType> = new Map(
  [
    textType,
    longTextType,
    numberType,
    booleanType,
    dateType,
    datetimeType,
    choiceType,
    multiChoiceType,
    emailType,
    phoneType,
    addressType,
    postalCodeType,
    personalIdentityCodeType,
    businessIdType,
    ibanType,
    languageType,
    municipalityType,
    fileType,
    groupType,
  ].map((type) => [type.name, type]),
);

export function fieldType(name: string): FieldType | undefined {
  return FIELD_TYPES.get(name);
}
