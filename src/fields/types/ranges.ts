/** Range checks shared by types with a lower and an upper bound. */
import type { SettingsReporter } from '../field-type.js';

function checkRange(field: Record<string, unknown>, report: SettingsReporter, low: string, high: string): void {
  const min = field[low];
  const max = field[high];
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    report('range-inverted', { low, high, min, max }, [low]);
  }
}

export function checkLengthRange(field: Record<string, unknown>, report: SettingsReporter): void {
  checkRange(field, report, 'min_length', 'max_length');
}

export function checkValueRange(field: Record<string, unknown>, report: SettingsReporter): void {
  checkRange(field, report, 'min', 'max');
}

export function checkItemRange(field: Record<string, unknown>, report: SettingsReporter): void {
  checkRange(field, report, 'min_items', 'max_items');
}
