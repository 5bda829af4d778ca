import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultForm } from '../../src/forms/default-form.js';
import { createFormChecker, formsOf, isFormFile, loadForms } from '../../src/forms/form-loader.js';
import type { Form } from '../../src/forms/types.js';
import { LANGS } from '../../src/i18n/catalogue.js';
import { FORM_CLI_MESSAGES, FORM_MESSAGES } from '../../src/i18n/form-messages.js';
import { PROBLEM_MESSAGES } from '../../src/i18n/problem-messages.js';
import type { Problem } from '../../src/problems/problem.js';
import { registryFrom } from '../helpers/registry-text.js';
import { loadSeeds } from '../helpers/seeds.js';

const registries = loadSeeds();
const checker = createFormChecker();
const key = (problem: Problem): string => `${problem.severity === 'warning' ? 'warning:' : ''}${problem.code}@${problem.position?.line}:${problem.position?.column}`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'seloste-forms-'));
}

/** Writes form files into a fresh `forms` directory and loads it. */
function loadTexts(files: Record<string, string>, against = registries): ReturnType<typeof loadForms> {
  const dir = join(tempDir(), 'forms');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return loadForms([dir], against, checker);
}

/** Every field a form shows, group members as `group.member`. */
function shownFields(form: Form): string[] {
  return form.sections.flatMap((section) => section.items.flatMap((item) => [item.field, ...(item.members ?? []).map((member) => `${item.field}.${member.field}`)]));
}

describe('the real forms in forms/', () => {
  const { forms, problems, results } = loadForms(['forms'], registries, checker);

  it('load with no problems, one form per file', () => {
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(4);
    for (const result of results) expect(result.form, result.file).toBeDefined();
  });

  it('are the customer event, attendance, intake and employer forms', () => {
    const ids = forms.filter((form) => 'file' in form.origin).map((form) => `${form.registry}/${form.id}`);
    expect(ids.sort()).toEqual([
      'iisalmi-hakosalo/asiakastapahtuma',
      'joensuu-tyollisyyspalvelut/tyonantaja',
      'raisio-tyollisyyspalvelut/asiakkaaksi',
      'walmu-asiakashallinta/lasnaolo',
    ]);
  });

  it('show the place of a customer event only for meetings and occasions', () => {
    const form = forms.find((f) => f.id === 'asiakastapahtuma')!;
    const members = form.sections[0]!.items[0]!.members!;
    expect(members.map((m) => m.field)).toEqual([
      'tapahtuman_tyyppi',
      'aihe',
      'paikka',
      'ajankohta',
      'kesto',
      'osallistujat',
      'palvelutiedot',
      'toimenpiteet',
      'tapahtuman_kuvaus',
      'muistiinpanot',
    ]);
    expect(members.find((m) => m.field === 'paikka')?.showWhen).toEqual({ field: 'tapahtuman_tyyppi', values: ['tapaaminen', 'tilaisuus'] });
    expect(form.modes).toEqual(['edit']);
  });

  it('take the Raisio intake in the right order: address protection before the address', () => {
    const form = forms.find((f) => f.id === 'asiakkaaksi')!;
    const fields = shownFields(form);
    expect(form.modes).toEqual(['create']);
    expect(fields.indexOf('henkilotunnus')).toBe(0);
    expect(fields.indexOf('turvakielto')).toBeLessThan(fields.indexOf('osoite'));
    expect(fields.indexOf('osoite')).toBeLessThan(fields.indexOf('perheen_kokoonpano'));
    expect(fields.indexOf('perheen_kokoonpano')).toBeLessThan(fields.indexOf('palvelutarpeen_arvio'));
  });

  it('fill the defaults: both modes, the roles that may write, every member of a group', () => {
    const employer = forms.find((f) => f.id === 'tyonantaja')!;
    expect(employer.modes).toEqual(['create', 'edit']);
    expect(employer.roles).toEqual(['tyontekija', 'paakayttaja']);
    expect(employer.sections[1]!.items[0]!.members?.map((m) => m.field)).toEqual(['yhteydenotto_pvm', 'yhteydenotto']);
    expect(employer.origin).toEqual({ file: join('forms', 'joensuu-tyonantaja.yaml') });
  });

  it('write texts only in the languages their registry declares', () => {
    for (const form of forms) {
      const registry = registries.find((r) => r.id === form.registry)!;
      const texts = [form.title, form.description, ...form.sections.flatMap((s) => [s.title, s.help, ...s.items.flatMap((i) => [i.help, ...(i.members ?? []).map((m) => m.help)])])];
      for (const text of texts) for (const lang of Object.keys(text ?? {})) expect(registry.languages).toContain(lang);
    }
  });
});

describe('the derived default form', () => {
  it.each(registries.map((registry) => [registry.id, registry] as const))('of %s shows every top-level field exactly once, groups with all members', (_id, registry) => {
    const form = defaultForm(registry);
    const topLevel = registry.categories.flatMap((category) => category.fields);
    const items = form.sections.flatMap((section) => section.items);
    expect(items.map((item) => item.field)).toEqual(topLevel.map((field) => field.id));
    expect(new Set(items.map((item) => item.field)).size).toBe(items.length);
    for (const field of topLevel) {
      const item = items.find((i) => i.field === field.id)!;
      if (field.type === 'group') expect(item.members?.map((m) => m.field)).toEqual(field.fields.map((member) => member.id));
      else expect(item.members).toBeUndefined();
    }
    expect(form.sections.map((section) => section.id)).toEqual(registry.categories.map((category) => category.id));
    expect(form.sections[0]!.title).toEqual(registry.categories[0]!.name);
    expect(form).toMatchObject({ id: 'default', registry: registry.id, modes: ['create', 'edit'], origin: { derived: true } });
    expect(form.roles).toEqual(registry.roles.map((role) => role.id));
  });

  it('comes first among a registry\'s forms', () => {
    const { forms } = loadForms(['forms'], registries, checker);
    for (const registry of registries) {
      const own = formsOf(registry, forms);
      expect(own[0]?.id, registry.id).toBe('default');
      expect(own.filter((form) => form.id === 'default')).toHaveLength(1);
      expect(own.every((form) => form.registry === registry.id)).toBe(true);
    }
  });

  it('is replaced by a form file that declares the id default', () => {
    const { forms, problems } = loadTexts({
      'oma.yaml': 'id: default\nregistry: iisalmi-hakosalo\ntitle: Perustiedot\nsections:\n  - { id: nimi, title: Nimi, items: [{ field: nimi }] }\n',
    });
    expect(problems).toEqual([]);
    const iisalmi = formsOf(registries.find((r) => r.id === 'iisalmi-hakosalo')!, forms);
    expect(iisalmi).toHaveLength(1);
    expect(iisalmi[0]).toMatchObject({ id: 'default', title: { fi: 'Perustiedot' }, origin: { file: expect.stringContaining('oma.yaml') } });
  });

  it('is all there is when forms/ is missing, which is not a problem', () => {
    const { forms, problems } = loadForms([join(tempDir(), 'forms')], registries, checker);
    expect(problems).toEqual([]);
    expect(forms.map((form) => form.id)).toEqual(registries.map(() => 'default'));
  });
});

describe('loadForms', () => {
  it('reports a form file that is named but missing', () => {
    const { problems } = loadForms([join(tempDir(), 'puuttuu.yaml')], registries, checker);
    expect(problems.map((p) => p.code)).toEqual(['file-unreadable']);
  });

  it('rejects the later of two files with the same form id for a registry, but not for different registries', () => {
    const form = (registry: string) => `id: sama\nregistry: ${registry}\ntitle: Sama\nsections:\n  - { id: a, title: A, items: [{ field: nimi }] }\n`;
    const { problems, forms } = loadTexts({ 'a.yaml': form('iisalmi-hakosalo'), 'b.yaml': form('iisalmi-hakosalo'), 'c.yaml': form('walmu-asiakashallinta') });
    expect(problems.map(key)).toEqual(['form-duplicate-id@1:5']);
    expect(problems[0]!.file).toMatch(/b\.yaml$/);
    expect(problems[0]!.params['first']).toMatch(/a\.yaml$/);
    expect(forms.filter((f) => f.id === 'sama').map((f) => f.registry)).toEqual(['iisalmi-hakosalo', 'walmu-asiakashallinta']);
  });

  it('checks texts against the languages of the form\'s registry', () => {
    const bilingual = registryFrom(
      'id: kaksikielinen\nlanguages: [fi, sv]\nname: { fi: Testi, sv: Test }\ncategories:\n  - id: perus\n    name: { fi: Perus, sv: Grund }\n    fields:\n      - { id: nimi, label: { fi: Nimi, sv: Namn }, type: text }\n',
    );
    const { problems } = loadTexts(
      { 'f.yaml': 'id: f\nregistry: kaksikielinen\ntitle: Vain suomeksi\nsections:\n  - { id: a, title: { fi: A, sv: A, en: A }, items: [{ field: nimi }] }\n' },
      [bilingual],
    );
    expect(problems.map(key)).toEqual(['missing-translation@3:8', 'warning:undeclared-language@5:37']);
  });

  it('warns about a role that may write none of the form\'s fields', () => {
    const registry = registryFrom(
      [
        'id: roolit',
        'languages: [fi]',
        'name: Testi',
        'categories:',
        '  - { id: perus, name: Perus, fields: [{ id: nimi, label: Nimi, type: text }] }',
        '  - { id: muut, name: Muut, fields: [{ id: muistio, label: Muistio, type: long-text }] }',
        'roles:',
        '  - { id: kirjaaja, name: Kirjaaja, write: [perus] }',
        '  - { id: lukija, name: Lukija, read: [muut], write: [muut] }',
        '',
      ].join('\n'),
    );
    const form = (roles: string) => `id: f\nregistry: roolit\ntitle: F\n${roles}sections:\n  - { id: a, title: A, items: [{ field: nimi }] }\n`;
    const named = loadTexts({ 'f.yaml': form('roles: [kirjaaja, lukija]\n') }, [registry]);
    expect(named.problems.map(key)).toEqual(['warning:form-role-cannot-write@4:19']);
    const defaulted = loadTexts({ 'f.yaml': form('') }, [registry]);
    expect(defaulted.problems).toEqual([]);
    expect(defaulted.forms.find((f) => f.id === 'f')?.roles).toEqual(['kirjaaja']);
    expect(defaultForm(registry).roles).toEqual(['kirjaaja', 'lukija']);
  });
});

describe('isFormFile', () => {
  it('tells a form by its directory or its top-level registry key', () => {
    const dir = tempDir();
    const form = join(dir, 'lomake.yaml');
    const registry = join(dir, 'rekisteri.yaml');
    writeFileSync(form, '# lomake\nid: f\nregistry: iisalmi-hakosalo\n');
    writeFileSync(registry, 'id: r\nlanguages: [fi]\nname: R\ncontroller:\n  registry: ei tämä\n');
    expect(isFormFile(form)).toBe(true);
    expect(isFormFile(registry)).toBe(false);
    expect(isFormFile(join('forms', 'mika-tahansa.yaml'))).toBe(true);
    expect(isFormFile(join(dir, 'puuttuu.yaml'))).toBe(false);
  });
});

describe('form messages', () => {
  it('exist in fi, sv and en with the same placeholders, and are part of the problem catalogue', () => {
    for (const [code, entry] of Object.entries({ ...FORM_MESSAGES, ...FORM_CLI_MESSAGES })) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of LANGS) expect(entry[lang], `${code} ${lang}`).toBeTruthy();
      expect(placeholders(entry.fi!), code).toEqual(placeholders(entry.en));
      expect(placeholders(entry.sv!), code).toEqual(placeholders(entry.en));
    }
    for (const code of Object.keys(FORM_MESSAGES)) {
      expect(code).toMatch(/^form-/);
      expect(PROBLEM_MESSAGES[code]).toBe(FORM_MESSAGES[code]);
    }
  });
});
