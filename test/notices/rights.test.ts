/**
 * The rights follow from the legal bases (GDPR Art 12–22, 77), not from what a notice claims:
 * a table over small registries, one per rule, then the five seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Registry, RightKind } from '../../src/model/types.js';
import { deriveRights, isShorterOrEqual, LEGAL_DEADLINE, type DerivedRight, type DerivedRights } from '../../src/notices/rights.js';
import { createLoader } from '../../src/registry/loader.js';
import { seed } from './fixtures.js';

const loader = createLoader();

/** A minimal valid registry with `extra` YAML appended at the top level. */
function registry(extra = ''): Registry {
  const yaml = `id: testi\nlanguages: [fi]\nname: Testirekisteri\ncategories:\n  - id: perus\n    name: Perustiedot\n    fields:\n      - { id: nimi, label: Nimi, type: text }\n${extra}`;
  const result = loader.loadBytes('x.yaml', Buffer.from(yaml));
  if (!result.model) throw new Error(`test registry does not load: ${JSON.stringify(result.problems.map((p) => [p.code, p.path]))}\n${yaml}`);
  return result.model;
}

/** `legal_bases:` with one basis per GDPR point (6(1)(f) with the interests it requires). */
function bases(...points: string[]): string {
  if (points.length === 0) return '';
  const items = points.map((point, i) => {
    const interests = point === '6(1)(f)' ? '\n    legitimate_interests: Palvelun kehittäminen' : '';
    return `  - id: peruste_${i}\n    gdpr: [${point}]${interests}`;
  });
  return `legal_bases:\n${items.join('\n')}\n`;
}

const right = (derived: DerivedRights, kind: RightKind): DerivedRight | undefined => derived.items.find((item) => item.right === kind);

/** Status (and reason, decidedBy) of the rights that depend on the bases. */
function summary(derived: DerivedRights) {
  const pick = (kind: RightKind) => {
    const item = right(derived, kind)!;
    return [item.status, item.reason ?? null, item.decidedBy];
  };
  return {
    erasure: pick('erasure'),
    portability: pick('portability'),
    objection: pick('objection'),
    'withdraw-consent': pick('withdraw-consent'),
  };
}

describe('deriveRights: the rules', () => {
  const NA = 'not-applicable';
  it.each([
    {
      name: 'no legal basis stated',
      yaml: '',
      expected: {
        erasure: ['applies', null, []],
        portability: [NA, 'portability-no-consent-or-contract', []],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': [NA, 'withdraw-no-consent', []],
      },
    },
    {
      name: '6(1)(a) consent',
      yaml: bases('6(1)(a)'),
      expected: {
        erasure: ['applies', null, []],
        portability: ['applies', null, ['6(1)(a)']],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': ['applies', null, ['6(1)(a)']],
      },
    },
    {
      name: '6(1)(b) contract',
      yaml: bases('6(1)(b)'),
      expected: {
        erasure: ['applies', null, []],
        portability: ['applies', null, ['6(1)(b)']],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': [NA, 'withdraw-no-consent', []],
      },
    },
    {
      name: '6(1)(c) legal obligation: erasure limited (Art 17(3)(b)), no portability',
      yaml: bases('6(1)(c)'),
      expected: {
        erasure: ['limited', 'erasure-public-task', ['6(1)(c)']],
        portability: [NA, 'portability-public-task', ['6(1)(c)']],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': [NA, 'withdraw-no-consent', []],
      },
    },
    {
      name: '6(1)(e) public task: erasure limited, no portability (Art 20(3)), objection (Art 21)',
      yaml: bases('6(1)(e)'),
      expected: {
        erasure: ['limited', 'erasure-public-task', ['6(1)(e)']],
        portability: [NA, 'portability-public-task', ['6(1)(e)']],
        objection: ['applies', null, ['6(1)(e)']],
        'withdraw-consent': [NA, 'withdraw-no-consent', []],
      },
    },
    {
      name: '6(1)(f) legitimate interests: objection',
      yaml: bases('6(1)(f)'),
      expected: {
        erasure: ['applies', null, []],
        portability: [NA, 'portability-no-consent-or-contract', []],
        objection: ['applies', null, ['6(1)(f)']],
        'withdraw-consent': [NA, 'withdraw-no-consent', []],
      },
    },
    {
      name: '6(1)(a) and 6(1)(e): portability only for the consent part',
      yaml: bases('6(1)(a)', '6(1)(e)'),
      expected: {
        erasure: ['limited', 'erasure-public-task', ['6(1)(e)']],
        portability: ['limited', 'portability-public-task-part', ['6(1)(a)', '6(1)(e)']],
        objection: ['applies', null, ['6(1)(e)']],
        'withdraw-consent': ['applies', null, ['6(1)(a)']],
      },
    },
    {
      name: '9(2)(a) explicit consent',
      yaml: bases('9(2)(a)'),
      expected: {
        erasure: ['applies', null, []],
        portability: ['applies', null, ['9(2)(a)']],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': ['applies', null, ['9(2)(a)']],
      },
    },
    {
      name: 'a register kept only on paper: no portability (Art 20(1)(b))',
      yaml: `register_form: [manual]\n${bases('6(1)(a)')}`,
      expected: {
        erasure: ['applies', null, []],
        portability: [NA, 'portability-not-automated', ['6(1)(a)']],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': ['applies', null, ['6(1)(a)']],
      },
    },
    {
      name: 'paper and electronic: automated processing',
      yaml: `register_form: [manual, electronic]\n${bases('6(1)(b)')}`,
      expected: {
        erasure: ['applies', null, []],
        portability: ['applies', null, ['6(1)(b)']],
        objection: [NA, 'objection-no-public-task-or-interest', []],
        'withdraw-consent': [NA, 'withdraw-no-consent', []],
      },
    },
    {
      name: 'a declared consent without a consent basis: withdrawal still applies (Art 7(3))',
      yaml: `${bases('6(1)(e)')}consents:\n  - id: tietojenvaihto\n    name: Suostumus tietojenvaihtoon\n`,
      expected: {
        erasure: ['limited', 'erasure-public-task', ['6(1)(e)']],
        portability: [NA, 'portability-public-task', ['6(1)(e)']],
        objection: ['applies', null, ['6(1)(e)']],
        'withdraw-consent': ['applies', null, []],
      },
    },
  ])('$name', ({ yaml, expected }) => {
    expect(summary(deriveRights(registry(yaml)))).toEqual(expected);
  });

  it.each([[''], [bases('6(1)(a)')], [bases('6(1)(c)')], [bases('6(1)(e)', '6(1)(f)')], [`register_form: [manual]\n${bases('6(1)(b)')}`]])(
    'access, rectification, restriction and complaint always apply (%#)',
    (yaml) => {
      const derived = deriveRights(registry(yaml));
      for (const [kind, article] of [['access', '15'], ['rectification', '16'], ['restriction', '18'], ['complaint', '77']] as const) {
        expect(right(derived, kind)).toMatchObject({ status: 'applies', article, decidedBy: [] });
        expect(right(derived, kind)!.reason).toBeUndefined();
      }
    },
  );

  it('lists the rights in the order notices use, each with its article', () => {
    const derived = deriveRights(registry(`${bases('6(1)(a)', '6(1)(e)')}automated_decisions:\n  used: true\n`));
    expect(derived.items.map((item) => [item.right, item.article])).toEqual([
      ['access', '15'],
      ['rectification', '16'],
      ['erasure', '17'],
      ['restriction', '18'],
      ['portability', '20'],
      ['objection', '21'],
      ['withdraw-consent', '7(3)'],
      ['automated-decisions', '22'],
      ['complaint', '77'],
    ]);
  });

  it('gives a register of unknown form the benefit of the doubt for portability', () => {
    expect(right(deriveRights(registry(bases('6(1)(a)'))), 'portability')!.status).toBe('applies');
  });

  it('includes the Art 22 right only where automated decisions are used', () => {
    expect(right(deriveRights(registry('automated_decisions:\n  used: true\n')), 'automated-decisions')).toMatchObject({ status: 'applies', article: '22' });
    expect(right(deriveRights(registry('automated_decisions:\n  used: false\n')), 'automated-decisions')).toBeUndefined();
    expect(right(deriveRights(registry()), 'automated-decisions')).toBeUndefined();
  });

  it('a consent basis with a declared consent decides withdrawal by its point', () => {
    const derived = deriveRights(
      registry(`consents:\n  - id: markkinointi\n    name: Suostumus\nlegal_bases:\n  - id: suostumus\n    gdpr: [6(1)(a)]\n    consent: markkinointi\n`),
    );
    expect(right(derived, 'withdraw-consent')).toMatchObject({ status: 'applies', decidedBy: ['6(1)(a)'] });
  });
});

describe('deriveRights: the answer deadline (Art 12(3))', () => {
  const withDeadline = (deadline: string) => registry(`rights:\n  exercise:\n    deadline: ${deadline}\n`);

  it.each([
    ['P14D', 'P14D', 'registry'],
    ['P28D', 'P28D', 'registry'],
    ['P4W', 'P4W', 'registry'],
    ['P1M', 'P1M', 'registry'],
    // Longer than the law allows: the law's month is kept (the lint warns about the registry's).
    ['P2M', 'P1M', 'law'],
    // 30 days is more than a month in February.
    ['P30D', 'P1M', 'law'],
    ['P1Y', 'P1M', 'law'],
  ])('registry deadline %s → %s (%s)', (own, deadline, from) => {
    const derived = deriveRights(withDeadline(own));
    expect([derived.deadline, derived.deadlineFrom]).toEqual([deadline, from]);
  });

  it('is one month from the law when the registry states none', () => {
    expect(LEGAL_DEADLINE).toBe('P1M');
    for (const model of [registry(), registry('rights:\n  statement: Oikeuksista kerrotaan pyydettäessä.\n')]) {
      const derived = deriveRights(model);
      expect([derived.deadline, derived.deadlineFrom]).toEqual(['P1M', 'law']);
    }
  });

  it("does not take a single right's own deadline for the register's", () => {
    const derived = deriveRights(registry('rights:\n  items:\n    - right: access\n      exercise:\n        deadline: P14D\n'));
    expect([derived.deadline, derived.deadlineFrom]).toEqual(['P1M', 'law']);
  });
});

describe('deriveRights: what the registry states', () => {
  it('keeps the stated explanation with the right', () => {
    const derived = deriveRights(
      registry(`${bases('6(1)(a)')}rights:\n  items:\n    - right: access\n      text: Tarkastuspyyntö tehdään kirjallisesti.\n      restrictions: Ei koske lokitietoja.\n`),
    );
    expect(right(derived, 'access')!.stated).toMatchObject({ right: 'access', text: { fi: 'Tarkastuspyyntö tehdään kirjallisesti.' }, restrictions: { fi: 'Ei koske lokitietoja.' } });
    expect(right(derived, 'rectification')!.stated).toBeUndefined();
    expect(derived.excludedButStated).toEqual([]);
  });

  it('lists a right the registry grants although the law excludes it', () => {
    const derived = deriveRights(
      registry(
        `${bases('6(1)(e)')}rights:\n  items:\n    - right: portability\n      text: Oikeus siirtää tiedot järjestelmästä toiseen.\n    - right: erasure\n      text: Oikeus pyytää tietojen poistamista.\n`,
      ),
    );
    expect(derived.excludedButStated.map((item) => [item.right, item.status, item.reason])).toEqual([['portability', 'not-applicable', 'portability-public-task']]);
    expect(derived.excludedButStated[0]!.stated!.text).toEqual({ fi: 'Oikeus siirtää tiedot järjestelmästä toiseen.' });
  });

  it('lists objection stated for a consent-only register, and withdrawal stated without any consent', () => {
    const derived = deriveRights(
      registry(`${bases('6(1)(b)')}rights:\n  items:\n    - right: objection\n      text: Voit vastustaa.\n    - right: withdraw-consent\n      text: Voit peruuttaa suostumuksen.\n`),
    );
    expect(derived.excludedButStated.map((item) => item.right)).toEqual(['objection', 'withdraw-consent']);
  });

  it('does not count a right named only by how it is exercised', () => {
    const derived = deriveRights(registry(`${bases('6(1)(b)')}rights:\n  items:\n    - right: objection\n      exercise:\n        channels: [Kirjallisesti]\n`));
    expect(right(derived, 'objection')!.stated).toBeDefined();
    expect(derived.excludedButStated).toEqual([]);
  });

  it('names the bases that have no GDPR point', () => {
    const derived = deriveRights(
      registry('legal_bases:\n  - id: lakiperuste\n    name: Lakiperuste\n  - id: yleinen_etu\n    gdpr: [6(1)(e)]\n  - id: sopimus\n    name: Sopimus\n'),
    );
    expect(derived.basesWithoutArticle).toEqual(['lakiperuste', 'sopimus']);
    expect(deriveRights(registry(bases('6(1)(e)'))).basesWithoutArticle).toEqual([]);
  });
});

describe('isShorterOrEqual', () => {
  it.each([
    ['P14D', 'P1M', true],
    ['P28D', 'P1M', true],
    ['P4W', 'P1M', true],
    ['P29D', 'P1M', false],
    ['P30D', 'P1M', false],
    ['P1M', 'P1M', true],
    ['P2M', 'P1M', false],
    ['PT672H', 'P1M', true],
    ['PT673H', 'P1M', false],
    ['P1Y', 'P12M', true],
    ['P12M', 'P1Y', true],
    ['P1Y1D', 'P1Y', false],
    ['P1M', 'P30D', true],
    // Unreadable durations are never "within" anything.
    ['kuukausi', 'P1M', false],
    ['P1M', 'kuukausi', false],
    ['', 'P1M', false],
    ['P0D', 'P1M', false],
  ])('%s ≤ %s: %s', (a, b, expected) => {
    expect(isShorterOrEqual(a, b)).toBe(expected);
  });
});

describe('deriveRights: the five seeds', () => {
  type Status = DerivedRight['status'];
  const status = (model: Registry) => Object.fromEntries(deriveRights(model).items.map((item) => [item.right, item.status])) as Record<string, Status>;

  it.each<[string, string, Record<string, Status>]>([
    [
      // No legal basis stated at all: only the rights that never depend on one.
      'helsinki-tyorasti',
      '—',
      { access: 'applies', rectification: 'applies', erasure: 'applies', restriction: 'applies', portability: 'not-applicable', objection: 'not-applicable', 'withdraw-consent': 'not-applicable', complaint: 'applies' },
    ],
    [
      'iisalmi-hakosalo',
      '6(1)(a) (+ a basis without article), electronic',
      { access: 'applies', rectification: 'applies', erasure: 'applies', restriction: 'applies', portability: 'applies', objection: 'not-applicable', 'withdraw-consent': 'applies', complaint: 'applies' },
    ],
    [
      'joensuu-tyollisyyspalvelut',
      '6(1)(e) + 6(1)(a), electronic and paper',
      { access: 'applies', rectification: 'applies', erasure: 'limited', restriction: 'applies', portability: 'limited', objection: 'applies', 'withdraw-consent': 'applies', complaint: 'applies' },
    ],
    [
      // "Lakiperuste" without an article: nothing can be derived from it; the consent to data exchange is declared.
      'raisio-tyollisyyspalvelut',
      'a basis without article, a declared consent',
      { access: 'applies', rectification: 'applies', erasure: 'applies', restriction: 'applies', portability: 'not-applicable', objection: 'not-applicable', 'withdraw-consent': 'applies', complaint: 'applies' },
    ],
    [
      'walmu-asiakashallinta',
      '6(1)(a) (+ a basis without article), electronic and paper',
      { access: 'applies', rectification: 'applies', erasure: 'applies', restriction: 'applies', portability: 'applies', objection: 'not-applicable', 'withdraw-consent': 'applies', complaint: 'applies' },
    ],
  ])('%s (%s)', (id, _bases, expected) => {
    expect(status(seed(id))).toEqual(expected);
  });

  it('reads the bases of each seed as its notice states them', () => {
    const points = (id: string) => seed(id).legalBases.map((basis) => basis.gdpr);
    expect(points('helsinki-tyorasti')).toEqual([]);
    expect(points('iisalmi-hakosalo')).toEqual([[], ['6(1)(a)']]);
    expect(points('joensuu-tyollisyyspalvelut')).toEqual([[], ['6(1)(e)'], ['6(1)(a)']]);
    expect(points('raisio-tyollisyyspalvelut')).toEqual([[]]);
    expect(points('walmu-asiakashallinta')).toEqual([[], ['6(1)(a)']]);
  });

  it('Joensuu: the reasons and deciding bases', () => {
    const derived = deriveRights(seed('joensuu-tyollisyyspalvelut'));
    expect(right(derived, 'erasure')).toMatchObject({ reason: 'erasure-public-task', decidedBy: ['6(1)(e)'] });
    expect(right(derived, 'portability')).toMatchObject({ reason: 'portability-public-task-part', decidedBy: ['6(1)(a)', '6(1)(e)'] });
    expect(right(derived, 'objection')).toMatchObject({ decidedBy: ['6(1)(e)'] });
    expect(derived.basesWithoutArticle).toEqual(['lainsaadanto']);
    expect(right(derived, 'automated-decisions')).toBeUndefined();
  });

  it('Raisio grants portability and objection the law does not give for what it states', () => {
    const derived = deriveRights(seed('raisio-tyollisyyspalvelut'));
    expect(derived.excludedButStated.map((item) => item.right)).toEqual(['portability', 'objection']);
    expect(derived.basesWithoutArticle).toEqual(['lakiperuste']);
  });

  it('every seed answers within the law’s month: none states a shorter register-wide deadline', () => {
    for (const id of ['helsinki-tyorasti', 'iisalmi-hakosalo', 'joensuu-tyollisyyspalvelut', 'raisio-tyollisyyspalvelut', 'walmu-asiakashallinta']) {
      expect(deriveRights(seed(id))).toMatchObject({ deadline: 'P1M', deadlineFrom: 'law' });
    }
  });
});
