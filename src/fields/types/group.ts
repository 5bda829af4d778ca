import { def, integer, list, text } from '../../check/schema-nodes.js';
import type { FieldType } from '../field-type.js';
import { checkItemRange } from './ranges.js';

export const groupType: FieldType = {
  name: 'group',
  storage: 'group',
  doc: 'A repeating group of sub-fields, such as customer events or attendance entries; groups do not nest.',
  settings: {
    fields: list(def('groupField'), 'The fields of one entry; every field type but `group`.'),
    item_label: text('What one entry is called, e.g. "tapahtuma".'),
    min_items: integer('Fewest entries.', 0),
    max_items: integer('Most entries.', 1),
  },
  requiredSettings: ['fields'],
  check: checkItemRange,
  group: true,
  // The entries' schema is built from the member fields by the record schema (src/schema/).
  valueSchema: (field) => ({
    type: 'array',
    ...(field.settings.min_items === undefined ? {} : { minItems: field.settings.min_items }),
    ...(field.settings.max_items === undefined ? {} : { maxItems: field.settings.max_items }),
  }),
};
