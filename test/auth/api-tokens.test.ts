/** API tokens: shown once, stored hashed, named per user, revocable, dead with a disabled user. */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiTokenStore, type ApiTokenStore } from '../../src/auth/api-tokens.js';
import { AuthInputError, createUserStore, type UserStore } from '../../src/auth/users.js';
import { fakeClock, type FakeClock } from '../../src/runtime/clock.js';
import { openDatabase, type Db } from '../../src/storage/database.js';

let db: Db;
let clock: FakeClock;
let users: UserStore;
let tokens: ApiTokenStore;

beforeEach(async () => {
  db = openDatabase(':memory:');
  clock = fakeClock();
  users = createUserStore(db, clock, { cost: 2 ** 10 });
  tokens = createApiTokenStore(db, clock);
  await users.add({ username: 'anna', displayName: 'Anna', password: 'kahvia ja pullaa 42' });
  await users.add({ username: 'ville', displayName: 'Ville', password: 'kahvia ja pullaa 42' });
});

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (cause) {
    if (cause instanceof AuthInputError) return cause.problems[0]!.code;
    throw cause;
  }
  return undefined;
}

describe('createApiTokenStore', () => {
  it('issues an slt_ token, stores only its SHA-256 and verifies it', () => {
    const { token, info } = tokens.issue('Anna', ' nightly-export ');
    expect(token).toMatch(/^slt_[A-Za-z0-9_-]{43}$/);
    expect(info).toMatchObject({ username: 'anna', name: 'nightly-export', createdAt: clock() });
    const row = db.prepare('SELECT * FROM api_tokens').get() as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    expect(row['token_hash']).toBe(createHash('sha256').update(token).digest('hex'));
    expect(tokens.verify(token)).toEqual({ id: info.id, username: 'anna', name: 'nightly-export' });
  });

  it('records when a token was last used', () => {
    const { token } = tokens.issue('anna', 'export');
    expect(tokens.list('anna')[0]!.lastUsedAt).toBeUndefined();
    clock.advance(5000);
    tokens.verify(token);
    expect(tokens.list('anna')[0]!.lastUsedAt).toEqual(clock());
  });

  it('refuses unknown, malformed and lookalike tokens', () => {
    const { token } = tokens.issue('anna', 'export');
    expect(tokens.verify('')).toBeUndefined();
    expect(tokens.verify(token.slice(4))).toBeUndefined();
    expect(tokens.verify(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(tokens.verify(`slt_${'x'.repeat(43)}`)).toBeUndefined();
  });

  it('lists the live tokens, of one user or all', () => {
    tokens.issue('anna', 'b-export');
    tokens.issue('anna', 'a-report');
    tokens.issue('ville', 'sync');
    expect(tokens.list('anna').map((token) => token.name)).toEqual(['a-report', 'b-export']);
    expect(tokens.list().map((token) => `${token.username}/${token.name}`)).toEqual(['anna/a-report', 'anna/b-export', 'ville/sync']);
    expect(JSON.stringify(tokens.list())).not.toContain('slt_');
  });

  it('revokes by user and name; the name can then be used again', () => {
    const first = tokens.issue('anna', 'export').token;
    expect(codeOf(() => tokens.issue('anna', 'export'))).toBe('token.exists');
    tokens.revoke('anna', 'export');
    expect(tokens.verify(first)).toBeUndefined();
    expect(tokens.list('anna')).toEqual([]);
    const second = tokens.issue('anna', 'export').token;
    expect(tokens.verify(second)?.username).toBe('anna');
    expect(codeOf(() => tokens.revoke('anna', 'nothing'))).toBe('token.unknown');
    expect(codeOf(() => tokens.revoke('nobody', 'export'))).toBe('user.unknown');
  });

  it("stops a disabled user's tokens working, and issues none to them", () => {
    const { token } = tokens.issue('anna', 'export');
    const villes = tokens.issue('ville', 'export').token;
    users.disable('anna');
    expect(tokens.verify(token)).toBeUndefined();
    expect(tokens.verify(villes)?.username).toBe('ville');
    expect(codeOf(() => tokens.issue('anna', 'other'))).toBe('user.disabled');
    // Even if a token somehow escaped revocation, the disabled flag alone stops it.
    db.prepare('UPDATE api_tokens SET revoked_at = NULL').run();
    expect(tokens.verify(token)).toBeUndefined();
  });

  it('refuses unknown users and bad names', () => {
    expect(codeOf(() => tokens.issue('nobody', 'export'))).toBe('user.unknown');
    expect(codeOf(() => tokens.issue('anna', '   '))).toBe('token.bad-name');
    expect(codeOf(() => tokens.issue('anna', 'x'.repeat(65)))).toBe('token.bad-name');
    expect(codeOf(() => tokens.issue('anna', 'line\nbreak'))).toBe('token.bad-name');
  });
});
