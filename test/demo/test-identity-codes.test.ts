/**
 * Demo identity codes are temporary test codes only (individual number 900–999): valid check
 * character, a real birth date in 1960–2006, both sexes; never a code that could be a real one.
 */
import { describe, expect, it } from 'vitest';
import { checkPersonalIdentityCode } from '../../src/formats/personal-identity-code.js';
import { createRng } from '../../src/demo/random.js';
import { isTestIdentityCode, randomBirthDate, testIdentityCode } from '../../src/demo/test-identity-codes.js';

describe('testIdentityCode', () => {
  it('never gives an individual number below 900 (10,000 draws), and every code is valid', () => {
    const rng = createRng(2024);
    const years = new Set<number>();
    const sexes = { male: 0, female: 0 };
    const wrong: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const code = testIdentityCode(rng);
      const individual = Number(code.slice(7, 10));
      const result = checkPersonalIdentityCode(code, { allowTemporary: true });
      const year = result.ok ? Number(result.birthDate.slice(0, 4)) : NaN;
      // Without permission the same code is refused as temporary: it can never pass as a real one.
      const refused = checkPersonalIdentityCode(code);
      const ok =
        individual >= 900 && individual <= 999 && result.ok && result.temporary && year >= 1960 && year <= 2006 && !refused.ok && refused.reason === 'temporary';
      if (!ok) wrong.push(code);
      years.add(year);
      sexes[individual % 2 === 1 ? 'male' : 'female']++;
    }
    expect(wrong).toEqual([]);
    expect(years.size).toBe(2006 - 1960 + 1);
    expect(sexes.male).toBeGreaterThan(4500);
    expect(sexes.female).toBeGreaterThan(4500);
  });

  it.each([
    ['1960-01-01', '-'],
    ['1999-12-31', '-'],
    ['2000-02-29', 'A'],
    ['2006-12-31', 'A'],
  ])('carries the birth date %s with century sign %s', (date, sign) => {
    const rng = createRng(5);
    const code = testIdentityCode(rng, new Date(`${date}T00:00:00Z`));
    expect(code[6]).toBe(sign);
    expect(checkPersonalIdentityCode(code, { allowTemporary: true })).toMatchObject({ ok: true, birthDate: date, temporary: true });
  });

  it('gives odd individual numbers to men and even ones to women', () => {
    const rng = createRng(9);
    const parities = { male: new Set<number>(), female: new Set<number>() };
    for (let i = 0; i < 500; i++) {
      parities.male.add(Number(testIdentityCode(rng, undefined, 'male').slice(7, 10)) % 2);
      parities.female.add(Number(testIdentityCode(rng, undefined, 'female').slice(7, 10)) % 2);
    }
    expect([...parities.male]).toEqual([1]);
    expect([...parities.female]).toEqual([0]);
  });

  it('is deterministic for a seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 10 }, () => testIdentityCode(rng));
    };
    expect(draw(11)).toEqual(draw(11));
  });

  it('draws birth dates no later than a given day', () => {
    const rng = createRng(4);
    const latest = new Date('1980-06-30T00:00:00Z');
    const dates = Array.from({ length: 1000 }, () => randomBirthDate(rng, latest));
    expect(dates.filter((date) => date > latest || date.getUTCFullYear() < 1960)).toEqual([]);
  });
});

describe('isTestIdentityCode', () => {
  it('accepts valid temporary codes only', () => {
    expect(isTestIdentityCode(testIdentityCode(createRng(1)))).toBe(true);
    // DVV's example of a permanent code: valid, but not a test code.
    expect(isTestIdentityCode('131052-308T')).toBe(false);
    // 900 with a wrong check character, a lowercase one, and no real date.
    const code = testIdentityCode(createRng(1), new Date('1975-05-05T00:00:00Z'));
    const wrong = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A');
    expect(isTestIdentityCode(wrong)).toBe(false);
    expect(isTestIdentityCode('310275-900X')).toBe(false);
    expect(isTestIdentityCode('')).toBe(false);
  });
});
