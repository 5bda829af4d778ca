/** Deadlines of data-subject requests: calendar months with month ends clamped, the registry's own shorter periods, the earliest of several registries. */
import { describe, expect, it } from 'vitest';
import { addPeriod, finnishDate, isCalendarDate, latestExtension, requestDeadline, rightPeriod } from '../../src/requests/deadline.js';
import type { RightKind } from '../../src/model/types.js';
import { seedRegistries } from '../helpers/engine.js';
import { registryFrom, TEST_REGISTRY_HEAD } from '../helpers/registry-text.js';

const seed = (id: string) => seedRegistries().find((registry) => registry.id === id)!;

describe('addPeriod', () => {
  it.each([
    ['2026-03-02', 'P1M', '2026-04-02'],
    ['2026-01-31', 'P1M', '2026-02-28'],
    ['2028-01-31', 'P1M', '2028-02-29'],
    ['2026-03-31', 'P1M', '2026-04-30'],
    ['2026-12-15', 'P1M', '2027-01-15'],
    ['2026-11-30', 'P3M', '2027-02-28'],
    ['2026-03-02', 'P14D', '2026-03-16'],
    ['2026-02-20', 'P2W', '2026-03-06'],
    ['2026-12-25', 'P14D', '2027-01-08'],
    ['2026-02-28', 'P2M', '2026-04-28'],
    ['2026-01-31', 'P1M1D', '2026-03-01'],
    ['2026-03-02', 'PT48H', '2026-03-03'],
  ])('%s + %s = %s', (date, period, expected) => {
    expect(addPeriod(date, period)).toBe(expected);
  });

  it('refuses what is not a date or a duration', () => {
    expect(() => addPeriod('2026-02-30x', 'P1M')).toThrow(RangeError);
    expect(() => addPeriod('2026-03-02', 'one month')).toThrow(RangeError);
  });
});

describe('isCalendarDate and finnishDate', () => {
  it.each([
    ['2026-03-02', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2.3.2026', false],
    ['', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it('takes the date in Finland, not in UTC', () => {
    expect(finnishDate(new Date('2026-03-01T22:30:00Z'))).toBe('2026-03-02');
    expect(finnishDate(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(finnishDate(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });
});

describe('rightPeriod and requestDeadline on the seeds', () => {
  it.each<[string, RightKind, string]>([
    ['walmu-asiakashallinta', 'access', 'P14D'],
    ['walmu-asiakashallinta', 'rectification', 'P1M'],
    ['walmu-asiakashallinta', 'erasure', 'P1M'],
    ['raisio-tyollisyyspalvelut', 'access', 'P1M'],
    ['joensuu-tyollisyyspalvelut', 'erasure', 'P1M'],
    ['helsinki-tyorasti', 'objection', 'P1M'],
  ])('%s: %s within %s', (id, kind, period) => {
    expect(rightPeriod(seed(id), kind)).toBe(period);
  });

  it('takes the earliest deadline of the registries concerned', () => {
    const walmu = seed('walmu-asiakashallinta');
    const raisio = seed('raisio-tyollisyyspalvelut');
    expect(requestDeadline([raisio, walmu], 'access', '2026-03-02')).toEqual({ deadline: '2026-03-16', period: 'P14D', registry: walmu.id });
    expect(requestDeadline([raisio, walmu], 'rectification', '2026-03-02')).toEqual({ deadline: '2026-04-02', period: 'P1M' });
    expect(requestDeadline([], 'access', '2026-01-31')).toEqual({ deadline: '2026-02-28', period: 'P1M' });
  });

  it('never gives more than the law\'s month, whatever a registry states', () => {
    const registry = registryFrom(`${TEST_REGISTRY_HEAD}      - { id: nimi, label: Nimi, type: text }
rights:
  exercise: { deadline: P2M }
  items:
    - right: access
      exercise: { deadline: P7D }
`);
    expect(rightPeriod(registry, 'access')).toBe('P7D');
    expect(rightPeriod(registry, 'erasure')).toBe('P1M');
    expect(requestDeadline([registry], 'access', '2026-03-02').deadline).toBe('2026-03-09');
  });

  it('allows an extension of two further months', () => {
    expect(latestExtension('2026-04-02')).toBe('2026-06-02');
    expect(latestExtension('2026-12-31')).toBe('2027-02-28');
  });
});
