/**
 * The value formats of record schemas, registered on an ajv instance: the standard ones from
 * ajv-formats and our Finnish ones. Each custom format has a `reason` function, so a message can
 * say precisely what is wrong (the check character, not just "invalid").
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isBusinessId } from '../formats/business-id.js';
import { checkIban } from '../formats/iban.js';
import { checkPersonalIdentityCode } from '../formats/personal-identity-code.js';
import { checkPhoneNumber } from '../formats/phone.js';
import { isPostalCode } from '../formats/postal-code.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

interface CustomFormat {
  /** Message key of the failure: `record.format.<name>` or a more precise one. */
  reason(value: string): string | undefined;
}

/** Our formats: `reason` is undefined for a valid value, else the message key of what is wrong. */
export const CUSTOM_FORMATS: Readonly<Record<string, CustomFormat>> = {
  'fi-personal-identity-code': { reason: (value) => picReason(value, false) },
  'fi-personal-identity-code-temporary': { reason: (value) => picReason(value, true) },
  'fi-business-id': { reason: (value) => (isBusinessId(value) ? undefined : 'record.format.fi-business-id') },
  'fi-postal-code': { reason: (value) => (isPostalCode(value) ? undefined : 'record.format.fi-postal-code') },
  phone: { reason: (value) => (checkPhoneNumber(value).ok ? undefined : 'record.format.phone') },
  iban: {
    reason: (value) => {
      const result = checkIban(value);
      return result.ok ? undefined : `record.iban.${result.reason}`;
    },
  },
};

function picReason(value: string, allowTemporary: boolean): string | undefined {
  const result = checkPersonalIdentityCode(value, { allowTemporary });
  return result.ok ? undefined : `record.pic.${result.reason}`;
}

/** Registers every format record schemas use. */
export function addRecordFormats(ajv: Ajv2020): void {
  addFormats(ajv, ['date', 'date-time', 'email']);
  for (const [name, format] of Object.entries(CUSTOM_FORMATS)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => format.reason(value) === undefined });
  }
}
