/**
 * Record values as staff read them, in their language: dates 23.11.2026, times in Finnish time,
 * numbers with a decimal comma, yes/no, choices by their label, an address on its lines. Each
 * value becomes lines of plain text; templates escape them.
 */
import { translate, type Lang } from '../i18n/catalogue.js';
import { UI_MESSAGES } from '../i18n/ui-messages.js';
import type { Field, Text } from '../model/types.js';
import { formatDate } from '../notices/formatting.js';

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The label of a text in `lang` (Finnish where not translated). */
export function textIn(text: Text, lang: Lang): string {
  return text[lang] ?? text.fi;
}

/** A value of `field` as lines; an absent value is one dash. */
export function formatValue(field: Field, value: unknown, lang: Lang): string[] {
  if (value === undefined || value === null || value === '') return [translate(UI_MESSAGES, 'ui.record.empty', lang)];
  switch (field.type) {
    case 'boolean':
      return [translate(UI_MESSAGES, value ? 'ui.yes' : 'ui.no', lang)];
    case 'number': {
      const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }).format(value as number);
      return [field.settings.unit ? `${number} ${textIn(field.settings.unit, lang)}` : number];
    }
    case 'date':
      return [formatDate(String(value), lang)];
    case 'datetime':
      return [formatDateTime(String(value), lang)];
    case 'choice':
      return [optionLabel(field, String(value), lang)];
    case 'multi-choice':
      return [(value as string[]).map((id) => optionLabel(field, id, lang)).join(', ')];
    case 'address': {
      const address = value as Record<string, string | undefined>;
      const lines = [address['street'], [address['postal_code'], address['post_office']].filter(Boolean).join(' '), address['country'] && address['country'] !== 'FI' ? address['country'] : undefined];
      return lines.filter((line): line is string => typeof line === 'string' && line !== '');
    }
    case 'file': {
      const file = value as { name: string; size: number };
      return [translate(UI_MESSAGES, 'ui.record.file', lang, { name: file.name, size: formatSize(file.size, lang) })];
    }
    case 'long-text':
      return String(value).split('\n');
    default:
      return [String(value)];
  }
}

/** An ISO date-time in Finnish time: "23.11.2026 klo 14.05". */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: lang === 'en' ? 'medium' : 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(date);
}

function optionLabel(field: Field, id: string, lang: Lang): string {
  const option = field.settings.options?.find((candidate) => candidate.id === id);
  return option ? textIn(option.label, lang) : id;
}

function formatSize(bytes: number, lang: Lang): string {
  const format = (n: number) => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${format(bytes / 1024)} kB`;
  return `${bytes} B`;
}
