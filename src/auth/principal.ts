/**
 * Who is acting: the one value every route and the audit log need about the caller, the same
 * whether they came with a browser session or an API token. Routes decide what a principal may do
 * from `roles`; an absent principal is an anonymous caller.
 */
import type { User } from './users.js';

export interface Principal {
  username: string;
  displayName: string;
  via: 'session' | 'token';
  /** The API token's label, when `via` is `token`. */
  tokenName?: string;
  /** Registry id → role ids. */
  roles: Map<string, string[]>;
  /** The session's public id, when `via` is `session`. */
  sessionId?: string;
  /** The session's CSRF token for forms, when `via` is `session`. */
  csrfToken?: string;
}

/** The principal of a user signed in with a session. */
export function sessionPrincipal(user: User, session: { id: string; csrfToken: string }): Principal {
  return { username: user.username, displayName: user.displayName, via: 'session', roles: user.roles, sessionId: session.id, csrfToken: session.csrfToken };
}

/** The principal of a user acting through an API token. */
export function tokenPrincipal(user: User, tokenName: string): Principal {
  return { username: user.username, displayName: user.displayName, via: 'token', tokenName, roles: user.roles };
}

/** Whether the principal holds `role` in `registry`. */
export function hasRole(principal: Principal | undefined, registry: string, role: string): boolean {
  return principal?.roles.get(registry)?.includes(role) ?? false;
}

/** Roles as a plain object for JSON: `{ registry: [role, …] }`. */
export function rolesToJson(roles: Map<string, string[]>): Record<string, string[]> {
  return Object.fromEntries([...roles].map(([registry, ids]) => [registry, [...ids]]));
}
