/**
 * The machine-readable notice (`GET /notices/:id.json`, `<id>.json` in the static site): the
 * notice's content in every language it has, plus the rights seloste derives from the legal
 * bases. Its shape is versioned (`format`) and pinned by `NOTICE_JSON_SCHEMA`: a change to the
 * model that would change this output fails the schema test instead of silently breaking the
 * municipalities' integrations.
 *
 * Engine configuration is left out (roles, lifecycle transitions and timers, reports, source
 * positions, file paths): it is not part of what the notice tells the public.
 */
import type * as M from '../model/types.js';
import { deriveRights } from './rights.js';

export const NOTICE_JSON_FORMAT = 'seloste-notice/1';

/** The Finnish supervisory authority, the same for every register (Art 13(2)(d), 77). */
export const SUPERVISORY_AUTHORITY = {
  name: { fi: 'Tietosuojavaltuutetun toimisto', sv: 'Dataombudsmannens byrå', en: 'Office of the Data Protection Ombudsman' },
  address: { fi: 'PL 800, 00531 Helsinki', sv: 'PB 800, 00531 Helsingfors', en: 'P.O. Box 800, 00531 Helsinki, Finland' },
  visitingAddress: { fi: 'Lintulahdenkuja 4, 00530 Helsinki', sv: 'Lintulahdsgränden 4, 00530 Helsingfors', en: 'Lintulahdenkuja 4, 00530 Helsinki' },
  phone: '029 566 6700',
  email: 'tietosuoja@om.fi',
  website: 'https://tietosuoja.fi',
} as const;

/** The notice as JSON-ready data. */
export function noticeJson(registry: M.Registry): Record<string, unknown> {
  const rights = deriveRights(registry);
  const stateName = new Map((registry.lifecycle?.states ?? []).map((state) => [state.id, state.name]));
  return withoutPointers({
    format: NOTICE_JSON_FORMAT,
    id: registry.id,
    version: registry.origin.digest,
    languages: registry.languages,
    name: registry.name,
    description: registry.description,
    notice: registry.notice,
    controller: registry.controller,
    jointControllers: registry.jointControllers,
    jointArrangement: registry.jointArrangement,
    representatives: registry.representatives,
    contacts: registry.contacts,
    dpo: registry.dpo,
    registerForm: registry.registerForm,
    dataSubjects: registry.dataSubjects,
    purposes: registry.purposes,
    legalBases: registry.legalBases,
    provision: registry.provision,
    secrecy: registry.secrecy,
    consents: registry.consents,
    categories: registry.categories,
    sources: registry.sources,
    sourcesStatement: registry.sourcesStatement,
    disclosures: registry.disclosures,
    linkages: registry.linkages,
    systems: registry.systems,
    processors: registry.processors,
    transfers: registry.transfers,
    automatedDecisions: registry.automatedDecisions,
    security: registry.security,
    retention: registry.retention && {
      ...registry.retention,
      rules: registry.retention.rules.map((rule) =>
        rule.kind === 'enforceable' && 'state' in rule.from ? { ...rule, from: { ...rule.from, stateName: stateName.get(rule.from.state) } } : rule,
      ),
    },
    rights: {
      statement: registry.rights?.statement,
      exercise: registry.rights?.exercise,
      restrictions: registry.rights?.restrictions ?? [],
      contact: registry.rights?.contact,
      deadline: rights.deadline,
      deadlineFrom: rights.deadlineFrom,
      items: rights.items.map((item) => ({
        right: item.right,
        article: item.article,
        status: item.status,
        reason: item.reason,
        decidedBy: item.decidedBy,
        text: item.stated?.text,
        restrictions: item.stated?.restrictions,
        exercise: item.stated?.exercise,
      })),
    },
    supervisoryAuthority: SUPERVISORY_AUTHORITY,
    administration: registry.administration,
  }) as Record<string, unknown>;
}

/** Drops source pointers and undefined values, recursively (JSON has no undefined). */
function withoutPointers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPointers);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'pointer' || item === undefined) continue;
    out[key] = withoutPointers(item);
  }
  return out;
}
