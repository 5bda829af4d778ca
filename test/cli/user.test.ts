/** `seloste user …`: every subcommand, and every kind of bad input as a plain message with exit 2. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiTokenStore } from '../../src/auth/api-tokens.js';
import { createUserStore } from '../../src/auth/users.js';
import { runUser, type UserOptions } from '../../src/cli/user.js';
import { systemClock } from '../../src/runtime/clock.js';
import { openDatabase } from '../../src/storage/database.js';

const FAST = { cost: 2 ** 10 };
const PASSWORD = 'kahvia ja pullaa 42';
const KNOWN = new Map([
  ['raisio-tyollisyyspalvelut', new Set(['tyontekija', 'paakayttaja'])],
  ['walmu-asiakashallinta', new Set(['kasittelija'])],
]);

const newDb = (): string => join(mkdtempSync(join(tmpdir(), 'seloste-user-')), 'seloste.db');

async function user(
  db: string,
  sub: string | undefined,
  args: string[],
  extra: Partial<UserOptions> = {},
  env: NodeJS.ProcessEnv = {},
  /** null: no registries at hand. */
  knownRoles: Map<string, Set<string>> | null = KNOWN,
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUser(
    { sub, args, db, lang: 'en', role: [], ...extra },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
    env,
    knownRoles ?? undefined,
    FAST,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The stores over the same file, to look behind the command. */
function stores(db: string) {
  const handle = openDatabase(db);
  return { users: createUserStore(handle, systemClock, FAST), tokens: createApiTokenStore(handle, systemClock), close: () => handle.close() };
}

async function withAnna(): Promise<string> {
  const db = newDb();
  const result = await user(db, 'add', ['anna.virtanen'], { name: 'Anna Virtanen', role: ['raisio-tyollisyyspalvelut:tyontekija'] }, { SELOSTE_PASSWORD: PASSWORD });
  expect(result.code).toBe(0);
  return db;
}

describe('seloste user add', () => {
  it('adds a user with roles, the password from SELOSTE_PASSWORD', async () => {
    const db = newDb();
    const result = await user(
      db,
      'add',
      ['Anna.Virtanen'],
      { name: 'Anna Virtanen', role: ['raisio-tyollisyyspalvelut:tyontekija', 'walmu-asiakashallinta:kasittelija'] },
      { SELOSTE_PASSWORD: PASSWORD },
    );
    expect(result).toEqual({
      code: 0,
      out: 'Added the user anna.virtanen (Anna Virtanen); roles: raisio-tyollisyyspalvelut:tyontekija, walmu-asiakashallinta:kasittelija.',
      err: '',
    });
    const { users, close } = stores(db);
    expect((await users.verifyCredentials('anna.virtanen', PASSWORD)).ok).toBe(true);
    close();
  });

  it('takes --password first, with a note on the shell history', async () => {
    const db = newDb();
    const result = await user(db, 'add', ['ville'], { name: 'Ville', password: 'komentorivin salasana' }, { SELOSTE_PASSWORD: PASSWORD });
    expect(result.code).toBe(0);
    expect(result.out).toContain('roles: none');
    expect(result.err).toContain('shell history');
    const { users, close } = stores(db);
    expect((await users.verifyCredentials('ville', 'komentorivin salasana')).ok).toBe(true);
    close();
  });

  it('generates a strong password when none is given and shows it once', async () => {
    const db = newDb();
    const result = await user(db, 'add', ['ville'], { name: 'Ville' });
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[1]).toBe('Password for ville (shown only now; hand it over safely):');
    const password = lines[2]!;
    expect(password).toMatch(/^[a-zA-Z2-9]{6}(-[a-zA-Z2-9]{6}){3}$/);
    const { users, close } = stores(db);
    expect((await users.verifyCredentials('ville', password)).ok).toBe(true);
    close();
  });

  it('refuses a duplicate user, a weak password, a bad username or a missing name with exit 2', async () => {
    const db = await withAnna();
    const env = { SELOSTE_PASSWORD: PASSWORD };
    expect(await user(db, 'add', ['ANNA.VIRTANEN'], { name: 'Anna' }, env)).toEqual({ code: 2, out: '', err: 'There is already a user "anna.virtanen".' });
    expect(await user(db, 'add', ['ville'], { name: 'Ville' }, { SELOSTE_PASSWORD: 'short' })).toMatchObject({
      code: 2,
      err: 'The password must have at least 12 characters (this one has 5).',
    });
    expect((await user(db, 'add', ['ville'], { name: 'Ville' }, { SELOSTE_PASSWORD: 'ville' })).err.split('\n')).toEqual([
      'The password must have at least 12 characters (this one has 5).',
      'The password must not be the username.',
    ]);
    expect((await user(db, 'add', ['ville virtanen'], { name: 'Ville' }, env)).err).toContain('The username "ville virtanen" is not valid');
    expect(await user(db, 'add', ['ville'], {}, env)).toMatchObject({ code: 2, err: 'Give the person\'s name, at most 200 characters: --name "Anna Virtanen"' });
  });

  it('refuses malformed roles before touching the database', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'seloste-user-')), 'never-created.db');
    const result = await user(db, 'add', ['ville'], { name: 'Ville', role: ['raisio', 'a:b:c'] }, { SELOSTE_PASSWORD: PASSWORD });
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toEqual([
      'The role "raisio" is not of the form registry:role, e.g. raisio-tyollisyyspalvelut:tyontekija.',
      'The role "a:b:c" is not of the form registry:role, e.g. raisio-tyollisyyspalvelut:tyontekija.',
    ]);
  });

  it('refuses registries and roles the definitions do not declare, listing the known ones', async () => {
    const db = newDb();
    const env = { SELOSTE_PASSWORD: PASSWORD };
    const registry = await user(db, 'add', ['ville'], { name: 'Ville', role: ['raisio:tyontekija'] }, env);
    expect(registry).toMatchObject({
      code: 2,
      err: 'Unknown registry "raisio" in the role "raisio:tyontekija". The registries: raisio-tyollisyyspalvelut, walmu-asiakashallinta.',
    });
    const role = await user(db, 'add', ['ville'], { name: 'Ville', role: ['raisio-tyollisyyspalvelut:admin'] }, env);
    expect(role).toMatchObject({ code: 2, err: 'The registry "raisio-tyollisyyspalvelut" has no role "admin". Its roles: paakayttaja, tyontekija.' });
    // Without the registries at hand, any well-formed role is taken.
    expect((await user(db, 'add', ['ville'], { name: 'Ville', role: ['raisio:tyontekija'] }, env, null)).code).toBe(0);
  });

  it('speaks Finnish and Swedish', async () => {
    const db = await withAnna();
    const fi = await user(db, 'add', ['anna.virtanen'], { name: 'A', lang: 'fi' }, { SELOSTE_PASSWORD: PASSWORD });
    expect(fi.err).toBe('Käyttäjä "anna.virtanen" on jo olemassa.');
    const sv = await user(db, 'disable', ['nobody'], { lang: 'sv' });
    expect(sv.err).toBe('Det finns ingen användare "nobody". Användarna: `seloste user list`.');
  });
});

describe('seloste user disable / enable / reset / roles', () => {
  it('disables (ending sessions and revoking tokens) and enables', async () => {
    const db = await withAnna();
    const { tokens, close } = stores(db);
    const { token } = tokens.issue('anna.virtanen', 'export');
    close();
    expect(await user(db, 'disable', ['anna.virtanen'])).toEqual({
      code: 0,
      out: 'Disabled the user anna.virtanen: 0 session(s) ended, 1 API token(s) revoked.',
      err: '',
    });
    const after = stores(db);
    expect(after.users.get('anna.virtanen')!.disabled).toBe(true);
    expect(after.tokens.verify(token)).toBeUndefined();
    after.close();
    expect((await user(db, 'enable', ['anna.virtanen'])).out).toBe('Enabled the user anna.virtanen. Revoked API tokens stay revoked.');
    const enabled = stores(db);
    expect(enabled.users.get('anna.virtanen')!.disabled).toBe(false);
    enabled.close();
  });

  it('resets the password from the usual sources', async () => {
    const db = await withAnna();
    const result = await user(db, 'reset', ['anna.virtanen']);
    expect(result.code).toBe(0);
    const [done, intro, password] = result.out.split('\n');
    expect(done).toBe('Set a new password for anna.virtanen; their sessions were ended.');
    expect(intro).toContain('shown only now');
    const { users, close } = stores(db);
    expect((await users.verifyCredentials('anna.virtanen', password!)).ok).toBe(true);
    expect((await users.verifyCredentials('anna.virtanen', PASSWORD)).ok).toBe(false);
    close();
    expect((await user(db, 'reset', ['anna.virtanen'], {}, { SELOSTE_PASSWORD: 'aaaaaaaaaaaaaaaa' })).err).toBe('The password must not be one character repeated.');
  });

  it('replaces roles', async () => {
    const db = await withAnna();
    const result = await user(db, 'roles', ['anna.virtanen'], { role: ['raisio-tyollisyyspalvelut:paakayttaja'] });
    expect(result).toEqual({ code: 0, out: 'The roles of anna.virtanen are now: raisio-tyollisyyspalvelut:paakayttaja.', err: '' });
    expect((await user(db, 'roles', ['anna.virtanen'])).err).toContain('Give the roles');
  });

  it('refuses unknown users with exit 2', async () => {
    const db = await withAnna();
    for (const sub of ['disable', 'enable', 'reset']) {
      expect(await user(db, sub, ['nobody'], {}, { SELOSTE_PASSWORD: PASSWORD })).toEqual({
        code: 2,
        out: '',
        err: 'There is no user "nobody". `seloste user list` shows the users.',
      });
    }
    expect((await user(db, 'roles', ['nobody'], { role: ['raisio-tyollisyyspalvelut:tyontekija'] })).code).toBe(2);
    expect((await user(db, 'token', ['nobody'], { name: 'x' })).code).toBe(2);
    expect((await user(db, 'revoke-token', ['nobody', 'x'])).code).toBe(2);
  });
});

describe('seloste user list', () => {
  it('says when there are no users', async () => {
    expect((await user(newDb(), 'list', [])).out).toContain('No users yet.');
  });

  it('shows username, name, status, roles and token names in columns', async () => {
    const db = await withAnna();
    await user(db, 'add', ['ville'], { name: 'Ville Väisänen' }, { SELOSTE_PASSWORD: PASSWORD });
    await user(db, 'token', ['anna.virtanen'], { name: 'export' });
    await user(db, 'disable', ['ville']);
    const { code, out } = await user(db, 'list', []);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'username       name            status    roles                                 API tokens',
      'anna.virtanen  Anna Virtanen   active    raisio-tyollisyyspalvelut:tyontekija  export',
      'ville          Ville Väisänen  disabled  none                                  –',
    ]);
  });
});

describe('seloste user token / revoke-token', () => {
  it('prints the token once; the token works until revoked', async () => {
    const db = await withAnna();
    const issued = await user(db, 'token', ['anna.virtanen'], { name: 'nightly-export' });
    expect(issued.code).toBe(0);
    const [intro, token] = issued.out.split('\n');
    expect(intro).toBe('API token "nightly-export" for anna.virtanen (shown only now; store it in the client\'s secret store):');
    expect(token).toMatch(/^slt_[A-Za-z0-9_-]{43}$/);
    const before = stores(db);
    expect(before.tokens.verify(token!)?.username).toBe('anna.virtanen');
    before.close();

    expect((await user(db, 'token', ['anna.virtanen'], { name: 'nightly-export' })).err).toContain('already has an API token named "nightly-export"');
    expect(await user(db, 'revoke-token', ['anna.virtanen', 'nightly-export'])).toEqual({
      code: 0,
      out: 'Revoked the API token "nightly-export" of anna.virtanen.',
      err: '',
    });
    const after = stores(db);
    expect(after.tokens.verify(token!)).toBeUndefined();
    after.close();
    expect((await user(db, 'revoke-token', ['anna.virtanen', 'nightly-export'])).err).toContain('has no API token named "nightly-export"');
  });

  it('wants a label', async () => {
    const db = await withAnna();
    expect(await user(db, 'token', ['anna.virtanen'])).toMatchObject({ code: 2, err: 'Name the token, at most 64 characters, e.g. --name "nightly-export".' });
    expect(await user(db, 'revoke-token', ['anna.virtanen'])).toMatchObject({ code: 2, err: 'Say which token: seloste user revoke-token <username> <label>' });
  });
});

describe('bad usage', () => {
  it('wants a subcommand, a known one, a username and no stray arguments', async () => {
    const db = newDb();
    const none = await user(db, undefined, []);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Say what to do');
    expect(none.err).toContain('Usage:');
    expect((await user(db, 'remove', ['anna'])).err).toContain('Unknown subcommand "remove" of `seloste user`.');
    expect(await user(db, 'disable', [])).toMatchObject({ code: 2, err: 'Say which user: seloste user disable <username>' });
    expect(await user(db, 'list', ['extra'])).toMatchObject({ code: 2, err: 'Unexpected argument "extra" for `seloste user list`.' });
    expect(await user(db, 'enable', ['a', 'b'])).toMatchObject({ code: 2, err: 'Unexpected argument "b" for `seloste user enable`.' });
  });

  it('shows the usage on help', async () => {
    const help = await user(newDb(), 'help', []);
    expect(help.code).toBe(0);
    expect(help.out).toContain('seloste user revoke-token <username> <label>');
  });

  it('says plainly when the database cannot be opened (exit 1), without a stack trace', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seloste-user-')), 'a-file');
    writeFileSync(file, 'not a directory');
    const result = await user(join(file, 'seloste.db'), 'list', []);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Could not open the database .*seloste\.db: .*\. Nothing was changed\.$/);
    const garbage = join(mkdtempSync(join(tmpdir(), 'seloste-user-')), 'garbage.db');
    writeFileSync(garbage, 'this is not SQLite '.repeat(100));
    const broken = await user(garbage, 'list', []);
    expect(broken.code).toBe(1);
    expect(broken.err).not.toMatch(/\n\s+at /);
  });
});
