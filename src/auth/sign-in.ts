/**
 * Signing in and out, the same for the JSON API and the staff pages: the throttle first, one
 * credential check whose failure reason goes only to the audit log, a brand-new session (any
 * session the browser presented is ended), and no session without its audit entry.
 */
import type { User } from './users.js';
import type { LoginThrottle } from './throttle.js';
import type { Principal } from './principal.js';
import type { Session, SessionStore } from './sessions.js';
import type { UserStore } from './users.js';
import { normalizeUsername, USERNAME_PATTERN } from './users.js';

/** What sign-in and sign-out tell the audit log. */
export interface SignInAuditEntry {
  actor: string;
  action: 'login' | 'logout' | 'login-failed';
  outcome: 'ok' | 'denied';
  reason?: string;
  ip?: string;
}

export type SignInAudit = (entry: SignInAuditEntry) => void;

export interface SignInContext {
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
}

export type SignInResult =
  | { ok: true; user: User; token: string; session: Session }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  | { ok: false; reason: 'invalid-credentials' };

/** Stands in the audit log for a typed username that cannot be one (it may be a password typed in the wrong box). */
const INVALID_ACTOR = '(invalid username)';

export async function signIn(
  ctx: SignInContext,
  audit: SignInAudit,
  input: { username: string; password: string; ip?: string | undefined; previousToken?: string | undefined },
): Promise<SignInResult> {
  const { ip } = input;
  const withIp = (entry: SignInAuditEntry): SignInAuditEntry => (ip === undefined ? entry : { ...entry, ip });
  const username = normalizeUsername(input.username);
  const actor = USERNAME_PATTERN.test(username) ? username : INVALID_ACTOR;

  const decision = ctx.throttle.check(username, ip);
  if (!decision.allowed) {
    audit(withIp({ actor, action: 'login-failed', outcome: 'denied', reason: `throttled-${decision.scope}` }));
    return { ok: false, reason: 'throttled', retryAfterSeconds: decision.retryAfterSeconds };
  }

  const check = await ctx.users.verifyCredentials(username, input.password);
  if (!check.ok) {
    ctx.throttle.recordFailure(username, ip);
    audit(withIp({ actor, action: 'login-failed', outcome: 'denied', reason: check.reason }));
    return { ok: false, reason: 'invalid-credentials' };
  }

  ctx.throttle.recordSuccess(username);
  // Never carry a session over a sign-in: whatever token the browser held is ended.
  if (input.previousToken) ctx.sessions.endByToken(input.previousToken);
  const { token, session } = ctx.sessions.create(check.user.username);
  try {
    audit(withIp({ actor: check.user.username, action: 'login', outcome: 'ok' }));
  } catch (cause) {
    // No access that the audit log does not know about.
    ctx.sessions.end(session.id);
    throw cause;
  }
  return { ok: true, user: check.user, token, session };
}

/** Ends the caller's session (or a stale cookie's); audited when it was a live session. */
export function signOut(ctx: SignInContext, audit: SignInAudit, principal: Principal | undefined, cookie: string | undefined, ip: string | undefined): void {
  if (principal?.via === 'session' && principal.sessionId !== undefined) {
    ctx.sessions.end(principal.sessionId);
    audit({ actor: principal.username, action: 'logout', outcome: 'ok', ...(ip === undefined ? {} : { ip }) });
  } else if (principal === undefined && cookie) {
    // A stale or foreign cookie: end it if it is a session at all.
    ctx.sessions.endByToken(cookie);
  }
}
