/** Settings shared by the choice types: a list of options with their own ids and labels. */
import { list, localId, object, text } from '../../check/schema-nodes.js';
import type { SettingsReporter } from '../field-type.js';

export const optionsSetting = list(
  object(
    'One option.',
    {
      id: localId('Stored value of the option (unique within the field).'),
      label: text('What people see.'),
    },
    ['id', 'label'],
  ),
  'The options to choose from.',
);

export function checkOptionsUnique(field: Record<string, unknown>, report: SettingsReporter): void {
  const seen = new Map<string, number>();
  const options = Array.isArray(field['options']) ? field['options'] : [];
  options.forEach((option: unknown, index) => {
    const value = (option as { id?: unknown } | null)?.id;
    if (typeof value !== 'string') return;
    if (seen.has(value)) report('duplicate-option', { id: value }, ['options', index, 'id']);
    else seen.set(value, index);
  });
}
