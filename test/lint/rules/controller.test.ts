import { describe, it } from 'vitest';
import { expectRule, type RuleCase } from '../helpers.js';

describe('controller-identity (GDPR Art 13(1)(a), 14(1)(a))', () => {
  const cases: RuleCase[] = [
    { when: 'the controller is named with contact details', change: () => {}, expected: [] },
    { when: 'no controller', change: (r) => delete r.controller, expected: ['error controller-missing controller'] },
    {
      when: 'a controller without any contact details',
      change: (r) => (r.controller = { name: 'Testilän kunta', website: 'https://testila.fi' }),
      expected: ['error controller-contact-missing controller.email'],
    },
    { when: 'only a phone number', change: (r) => (r.controller = { name: 'Testilän kunta', phone: '09 123 4567' }), expected: [] },
    {
      when: 'no contact details of its own, but a contact person with an email',
      change: (r) => {
        r.controller = { name: 'Testilän kunta' };
        r.contacts = [{ name: 'Maija Meikäläinen', email: 'maija@testila.fi' }];
      },
      expected: [],
    },
    {
      when: 'a named official without contact details is not a way to reach the controller',
      change: (r) => (r.controller = { name: 'Testilän kunta', officials: [{ name: 'Matti Meikäläinen', title: 'johtaja' }] }),
      expected: ['error controller-contact-missing controller.email'],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('controller-identity', c));
});

describe('data-protection-officer (GDPR Art 13(1)(b), 14(1)(b), 37(1)(a))', () => {
  const cases: RuleCase[] = [
    { when: 'the DPO is named with an email', change: () => {}, expected: [] },
    { when: 'no DPO: a municipality must designate one', change: (r) => delete r.dpo, expected: ['error dpo-missing dpo'] },
    { when: 'a DPO without contact details', change: (r) => (r.dpo = { name: 'Tietosuojavastaava' }), expected: ['error dpo-contact-missing dpo.email'] },
    { when: 'a DPO reachable by post only', change: (r) => (r.dpo = { address: 'PL 1, 00101 Testilä' }), expected: [] },
  ];
  it.each(cases)('$when', (c) => expectRule('data-protection-officer', c));
});

describe('joint-arrangement (GDPR Art 26(2))', () => {
  const joint = { name: 'Testilän kuntayhtymä', responsibilities: 'Vastaa tietojärjestelmästä.' };
  const cases: RuleCase[] = [
    { when: 'no joint controllers', change: () => {}, expected: [] },
    {
      when: 'joint controllers without the essence of the arrangement',
      change: (r) => (r.joint_controllers = [joint]),
      expected: ['warning joint-arrangement-not-stated joint_arrangement'],
    },
    {
      when: 'joint controllers with the arrangement',
      change: (r) => {
        r.joint_controllers = [joint];
        r.joint_arrangement = 'Rekisteröity voi käyttää oikeuksiaan kumman tahansa rekisterinpitäjän kautta.';
      },
      expected: [],
    },
  ];
  it.each(cases)('$when', (c) => expectRule('joint-arrangement', c));
});
