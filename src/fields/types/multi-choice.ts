import type { FieldType } from '../field-type.js';
import { checkOptionsUnique, optionsSetting } from './options.js';

export const multiChoiceType: FieldType = {
  name: 'multi-choice',
  doc: 'Any number of values chosen from a list of options.',
  settings: { options: optionsSetting },
  requiredSettings: ['options'],
  check: checkOptionsUnique,
  categorical: true,
};
