/** The user store: adding, roles, disabling (which ends sessions and tokens), resets, credentials. */
import { describe, expect, it } from 'vitest';
import { createApiTokenStore } from '../../src/auth/api-tokens.js';
import { hashPassword } from '../../src/auth/password.js';
import { createSessionStore } from '../../src/auth/sessions.js';
import { AuthInputError, createUserStore, normalizeUsername, parseRoleGrant } from '../../src/auth/users.js';
import { fakeClock } from '../../src/runtime/clock.js';
import { openDatabase } from '../../src/storage/database.js';

const COST = 2 ** 10;
const PASSWORD = 'kahvia ja pullaa 42';

function setup() {
  const db = openDatabase(':memory:');
  const clock = fakeClock();
  return { db, clock, users: createUserStore(db, clock, { cost: COST }), sessions: createSessionStore(db, clock), tokens: createApiTokenStore(db, clock) };
}

async function codesOf(promise: Promise<unknown> | (() => unknown)): Promise<string[]> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (cause) {
    if (cause instanceof AuthInputError) return cause.problems.map((problem) => problem.code);
    throw cause;
  }
  throw new Error('expected an AuthInputError');
}

const anna = { username: 'anna.virtanen', displayName: 'Anna Virtanen', password: PASSWORD, roles: [{ registry: 'raisio-tyollisyyspalvelut', role: 'tyontekija' }] };

describe('createUserStore', () => {
  it('adds a user with roles and reads it back', async () => {
    const { users, clock } = setup();
    const user = await users.add(anna);
    expect(user).toMatchObject({ username: 'anna.virtanen', displayName: 'Anna Virtanen', disabled: false });
    expect(user.createdAt).toEqual(clock());
    expect(user.roles).toEqual(new Map([['raisio-tyollisyyspalvelut', ['tyontekija']]]));
    expect(users.get('anna.virtanen')).toEqual(user);
    expect(users.get('nobody')).toBeUndefined();
  });

  it('lowercases and trims usernames: one user however typed', async () => {
    const { users } = setup();
    await users.add({ ...anna, username: '  Anna.Virtanen ' });
    expect(users.get('ANNA.VIRTANEN')?.username).toBe('anna.virtanen');
    expect(await codesOf(users.add({ ...anna, username: 'anna.VIRTANEN' }))).toEqual(['user.exists']);
    expect(normalizeUsername(' Matti ')).toBe('matti');
  });

  it('refuses bad usernames, names, weak passwords and malformed roles, all at once', async () => {
    const { users } = setup();
    expect(await codesOf(users.add({ username: 'a', displayName: ' ', password: 'short', roles: [{ registry: 'Raisio', role: 'x' }] }))).toEqual([
      'user.bad-username',
      'user.bad-name',
      'password.too-short',
      'user.bad-role',
    ]);
    expect(await codesOf(users.add({ ...anna, username: 'anna virtanen' }))).toEqual(['user.bad-username']);
    expect(await codesOf(users.add({ ...anna, username: 'x'.repeat(65) }))).toEqual(['user.bad-username']);
    expect(await codesOf(users.add({ ...anna, password: 'anna.virtanen' }))).toEqual(['password.same-as-username']);
    expect(await codesOf(users.add({ ...anna, displayName: 'Anna\u001b[31m' }))).toEqual(['user.bad-name']);
    expect(users.list()).toEqual([]);
  });

  it('lists users by username with their roles; replaces roles', async () => {
    const { users } = setup();
    await users.add({ ...anna, username: 'ville' });
    await users.add(anna);
    users.setRoles('ville', [
      { registry: 'walmu-asiakashallinta', role: 'paakayttaja' },
      { registry: 'raisio-tyollisyyspalvelut', role: 'tyontekija' },
      { registry: 'raisio-tyollisyyspalvelut', role: 'paakayttaja' },
      { registry: 'raisio-tyollisyyspalvelut', role: 'paakayttaja' },
    ]);
    const list = users.list();
    expect(list.map((user) => user.username)).toEqual(['anna.virtanen', 'ville']);
    expect(list[1]!.roles).toEqual(
      new Map([
        ['raisio-tyollisyyspalvelut', ['paakayttaja', 'tyontekija']],
        ['walmu-asiakashallinta', ['paakayttaja']],
      ]),
    );
    users.setRoles('ville', []);
    expect(users.get('ville')!.roles.size).toBe(0);
    expect(await codesOf(() => users.setRoles('nobody', []))).toEqual(['user.unknown']);
  });

  it('disabling ends every session and revokes every API token; enabling brings neither back', async () => {
    const { users, sessions, tokens, clock } = setup();
    await users.add(anna);
    await users.add({ ...anna, username: 'ville' });
    const first = sessions.create('anna.virtanen');
    const second = sessions.create('anna.virtanen');
    const villes = sessions.create('ville');
    const token = tokens.issue('anna.virtanen', 'export').token;
    clock.advance(60_000);

    expect(users.disable('anna.virtanen')).toEqual({ sessionsEnded: 2, tokensRevoked: 1 });
    expect(users.get('anna.virtanen')!.disabled).toBe(true);
    expect(users.get('anna.virtanen')!.updatedAt).toEqual(clock());
    expect(sessions.find(first.token)).toBeUndefined();
    expect(sessions.find(second.token)).toBeUndefined();
    expect(sessions.find(villes.token)).toBeDefined();
    expect(tokens.verify(token)).toBeUndefined();

    users.enable('anna.virtanen');
    expect(users.get('anna.virtanen')!.disabled).toBe(false);
    expect(tokens.verify(token)).toBeUndefined();
    expect(await codesOf(() => users.disable('nobody'))).toEqual(['user.unknown']);
  });

  it('resetting the password checks the policy and ends every session', async () => {
    const { users, sessions } = setup();
    await users.add(anna);
    const session = sessions.create('anna.virtanen');
    expect(await codesOf(users.resetPassword('anna.virtanen', 'zzzzzzzzzzzzzz'))).toEqual(['password.one-character']);
    expect(sessions.find(session.token)).toBeDefined();
    await users.resetPassword('anna.virtanen', 'uusi pitkä salasana');
    expect(sessions.find(session.token)).toBeUndefined();
    expect((await users.verifyCredentials('anna.virtanen', PASSWORD)).ok).toBe(false);
    expect((await users.verifyCredentials('anna.virtanen', 'uusi pitkä salasana')).ok).toBe(true);
    expect(await codesOf(users.resetPassword('nobody', 'uusi pitkä salasana'))).toEqual(['user.unknown']);
  });

  it('tells the reason of a failed sign-in apart for the audit log only', async () => {
    const { users } = setup();
    await users.add(anna);
    const ok = await users.verifyCredentials('Anna.Virtanen', PASSWORD);
    expect(ok.ok && ok.user.username).toBe('anna.virtanen');
    expect(await users.verifyCredentials('anna.virtanen', 'wrong password!')).toEqual({ ok: false, reason: 'wrong-password' });
    expect(await users.verifyCredentials('nobody', PASSWORD)).toEqual({ ok: false, reason: 'unknown-user' });
    expect(await users.verifyCredentials('not a username at all', PASSWORD)).toEqual({ ok: false, reason: 'unknown-user' });
    users.disable('anna.virtanen');
    expect(await users.verifyCredentials('anna.virtanen', PASSWORD)).toEqual({ ok: false, reason: 'disabled' });
  });

  it('raises an old hash to the current cost at the next successful sign-in', async () => {
    const { users, db } = setup();
    await users.add(anna);
    db.prepare('UPDATE users SET password_hash = ?').run(await hashPassword(PASSWORD, { cost: 2 ** 8 }));
    expect((await users.verifyCredentials('anna.virtanen', PASSWORD)).ok).toBe(true);
    const stored = db.prepare('SELECT password_hash FROM users').pluck().get() as string;
    expect(stored.startsWith('scrypt$10$')).toBe(true);
    expect((await users.verifyCredentials('anna.virtanen', PASSWORD)).ok).toBe(true);
  });

  it('never stores the password itself', async () => {
    const { users, db } = setup();
    await users.add(anna);
    const dump = JSON.stringify(db.prepare('SELECT * FROM users').all());
    expect(dump).not.toContain(PASSWORD);
  });
});

describe('parseRoleGrant', () => {
  it('reads registry:role and nothing else', () => {
    expect(parseRoleGrant('raisio-tyollisyyspalvelut:tyontekija')).toEqual({ registry: 'raisio-tyollisyyspalvelut', role: 'tyontekija' });
    for (const bad of ['raisio', 'raisio:', ':rooli', 'a:b:c', 'Raisio:tyontekija', 'raisio:työntekijä', 'a b:c']) {
      expect(parseRoleGrant(bad)).toBeUndefined();
    }
  });
});
