/**
 * Cross-reference checks: what a schema cannot say. Each check is a small named function over
 * the parsed data and the ids the schema pass collected. They run even when the schema pass
 * found problems, so an author sees every problem at once; that is why they read the data
 * defensively instead of trusting its shape.
 */
import { FIELD_TYPES } from '../fields/registry.js';
import { error, warning, type Finding } from '../problems/finding.js';
import { formatPath, type Path } from '../problems/problem.js';
import type { Declaration, Reference, SchemaResult } from './schema-check.js';
import { suggest } from './suggest.js';

type Raw = Record<string, unknown>;

interface FieldInfo {
  id: string;
  type: string;
  path: Path;
  group?: string;
}

export interface CrossRefInput {
  data: Raw;
  declarations: Declaration[];
  references: Reference[];
  fields: Map<string, FieldInfo>;
}

type Check = (input: CrossRefInput) => Finding[];

const isRaw = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const items = (value: unknown): Array<[number, Raw]> =>
  Array.isArray(value) ? value.flatMap((item, index): Array<[number, Raw]> => (isRaw(item) ? [[index, item]] : [])) : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Every id is unique within its kind. */
export const uniqueIds: Check = ({ declarations }) => {
  const first = new Map<string, Declaration>();
  const findings: Finding[] = [];
  for (const declaration of declarations) {
    const key = `${declaration.kind}\u0000${declaration.id}`;
    const earlier = first.get(key);
    if (earlier) findings.push(error('duplicate-id', declaration.path, { kind: declaration.kind, id: declaration.id, first: formatPath(earlier.path) }));
    else first.set(key, declaration);
  }
  return findings;
};

/** Every reference names something declared. */
export const referencesResolve: Check = ({ declarations, references }) => {
  const declared = new Map<string, Set<string>>();
  for (const { kind, id } of declarations) {
    if (!declared.has(kind)) declared.set(kind, new Set());
    declared.get(kind)!.add(id);
  }
  return references
    .filter((reference) => !(reference.wildcard && reference.id === '*'))
    .filter((reference) => !declared.get(reference.kind)?.has(reference.id))
    .map((reference) => {
      const candidates = [...(declared.get(reference.kind) ?? [])];
      return error('unknown-reference', reference.path, {
        kind: reference.kind,
        id: reference.id,
        suggestion: suggest(reference.id, candidates),
        declared: candidates.length > 0 ? candidates.join(', ') : '—',
      });
    });
};

/** Type-specific settings checks (min ≤ max, unique options), delegated to the field types. */
export const fieldSettings: Check = ({ fields, data }) => {
  const findings: Finding[] = [];
  for (const info of fields.values()) {
    const raw = fieldAt(data, info.path);
    const type = FIELD_TYPES.get(info.type);
    if (!raw || !type?.check) continue;
    type.check(raw, (code, params, sub = []) => findings.push(error(code, [...info.path, ...sub], params)));
  }
  return findings;
};

/** Fields used in a role that needs a certain kind of type: protection flags, dates, dimensions. */
export const fieldKinds: Check = ({ data, fields }) => {
  const findings: Finding[] = [];
  const expect = (id: unknown, path: Path, test: (type: string) => boolean, code: string) => {
    const info = typeof id === 'string' ? fields.get(id) : undefined;
    if (info && !test(info.type)) findings.push(error(code, path, { id: info.id, type: info.type }));
  };
  const temporal = (type: string) => FIELD_TYPES.get(type)?.temporal === true;
  for (const info of fields.values()) {
    const raw = fieldAt(data, info.path);
    expect(raw?.['protected_by'], [...info.path, 'protected_by'], (type) => type === 'boolean', 'protected-by-not-boolean');
  }
  for (const [i, rule] of items(isRaw(data['retention']) ? data['retention']['rules'] : undefined)) {
    if (isRaw(rule['from'])) expect(rule['from']['field'], ['retention', 'rules', i, 'from', 'field'], temporal, 'not-a-date-field');
  }
  const lifecycle = isRaw(data['lifecycle']) ? data['lifecycle'] : {};
  for (const [i, timer] of items(lifecycle['timers'])) {
    expect(timer['from_field'], ['lifecycle', 'timers', i, 'from_field'], temporal, 'not-a-date-field');
  }
  for (const [i, transition] of items(lifecycle['transitions'])) {
    const dates = isRaw(transition['requires']) ? transition['requires']['future_dates'] : undefined;
    for (const [j, field] of (Array.isArray(dates) ? dates : []).entries()) {
      expect(field, ['lifecycle', 'transitions', i, 'requires', 'future_dates', j], temporal, 'not-a-date-field');
    }
  }
  for (const [i, report] of items(data['reports'])) {
    expect(report['counts'], ['reports', i, 'counts'], (type) => FIELD_TYPES.get(type)?.group === true, 'not-a-group');
    for (const [j, dimension] of (Array.isArray(report['dimensions']) ? report['dimensions'] : []).entries()) {
      expect(dimension, ['reports', i, 'dimensions', j], (type) => FIELD_TYPES.get(type)?.categorical === true, 'not-a-dimension');
      const counted = str(report['counts']);
      const info = typeof dimension === 'string' ? fields.get(dimension) : undefined;
      if (info?.group && info.group !== counted) {
        findings.push(error('dimension-outside-group', ['reports', i, 'dimensions', j], { id: info.id, group: info.group }));
      }
    }
  }
  return findings;
};

/** An enforceable rule needs a period, a start and an action; a reference rule cites something. */
export const retentionRules: Check = ({ data }) => {
  const findings: Finding[] = [];
  for (const [i, rule] of items(isRaw(data['retention']) ? data['retention']['rules'] : undefined)) {
    const path = ['retention', 'rules', i];
    const enforceable = ['keep', 'from', 'then'].filter((key) => rule[key] !== undefined);
    if (enforceable.length > 0 && enforceable.length < 3) {
      const missing = ['keep', 'from', 'then'].filter((key) => rule[key] === undefined).join(', ');
      findings.push(error('retention-incomplete', path, { missing }));
    } else if (enforceable.length === 0 && rule['reference'] === undefined) {
      findings.push(error('retention-empty', path));
    }
  }
  return findings;
};

/** Timers act, transitions connect states that allow them, and every state can be reached. */
export const lifecycleShape: Check = ({ data }) => {
  if (!isRaw(data['lifecycle'])) return [];
  const lifecycle = data['lifecycle'];
  const findings: Finding[] = [];
  const transitions = items(lifecycle['transitions']);
  const byId = new Map(transitions.map(([, t]) => [str(t['id']), t]));
  const finals = new Set(items(lifecycle['states']).filter(([, s]) => s['final'] === true).map(([, s]) => str(s['id'])));

  for (const [i, transition] of transitions) {
    for (const [j, from] of (Array.isArray(transition['from']) ? transition['from'] : []).entries()) {
      if (finals.has(from)) findings.push(error('transition-from-final', ['lifecycle', 'transitions', i, 'from', j], { state: String(from) }));
    }
  }
  for (const [i, timer] of items(lifecycle['timers'])) {
    const path = ['lifecycle', 'timers', i];
    const hasTransition = timer['transition'] !== undefined;
    if (hasTransition === (timer['action'] !== undefined)) {
      findings.push(error('timer-needs-one-action', path));
      continue;
    }
    const transition = byId.get(str(timer['transition']));
    const from = Array.isArray(transition?.['from']) ? transition['from'] : undefined;
    if (transition && from && !from.includes(timer['state'])) {
      findings.push(error('timer-transition-mismatch', [...path, 'transition'], { transition: String(timer['transition']), state: String(timer['state']) }));
    }
  }

  const reachable = new Set<unknown>([lifecycle['initial']]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [, transition] of transitions) {
      const from = Array.isArray(transition['from']) ? transition['from'] : [];
      if (from.some((state) => reachable.has(state)) && !reachable.has(transition['to'])) {
        reachable.add(transition['to']);
        grew = true;
      }
    }
  }
  for (const [i, state] of items(lifecycle['states'])) {
    if (typeof state['id'] === 'string' && !reachable.has(state['id'])) {
      findings.push(warning('unreachable-state', ['lifecycle', 'states', i, 'id'], { state: state['id'] }));
    }
  }
  return findings;
};

/** Statements that contradict themselves, and bases that say nothing. */
export const consistentStatements: Check = ({ data }) => {
  const findings: Finding[] = [];
  for (const [i, basis] of items(data['legal_bases'])) {
    if (basis['gdpr'] === undefined && basis['laws'] === undefined && basis['name'] === undefined) {
      findings.push(error('legal-basis-empty', ['legal_bases', i]));
    }
    const points = Array.isArray(basis['gdpr']) ? basis['gdpr'] : [];
    if (basis['legitimate_interests'] !== undefined && !points.includes('6(1)(f)')) {
      findings.push(error('legitimate-interests-without-6f', ['legal_bases', i, 'legitimate_interests']));
    }
  }
  const disclosures = isRaw(data['disclosures']) ? data['disclosures'] : {};
  if (disclosures['regular'] === false && items(disclosures['items']).length > 0) {
    findings.push(error('disclosures-contradiction', ['disclosures', 'regular']));
  }
  for (const [i, item] of items(disclosures['items'])) {
    if (item['consent'] !== undefined && item['basis'] !== 'consent') {
      findings.push(error('consent-without-consent-basis', ['disclosures', 'items', i, 'consent']));
    }
  }
  const transfers = isRaw(data['transfers']) ? data['transfers'] : undefined;
  if (transfers?.['outside_eea'] === false && items(transfers['destinations']).length > 0) {
    findings.push(error('transfers-contradiction', ['transfers', 'destinations']));
  }
  if (transfers?.['outside_eea'] === true && items(transfers['destinations']).length === 0) {
    findings.push(error('transfers-missing-destinations', ['transfers', 'outside_eea']));
  }
  const notice = isRaw(data['notice']) ? data['notice'] : {};
  const created = str(notice['created']);
  const updated = str(notice['updated']);
  if (created && updated && /^\d{4}-\d{2}-\d{2}$/.test(created) && /^\d{4}-\d{2}-\d{2}$/.test(updated) && updated < created) {
    findings.push(error('dates-out-of-order', ['notice', 'updated'], { created, updated }));
  }
  return findings;
};

export const CROSS_REFERENCE_CHECKS: readonly Check[] = [
  uniqueIds,
  referencesResolve,
  fieldSettings,
  fieldKinds,
  retentionRules,
  lifecycleShape,
  consistentStatements,
];

/** Runs every check; a check that fails on odd input reports that instead of crashing the run. */
export function checkCrossReferences(data: unknown, schema: SchemaResult): Finding[] {
  if (!isRaw(data)) return [];
  const input: CrossRefInput = { data, declarations: schema.declarations, references: schema.references, fields: collectFields(data) };
  return CROSS_REFERENCE_CHECKS.flatMap((check) => {
    try {
      return check(input);
    } catch (cause) {
      return [error('internal-check-failed', [], { check: check.name, detail: String(cause) })];
    }
  });
}

/** Every field by id, group members included (first declaration wins; duplicates are reported). */
function collectFields(data: Raw): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  const add = (raw: Raw, path: Path, group?: string) => {
    const id = str(raw['id']);
    const type = str(raw['type']);
    if (id && type && !fields.has(id)) fields.set(id, { id, type, path, ...(group ? { group } : {}) });
    for (const [j, member] of items(raw['fields'])) add(member, [...path, 'fields', j], id);
  };
  for (const [i, category] of items(data['categories'])) {
    for (const [j, field] of items(category['fields'])) add(field, ['categories', i, 'fields', j]);
  }
  return fields;
}

function fieldAt(data: Raw, path: Path): Raw | undefined {
  let node: unknown = data;
  for (const segment of path) node = isRaw(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
  return isRaw(node) ? node : undefined;
}
