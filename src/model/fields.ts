/** Walking a registry's fields. */
import type { Category, Field, Registry } from './types.js';

/** Every field of a category, the fields of its repeating groups included (groups do not nest). */
export function categoryFields(category: Category): Field[] {
  return category.fields.flatMap((field) => [field, ...field.fields]);
}

/** Every field of a registry, group members included, in definition order. */
export function allFields(registry: Registry): Field[] {
  return registry.categories.flatMap(categoryFields);
}
