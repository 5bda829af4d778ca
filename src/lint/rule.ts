/**
 * What a lint rule is, and the small helpers rules share. A rule reads only the normalized
 * `Registry` and returns findings whose paths point into the definition; `lint.ts` locates them.
 */
import type { MessageParams } from '../i18n/catalogue.js';
import type { Registry } from '../model/types.js';
import type { Finding } from '../problems/finding.js';
import type { Path, Severity } from '../problems/problem.js';

export interface LintRule {
  /** Stable name of the rule, e.g. `controller-identity`. */
  name: string;
  /** The provisions the rule enforces, e.g. `GDPR Art 13(1)(a), 14(1)(a)`. */
  articles: string;
  /** Every code the rule may report; each has fi, sv and en messages in `lint-messages.ts`. */
  codes: readonly string[];
  check(registry: Registry): Finding[];
}

/** A lint finding of the given severity. */
export function finding(severity: Severity, code: string, path: Path, params: MessageParams = {}): Finding {
  return { code, severity, path, params };
}

/**
 * The data path of a model element's JSON pointer (`/categories/0/fields/2` →
 * `['categories', 0, 'fields', 2]`), with `~1` and `~0` unescaped (RFC 6901). Digit-only
 * segments are list indexes: the model's pointers only ever index lists with them.
 */
export function pathOf(pointer: string, ...rest: Array<string | number>): Path {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  const path = segments.map((segment) => {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
  return [...path, ...rest];
}

/**
 * Whether the controller is a public authority. The model has no such flag: every register
 * seloste serves is kept by a municipality or a municipal body (kunta, kuntayhtymä, lautakunta),
 * all public authorities in the sense of GDPR Art 6(1) and 37(1)(a). Kept as one function so that
 * the day a private controller appears, the rules that depend on it change in one place.
 */
export function isPublicAuthority(_registry: Registry): boolean {
  return true;
}

/**
 * Whether the notice is (also) an Art 13 notice: some data is collected from the data subject.
 * A notice silent on sources is read as one, since that is the common case of a register of
 * customers.
 */
export function collectsFromDataSubject(registry: Registry): boolean {
  return registry.sources.length === 0 || registry.sources.some((source) => source.kind === 'data-subject');
}

/**
 * Whether the notice is (also) an Art 14 notice: some data comes from others than the person.
 * Silence on sources, or a source of unstated kind, counts as "maybe", so the check applies.
 */
export function obtainedFromOthers(registry: Registry): boolean {
  return registry.sources.length === 0 || registry.sources.some((source) => source.kind !== 'data-subject');
}
