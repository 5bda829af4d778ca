/**
 * Texts in every declared language. A missing translation is already a loader error
 * (`missing-translation`); what only the lint can see is a "translation" that is the Finnish
 * text copied verbatim, which a Swedish- or English-speaking reader cannot read either.
 */
import type { Lang, Registry, Text } from '../../model/types.js';
import type { Finding } from '../../problems/finding.js';
import type { Path } from '../../problems/problem.js';
import { finding, pathOf } from '../rule.js';

/**
 * Fewest words a copied text must have to be reported: names of systems, authorities and
 * places ("Kela", "ForeAmmatti", "Microsoft Sharepoint") are rightly the same in every language.
 */
const MIN_WORDS = 3;

/** Model keys that hold no text of the definition, or hold it under another YAML key. */
const SKIPPED_KEYS = new Set(['pointer', 'origin']);
/** Field settings stand in the YAML beside the field's common keys, not under `settings`. */
const TRANSPARENT_KEYS = new Set(['settings']);

/**
 * GDPR Art 12(1): information in a concise, intelligible form, in clear and plain language. A
 * Swedish or English text identical to the Finnish one is a copy, not a translation (Finnish
 * municipalities with a Swedish-speaking minority must serve it in Swedish, Kielilaki 423/2003).
 */
export function translatedTexts(registry: Registry): Finding[] {
  const others = registry.languages.filter((lang): lang is Exclude<Lang, 'fi'> => lang !== 'fi');
  if (others.length === 0) return [];
  const findings: Finding[] = [];
  // Inherited texts (a category's confidentiality on each of its fields) are the same object:
  // reported once, where they are written.
  const seen = new Set<object>();
  const visit = (value: unknown, path: Path): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (isText(value)) {
      for (const lang of others) {
        if (value[lang] === value.fi && words(value.fi) >= MIN_WORDS) {
          findings.push(finding('warning', 'text-not-translated', [...path, lang], { lang }));
        }
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    const record = value as Record<string, unknown>;
    const base = typeof record['pointer'] === 'string' ? pathOf(record['pointer']) : path;
    for (const [key, child] of Object.entries(record)) {
      if (SKIPPED_KEYS.has(key)) continue;
      visit(child, TRANSPARENT_KEYS.has(key) ? base : [...base, snakeCase(key)]);
    }
  };
  visit(registry, []);
  return findings;
}

function isText(value: object): value is Text {
  const keys = Object.keys(value);
  return typeof (value as Partial<Text>).fi === 'string' && keys.every((key) => key === 'fi' || key === 'sv' || key === 'en');
}

function words(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** The YAML key of a model key: `legitimateInterests` → `legitimate_interests`. */
function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
