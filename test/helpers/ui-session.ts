/** A signed-in staff browser without a browser: cookies kept, forms posted as a browser would. */
import { parseRoleGrant } from '../../src/auth/users.js';
import type { TestEngine } from './engine.js';

export interface UiAnswer {
  status: number;
  html: string;
  location: string | null;
  headers: Headers;
}

export interface UiSession {
  get(path: string, headers?: Record<string, string>): Promise<UiAnswer>;
  post(path: string, fields: Array<[string, string]>): Promise<UiAnswer>;
  /** A post with any body and content type (multipart, oversized, garbage). */
  send(path: string, init: { method?: string; body?: string | FormData | Blob; headers?: Record<string, string> }): Promise<UiAnswer>;
  /** The hidden inputs of the last page's form, by name. */
  hidden(html: string, name: string): string;
  cookies: Map<string, string>;
}

export const PASSWORD = 'correct horse battery staple';

/** Adds the user (unless `existing`) and signs in through the sign-in page. */
export async function signedIn(t: TestEngine, username: string, grants: string[], password = PASSWORD, options: { existing?: boolean } = {}): Promise<UiSession> {
  if (!options.existing) await addUser(t, username, grants, password);
  const session = uiSession(t);
  const result = await signIn(session, username, password);
  if (result.status !== 303) throw new Error(`sign-in failed: ${result.status}`);
  return session;
}

export async function addUser(t: TestEngine, username: string, grants: string[], password = PASSWORD): Promise<void> {
  await t.engine.users.add({
    username,
    displayName: `Testi ${username}`,
    password,
    roles: grants.map((grant) => parseRoleGrant(grant)!),
  });
}

/** Opens the sign-in page and posts it with its token. */
export async function signIn(session: UiSession, username: string, password: string, next = '/app'): Promise<UiAnswer> {
  const login = await session.get('/login');
  return session.post('/login', [
    ['csrf', session.hidden(login.html, 'csrf')],
    ['next', next],
    ['username', username],
    ['password', password],
  ]);
}

export function uiSession(t: TestEngine): UiSession {
  const cookies = new Map<string, string>();
  const remember = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      if (value === '' || /Max-Age=0/i.test(header)) cookies.delete(name!.trim());
      else cookies.set(name!.trim(), value);
    }
  };
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const answer = async (response: Response): Promise<UiAnswer> => {
    remember(response);
    return { status: response.status, html: await response.text(), location: response.headers.get('Location'), headers: response.headers };
  };
  return {
    cookies,
    async get(path, headers = {}) {
      return answer(await t.app.request(path, { headers: { Cookie: cookieHeader(), ...headers } }));
    },
    async post(path, fields) {
      const body = new URLSearchParams(fields).toString();
      return answer(await t.app.request(path, { method: 'POST', body, headers: { Cookie: cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded' } }));
    },
    async send(path, init) {
      return answer(await t.app.request(path, { method: init.method ?? 'POST', ...(init.body === undefined ? {} : { body: init.body }), headers: { Cookie: cookieHeader(), ...init.headers } }));
    },
    hidden(html, name) {
      const match = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
      if (!match) throw new Error(`no hidden input ${name}`);
      return unescapeHtml(match[1]!);
    },
  };
}

/** The text of HTML-escaped attribute values and text as Handlebars writes them. */
export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#x60;/g, '`')
    .replace(/&#x3D;/g, '=')
    .replace(/&amp;/g, '&');
}

/** The error summary's items: link target (or undefined) and text. */
export function summaryItems(html: string): Array<{ href: string | undefined; text: string }> {
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<li>(?:<a href="([^"]*)">([\s\S]*?)<\/a>|([\s\S]*?))<\/li>/g)].map((match) => ({
    href: match[1],
    text: unescapeHtml(match[2] ?? match[3] ?? ''),
  }));
}

/** The inline error messages of the page (`<p class="error" id="…">`), by id. */
export function inlineErrors(html: string): Map<string, string> {
  return new Map([...html.matchAll(/<p class="error" id="([^"]+)">([\s\S]*?)<\/p>/g)].map((match) => [match[1]!, unescapeHtml(match[2]!)]));
}

/** Every id on the page. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
}

/** The start tag of the element with this id. */
export function tagWithId(html: string, id: string): string | undefined {
  return new RegExp(`<[a-z]+ [^>]*id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`).exec(html)?.[0];
}

/** The value of the text input or textarea called `name` (unescaped), undefined when absent. */
export function inputValue(html: string, name: string): string | undefined {
  const escaped = name.replace(/\./g, '\\.');
  const input = new RegExp(`<input [^>]*name="${escaped}"[^>]*>`).exec(html)?.[0];
  if (input && !/type="(?:radio|checkbox)"/.test(input)) return unescapeHtml(/ value="([^"]*)"/.exec(input)?.[1] ?? '');
  const textarea = new RegExp(`<textarea [^>]*name="${escaped}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html);
  if (textarea) return unescapeHtml(textarea[1]!);
  const select = new RegExp(`<select [^>]*name="${escaped}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  if (select) return unescapeHtml(/<option value="([^"]*)" selected>/.exec(select[1]!)?.[1] ?? '');
  return undefined;
}

/** The checked values of the radio buttons or checkboxes called `name`. */
export function checkedValues(html: string, name: string): string[] {
  const escaped = name.replace(/\./g, '\\.');
  return [...html.matchAll(new RegExp(`<input type="(?:radio|checkbox)" [^>]*name="${escaped}" value="([^"]*)" checked>`, 'g'))].map((match) => unescapeHtml(match[1]!));
}

/** The page's text without tags (entities decoded), for "is it anywhere" checks. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]+>/g, ' '));
}

const tx = (fi: string, sv: string, en: string): string => `{ fi: "${fi}", sv: "${sv}", en: "${en}" }`;

/**
 * A registry (`lomake`) with a field of each kind a form page lays out differently: text, long
 * text, number, date, radios (≤ 4 options), a select (more), checkboxes, yes/no, an address and a
 * repeating group; in fi, sv and en. `kirjaaja` writes everything and may delete and read the audit trail.
 */
export const FORM_TEST_REGISTRY = `id: lomake
languages: [fi, sv, en]
name: ${tx('Lomaketesti', 'Formulärtest', 'Form test')}
roles:
  - { id: kirjaaja, name: ${tx('Kirjaaja', 'Registrerare', 'Clerk')}, write: ['*'], can: [delete-records, view-audit] }
categories:
  - id: perustiedot
    name: ${tx('Perustiedot', 'Grunduppgifter', 'Basic data')}
    fields:
      - { id: nimi, label: ${tx('Nimi', 'Namn', 'Name')}, type: text, required: true }
      - { id: kuvaus, label: ${tx('Kuvaus', 'Beskrivning', 'Description')}, type: long-text }
      - { id: summa, label: ${tx('Summa', 'Summa', 'Amount')}, type: number }
      - { id: alkupvm, label: ${tx('Alkupäivä', 'Startdatum', 'Start date')}, type: date }
      - id: tila
        label: ${tx('Tila', 'Status', 'Status')}
        type: choice
        options:
          - { id: avoin, label: ${tx('Avoin', 'Öppen', 'Open')} }
          - { id: suljettu, label: ${tx('Suljettu', 'Stängd', 'Closed')} }
      - id: vari
        label: ${tx('Väri', 'Färg', 'Colour')}
        type: choice
        options:
          - { id: punainen, label: ${tx('Punainen', 'Röd', 'Red')} }
          - { id: sininen, label: ${tx('Sininen', 'Blå', 'Blue')} }
          - { id: vihrea, label: ${tx('Vihreä', 'Grön', 'Green')} }
          - { id: keltainen, label: ${tx('Keltainen', 'Gul', 'Yellow')} }
          - { id: musta, label: ${tx('Musta', 'Svart', 'Black')} }
      - id: kielet
        label: ${tx('Kielet', 'Språk', 'Languages')}
        type: multi-choice
        options:
          - { id: fi, label: ${tx('suomi', 'finska', 'Finnish')} }
          - { id: sv, label: ${tx('ruotsi', 'svenska', 'Swedish')} }
          - { id: en, label: ${tx('englanti', 'engelska', 'English')} }
      - { id: aktiivinen, label: ${tx('Aktiivinen', 'Aktiv', 'Active')}, type: boolean }
      - { id: osoite, label: ${tx('Osoite', 'Adress', 'Address')}, type: address }
      - id: tapahtumat
        label: ${tx('Tapahtumat', 'Händelser', 'Events')}
        type: group
        max_items: 5
        fields:
          - id: tyyppi
            label: ${tx('Tyyppi', 'Typ', 'Type')}
            type: choice
            required: true
            options:
              - { id: puhelu, label: ${tx('Puhelu', 'Samtal', 'Call')} }
              - { id: muu, label: ${tx('Muu', 'Annat', 'Other')} }
          - { id: aihe, label: ${tx('Aihe', 'Ämne', 'Topic')}, type: text }
          - { id: paiva, label: ${tx('Päivä', 'Dag', 'Day')}, type: date }
`;

/**
 * What a browser posts for the record form of `html` as it stands (hidden inputs, text, checked
 * boxes and radios, textareas, selected options), in page order, without any button.
 */
export function formFields(html: string): Array<[string, string]> {
  const start = html.search(/<form method="post" action="[^"]*" class="record-form"/);
  if (start === -1) throw new Error('no record form on the page');
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Array<[string, string]> = [];
  const attr = (tag: string, name: string) => {
    const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
    return match ? unescapeHtml(match[1]!) : undefined;
  };
  for (const match of form.matchAll(/<input\b[^>]*>|<textarea\b[^>]*>([\s\S]*?)<\/textarea>|<select\b[^>]*>([\s\S]*?)<\/select>/g)) {
    const tag = match[0];
    const name = attr(tag, 'name');
    if (name === undefined) continue;
    if (tag.startsWith('<textarea')) fields.push([name, unescapeHtml(match[1]!)]);
    else if (tag.startsWith('<select')) fields.push([name, unescapeHtml(/<option value="([^"]*)" selected>/.exec(match[2]!)?.[1] ?? /<option value="([^"]*)"/.exec(match[2]!)?.[1] ?? '')]);
    else {
      const type = attr(tag, 'type') ?? 'text';
      if (type === 'submit' || type === 'button') continue;
      if ((type === 'radio' || type === 'checkbox') && !/\schecked[\s>]/.test(tag)) continue;
      fields.push([name, attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
    }
  }
  return fields;
}

/** The action of the record form of `html`. */
export function formAction(html: string): string {
  const match = /<form method="post" action="([^"]*)" class="record-form"/.exec(html);
  if (!match) throw new Error('no record form on the page');
  return unescapeHtml(match[1]!);
}

/**
 * Fills in the record form of `page` as a user would and presses a button (`action`, default
 * "save"): `changes` replace the values of those names (an array for several checkboxes, null to
 * leave the input out, as an unchecked box or an empty select); the rest is posted as it stands.
 */
export async function submitForm(
  session: UiSession,
  page: UiAnswer | string,
  changes: Record<string, string | string[] | null> = {},
  action = 'save',
): Promise<UiAnswer> {
  const html = typeof page === 'string' ? page : page.html;
  const fields = formFields(html).filter(([name]) => !Object.hasOwn(changes, name));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) continue;
    for (const one of Array.isArray(value) ? value : [value]) fields.push([name, one]);
  }
  return session.post(formAction(html), [...fields, ['action', action]]);
}
