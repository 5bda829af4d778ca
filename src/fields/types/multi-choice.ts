import type { FieldType } from '../field-type.js';
import { checkOptionsUnique, optionsSetting } from './options.js';

export const multiChoiceType: FieldType = {
  name: 'multi-choice',
  storage: 'json',
  doc: 'Any number of values chosen from a list of options.',
  settings: { options: optionsSetting },
  requiredSettings: ['options'],
  check: checkOptionsUnique,
  categorical: true,
  valueSchema: (field) => ({
    type: 'array',
    items: { type: 'string', enum: (field.settings.options ?? []).map((option) => option.id) },
    uniqueItems: true,
    ...(field.required ? { minItems: 1 } : {}),
  }),
};
