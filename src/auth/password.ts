/**
 * Password hashing and the password policy. scrypt (memory-hard, in node:crypto, no native add-on)
 * with parameters written into every hash — `scrypt$<log2 N>$<r>$<p>$<salt>$<key>` — so the cost
 * can be raised later without invalidating stored passwords (`needsRehash` tells when a hash is
 * older than the current setting). Tests pass a low `cost`; production uses 2^15.
 *
 * Passwords are NFKC-normalized first (NIST SP 800-63B), so "ä" typed on a Mac and on Windows is
 * the same password.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { MessageParams } from '../i18n/catalogue.js';

/** The scrypt cost N of new hashes in production. */
export const DEFAULT_SCRYPT_COST = 2 ** 15;
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that nobody feeds megabytes into the hash. */
export const PASSWORD_MAX_LENGTH = 1024;

const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Bounds on parameters read back from a stored hash: a damaged row must not exhaust memory. */
const MAX_LOG2_COST = 20;
const MAX_BLOCK_SIZE = 32;
const MAX_PARALLELISM = 16;

export interface PasswordOptions {
  /** scrypt N, a power of two; default 2^15. */
  cost?: number;
}

/** A broken rule of the policy: a message key of `AUTH_MESSAGES` and its parameters. */
export interface PasswordProblem {
  code: 'password.too-short' | 'password.too-long' | 'password.one-character' | 'password.same-as-username';
  params: MessageParams;
}

interface ScryptParams {
  log2Cost: number;
  blockSize: number;
  parallelism: number;
  salt: Buffer;
  key: Buffer;
}

/** Hashes a password with a fresh 16-byte salt into the self-describing form. */
export async function hashPassword(password: string, options: PasswordOptions = {}): Promise<string> {
  const log2Cost = log2Of(options.cost ?? DEFAULT_SCRYPT_COST);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, { log2Cost, blockSize: BLOCK_SIZE, parallelism: PARALLELISM, salt }, KEY_BYTES);
  return format({ log2Cost, blockSize: BLOCK_SIZE, parallelism: PARALLELISM, salt, key });
}

/** Whether `password` matches `stored`, compared in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const params = parse(stored);
  if (!params) return false;
  const key = await derive(password, params, params.key.length);
  return timingSafeEqual(key, params.key);
}

/**
 * Spends exactly one scrypt of the given cost and answers false: the login path calls it for an
 * unknown username so that the response time does not tell which usernames exist.
 */
export async function verifyAgainstDummy(password: string, options: PasswordOptions = {}): Promise<false> {
  const log2Cost = log2Of(options.cost ?? DEFAULT_SCRYPT_COST);
  const dummy = format({
    log2Cost,
    blockSize: BLOCK_SIZE,
    parallelism: PARALLELISM,
    salt: Buffer.alloc(SALT_BYTES, 0x5a),
    key: Buffer.alloc(KEY_BYTES, 0),
  });
  await verifyPassword(password, dummy);
  return false;
}

/** Whether a stored hash is weaker than new hashes would be (or unreadable), so it should be redone. */
export function needsRehash(stored: string, options: PasswordOptions = {}): boolean {
  const params = parse(stored);
  if (!params) return true;
  return (
    params.log2Cost < log2Of(options.cost ?? DEFAULT_SCRYPT_COST) ||
    params.blockSize < BLOCK_SIZE ||
    params.parallelism < PARALLELISM ||
    params.key.length < KEY_BYTES
  );
}

/**
 * The policy: at least 12 characters (counted as Unicode characters), at most 1024, not one
 * character repeated, not the username. Returns every broken rule; empty when the password is fine.
 */
export function checkPasswordPolicy(password: string, username?: string): PasswordProblem[] {
  const characters = [...normalize(password)];
  const problems: PasswordProblem[] = [];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    problems.push({ code: 'password.too-short', params: { min: PASSWORD_MIN_LENGTH, length: characters.length } });
  }
  if (characters.length > PASSWORD_MAX_LENGTH) problems.push({ code: 'password.too-long', params: { max: PASSWORD_MAX_LENGTH } });
  if (characters.length > 1 && new Set(characters).size === 1) problems.push({ code: 'password.one-character', params: {} });
  if (username !== undefined && normalize(password).toLowerCase() === username.trim().toLowerCase()) {
    problems.push({ code: 'password.same-as-username', params: {} });
  }
  return problems;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
const GENERATED_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GENERATED_LENGTH = 24;

/** A random password of 24 characters from a 56-letter alphabet (≈ 139 bits), in groups of six. */
export function generatePassword(): string {
  let password = '';
  for (let i = 0; i < GENERATED_LENGTH; i++) {
    if (i > 0 && i % 6 === 0) password += '-';
    password += GENERATED_ALPHABET[randomInt(GENERATED_ALPHABET.length)];
  }
  return password;
}

function normalize(password: string): string {
  return password.normalize('NFKC');
}

function derive(password: string, params: Omit<ScryptParams, 'key'>, keyLength: number): Promise<Buffer> {
  const cost = 2 ** params.log2Cost;
  const options: ScryptOptions = {
    N: cost,
    r: params.blockSize,
    p: params.parallelism,
    // scrypt needs 128·N·r·p bytes; Node's default ceiling (32 MiB) is exactly that at N = 2^15, r = 8.
    maxmem: 2 * 128 * cost * params.blockSize * params.parallelism,
  };
  return new Promise((resolve, reject) => {
    scrypt(normalize(password), params.salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function format(params: ScryptParams): string {
  const { log2Cost, blockSize, parallelism, salt, key } = params;
  return `scrypt$${log2Cost}$${blockSize}$${parallelism}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(stored: string): ScryptParams | undefined {
  const match = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/.exec(stored);
  if (!match) return undefined;
  const log2Cost = Number(match[1]);
  const blockSize = Number(match[2]);
  const parallelism = Number(match[3]);
  const salt = Buffer.from(match[4]!, 'base64');
  const key = Buffer.from(match[5]!, 'base64');
  if (log2Cost < 1 || log2Cost > MAX_LOG2_COST) return undefined;
  if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE || parallelism < 1 || parallelism > MAX_PARALLELISM) return undefined;
  if (salt.length < 8 || key.length < 16) return undefined;
  return { log2Cost, blockSize, parallelism, salt, key };
}

function log2Of(cost: number): number {
  const log2 = Math.log2(cost);
  if (!Number.isInteger(log2) || log2 < 1 || log2 > MAX_LOG2_COST) {
    throw new RangeError(`scrypt cost must be a power of two from 2 to 2^${MAX_LOG2_COST}, got ${cost}`);
  }
  return log2;
}
