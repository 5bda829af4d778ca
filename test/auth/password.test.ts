/** Password hashing (self-describing scrypt), constant-answer dummy verification and the policy. */
import { describe, expect, it } from 'vitest';
import {
  checkPasswordPolicy,
  DEFAULT_SCRYPT_COST,
  generatePassword,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../src/auth/password.js';
import { translate } from '../../src/i18n/catalogue.js';
import { AUTH_MESSAGES } from '../../src/i18n/auth-messages.js';

const FAST = { cost: 2 ** 10 };

describe('hashPassword / verifyPassword', () => {
  it('stores the parameters, a 16-byte salt and a 32-byte key, and verifies', async () => {
    const hash = await hashPassword('oikea hevonen patteri', FAST);
    const parts = hash.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '10', '8', '1']);
    expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(32);
    expect(await verifyPassword('oikea hevonen patteri', hash)).toBe(true);
    expect(await verifyPassword('oikea hevonen patteri ', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('salts: the same password hashes differently each time', async () => {
    const [a, b] = await Promise.all([hashPassword('sama salasana 123', FAST), hashPassword('sama salasana 123', FAST)]);
    expect(a).not.toBe(b);
  });

  it('uses N = 2^15 by default (production cost)', async () => {
    expect(DEFAULT_SCRYPT_COST).toBe(2 ** 15);
    const hash = await hashPassword('tuotannon salasana');
    expect(hash.startsWith('scrypt$15$8$1$')).toBe(true);
    expect(await verifyPassword('tuotannon salasana', hash)).toBe(true);
  });

  it('verifies with the parameters written in the hash, so the cost can be raised later', async () => {
    const old = await hashPassword('vanha mutta hyvä', { cost: 2 ** 9 });
    expect(await verifyPassword('vanha mutta hyvä', old)).toBe(true);
    expect(needsRehash(old, FAST)).toBe(true);
    expect(needsRehash(await hashPassword('uusi', FAST), FAST)).toBe(false);
    expect(needsRehash('plain text', FAST)).toBe(true);
  });

  it('treats composed and decomposed "ä" as the same password (NFKC)', async () => {
    const hash = await hashPassword('p\u00e4iv\u00e4kirja-2026', FAST);
    expect(await verifyPassword('pa\u0308iva\u0308kirja-2026', hash)).toBe(true);
  });

  it('answers false for malformed or hostile stored hashes instead of throwing', async () => {
    for (const stored of ['', 'scrypt$', 'bcrypt$2b$10$abc', 'scrypt$30$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', 'scrypt$10$8$1$!!$!!']) {
      expect(await verifyPassword('whatever password', stored)).toBe(false);
    }
  });

  it('refuses a cost that is not a power of two', async () => {
    await expect(hashPassword('x', { cost: 1000 })).rejects.toThrow(RangeError);
  });

  it('spends a scrypt against the dummy hash and answers false', async () => {
    expect(await verifyAgainstDummy('anything at all', FAST)).toBe(false);
  });
});

describe('checkPasswordPolicy', () => {
  const codes = (password: string, username?: string) => checkPasswordPolicy(password, username).map((problem) => problem.code);

  it('accepts a long enough, varied password', () => {
    expect(codes('kaksitoista!', 'anna')).toEqual([]);
    expect(codes('correct horse battery staple', 'anna.virtanen')).toEqual([]);
  });

  it('wants at least 12 characters, counted as characters and not bytes', () => {
    expect(codes('lyhyt')).toEqual(['password.too-short']);
    expect(codes('äöåäöåäöåäö')).toEqual(['password.too-short']); // 11 characters, 22 bytes
    expect(codes('äöåäöåäöåäöå')).toEqual([]);
    expect(checkPasswordPolicy('abc')[0]!.params).toEqual({ min: 12, length: 3 });
  });

  it('refuses one character repeated, and the username', () => {
    expect(codes('aaaaaaaaaaaaaaaa')).toEqual(['password.one-character']);
    expect(codes('anna.virtanen', 'anna.virtanen')).toEqual(['password.same-as-username']);
    expect(codes('Anna.Virtanen', 'anna.virtanen')).toEqual(['password.same-as-username']);
  });

  it('refuses absurdly long passwords', () => {
    expect(codes('ab'.repeat(600))).toEqual(['password.too-long']);
  });

  it('has every message in fi, sv and en', () => {
    for (const problem of [...checkPasswordPolicy('x'), ...checkPasswordPolicy('y'.repeat(1100), 'u')]) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const message = translate(AUTH_MESSAGES, problem.code, lang, problem.params);
        expect(message).not.toContain('{');
        expect(AUTH_MESSAGES[problem.code]![lang]).toBeDefined();
      }
    }
    expect(translate(AUTH_MESSAGES, 'password.too-short', 'fi', { min: 12, length: 3 })).toBe('Salasanassa on oltava vähintään 12 merkkiä (tässä on 3).');
  });
});

describe('generatePassword', () => {
  it('makes distinct passwords that pass the policy', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) {
      expect(password).toMatch(/^[a-zA-Z2-9]{6}(-[a-zA-Z2-9]{6}){3}$/);
      expect(checkPasswordPolicy(password)).toEqual([]);
    }
  });
});
