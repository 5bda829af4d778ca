import type { FieldType } from '../field-type.js';
import { checkOptionsUnique, optionsSetting } from './options.js';

export const choiceType: FieldType = {
  name: 'choice',
  storage: 'text',
  doc: 'One value chosen from a list of options.',
  settings: { options: optionsSetting },
  requiredSettings: ['options'],
  check: checkOptionsUnique,
  categorical: true,
  valueSchema: (field) => ({ type: 'string', enum: (field.settings.options ?? []).map((option) => option.id) }),
};
