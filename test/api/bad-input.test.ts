/**
 * Bad input of every kind against the records API: each is a 4xx problem+json with a clear
 * message, never a 500, and nothing is stored partially. Hostile strings (SQL, script, FTS
 * syntax, control-free Unicode) are stored literally and returned intact.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { json, testEngine, type TestEngine } from '../helpers/engine.js';

const RECORDS = '/api/registries/raisio-tyollisyyspalvelut/records';
const VALID = { henkilotunnus: '131052-308T', nimi: 'Maija Meikäläinen' };

let t: TestEngine;
let admin: string;
let existing: string;

beforeAll(async () => {
  t = await testEngine();
  admin = await t.userWithToken('paakayttaja', ['raisio-tyollisyyspalvelut:paakayttaja']);
  existing = (await json(await t.call(admin, 'POST', RECORDS, VALID))).id;
});

function count(): number {
  return t.engine.db.prepare('SELECT count(*) FROM rec_raisio_tyollisyyspalvelut').pluck().get() as number;
}

async function send(method: string, path: string, body: string | undefined, headers: Record<string, string>) {
  return t.app.request(path, { method, headers: { Authorization: `Bearer ${admin}`, ...headers }, ...(body === undefined ? {} : { body }) });
}

describe('malformed requests', () => {
  const cases: Array<[name: string, method: string, path: () => string, body: string | undefined, headers: Record<string, string>, status: number, detail: RegExp]> = [
    ['malformed JSON', 'POST', () => RECORDS, '{"nimi": "Maija"', { 'Content-Type': 'application/json' }, 400, /ei ole kelvollista JSONia/],
    ['empty body', 'POST', () => RECORDS, '', { 'Content-Type': 'application/json' }, 400, /ei ole kelvollista JSONia/],
    ['JSON that is not an object', 'POST', () => RECORDS, '[1, 2]', { 'Content-Type': 'application/json' }, 400, /JSON-objekti/],
    ['JSON null', 'POST', () => RECORDS, 'null', { 'Content-Type': 'application/json' }, 400, /JSON-objekti/],
    ['form content type', 'POST', () => RECORDS, 'nimi=Maija', { 'Content-Type': 'application/x-www-form-urlencoded' }, 415, /application\/json/],
    ['no content type', 'POST', () => RECORDS, JSON.stringify(VALID), {}, 415, /application\/json/],
    ['text/plain JSON', 'PATCH', () => `${RECORDS}/${existing}`, '{}', { 'Content-Type': 'text/plain' }, 415, /application\/json/],
    ['oversize body', 'POST', () => RECORDS, JSON.stringify({ ...VALID, ammatti: 'x'.repeat(2 * 1024 * 1024) }), { 'Content-Type': 'application/json' }, 413, /yli 1048576 tavua/],
    ['bad If-Match', 'PATCH', () => `${RECORDS}/${existing}`, '{}', { 'Content-Type': 'application/json', 'If-Match': 'version 1' }, 400, /If-Match/],
    ['bad Idempotency-Key', 'POST', () => RECORDS, JSON.stringify(VALID), { 'Content-Type': 'application/json', 'Idempotency-Key': 'ä'.repeat(3) }, 400, /Idempotency-Key/],
    ['unknown registry', 'GET', () => '/api/registries/ei-ole/records', undefined, {}, 404, /Rekisteriä "ei-ole" ei ole/],
    ['unknown record', 'GET', () => `${RECORDS}/00000000-0000-4000-8000-999999999999`, undefined, {}, 404, /Tietuetta/],
    ['SQL in a record id', 'GET', () => `${RECORDS}/${encodeURIComponent("1' OR '1'='1")}`, undefined, {}, 404, /Tietuetta/],
    ['unknown API path', 'GET', () => '/api/nothing-here', undefined, {}, 404, /Osoitteessa ei ole rajapintaa/],
    ['limit not a number', 'GET', () => `${RECORDS}?limit=abc`, undefined, {}, 400, /limit pitää olla kokonaisluku/],
    ['limit 0', 'GET', () => `${RECORDS}?limit=0`, undefined, {}, 400, /limit on kokonaisluku 1–200/],
    ['limit too large', 'GET', () => `${RECORDS}?limit=201`, undefined, {}, 400, /limit on kokonaisluku 1–200/],
    ['negative offset', 'GET', () => `${RECORDS}?offset=-1`, undefined, {}, 400, /offset pitää olla kokonaisluku/],
    ['sort by an unknown field', 'GET', () => `${RECORDS}?sort=salasana`, undefined, {}, 400, /Kentällä "salasana" ei voi lajitella/],
    ['sort by SQL', 'GET', () => `${RECORDS}?sort=${encodeURIComponent('nimi; DROP TABLE users')}`, undefined, {}, 400, /ei voi lajitella/],
    ['sort by an address (not a single value)', 'GET', () => `${RECORDS}?sort=osoite`, undefined, {}, 400, /ei voi lajitella/],
    ['filter on an unknown field', 'GET', () => `${RECORDS}?filter[kengankoko]=42`, undefined, {}, 400, /Kentällä "kengankoko" ei voi rajata/],
    ['filter a boolean with a word', 'GET', () => `${RECORDS}?filter[turvakielto]=kylla`, undefined, {}, 400, /Rajauksen arvo "kylla"/],
    ['unknown query parameter', 'GET', () => `${RECORDS}?where=1`, undefined, {}, 400, /Tuntematon kyselyparametri "where"/],
    ['unknown state', 'GET', () => `${RECORDS}?state=kadonnut`, undefined, {}, 400, /Tuntematon tila "kadonnut"/],
    ['search text too long', 'GET', () => `${RECORDS}?q=${'a'.repeat(201)}`, undefined, {}, 400, /enintään 200 merkkiä/],
    ['lookup without a code', 'POST', () => '/api/persons/lookup', '{}', { 'Content-Type': 'application/json' }, 400, /personal_identity_code/],
    ['lookup with an invalid code', 'POST', () => '/api/persons/lookup', '{"personal_identity_code":"131052-308A"}', { 'Content-Type': 'application/json' }, 400, /ei ole kelvollinen henkilötunnus/],
    ['audit without a registry', 'GET', () => '/api/audit', undefined, {}, 400, /Anna rekisteri/],
  ];

  it.each(cases)('%s → %i', async (_name, method, path, body, headers, status, detail) => {
    const before = count();
    const response = await send(method, path(), body, headers);
    const problem = await json(response);
    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json; charset=utf-8');
    expect(problem).toMatchObject({ type: expect.stringMatching(/^urn:seloste:problem:/), status, title: expect.any(String) });
    expect(problem.detail).toMatch(detail);
    expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+|Error:|SQLITE/);
    expect(count()).toBe(before);
    expect(t.errors).toEqual([]);
  });
});

describe('invalid records', () => {
  const cases: Array<[name: string, body: Record<string, unknown>, pointer: string, message: string]> = [
    ['missing required field', { henkilotunnus: '131052-308T' }, '/nimi', 'Nimi: pakollinen tieto puuttuu'],
    ['unknown field', { ...VALID, kengankoko: 42 }, '/kengankoko', 'Tuntematon kenttä "kengankoko"; rekisterissä ei ole tällaista tietoa'],
    ['__proto__ key', JSON.parse('{"henkilotunnus":"131052-308T","nimi":"M","__proto__":{"admin":true}}'), '/__proto__', 'Tuntematon kenttä "__proto__"; rekisterissä ei ole tällaista tietoa'],
    ['wrong type', { ...VALID, turvakielto: 'kyllä' }, '/turvakielto', 'Osoitteen turvakielto: pitää olla kyllä tai ei'],
    ['identity code with a wrong check character', { ...VALID, henkilotunnus: '131052-308U' }, '/henkilotunnus', 'Henkilötunnus: henkilötunnuksen tarkistusmerkki ei täsmää; tarkista tunnus'],
    ['temporary identity code outside a demo database', { ...VALID, henkilotunnus: '010190-900P' }, '/henkilotunnus', 'Henkilötunnus: tilapäinen henkilötunnus (yksilönumero 900–999) ei kelpaa tähän kenttään'],
    ['impossible date in the identity code', { ...VALID, henkilotunnus: '310252-308T' }, '/henkilotunnus', ''],
    ['line break in a one-line text', { ...VALID, nimi: 'Maija\nMeikäläinen' }, '/nimi', 'Nimi: ei saa sisältää rivinvaihtoja eikä ohjausmerkkejä'],
    ['unknown choice', { ...VALID, siviilisaaty: 'kihloissa' }, '/siviilisaaty', 'Siviilisääty: valitse jokin sallituista vaihtoehdoista'],
  ];

  it.each(cases)('%s → 422 naming the field', async (_name, body, pointer, message) => {
    const before = count();
    const response = await t.call(admin, 'POST', RECORDS, body);
    const problem = await json(response);
    expect(response.status).toBe(422);
    const error = problem.errors.find((candidate: { pointer: string }) => candidate.pointer === pointer);
    expect(error, JSON.stringify(problem.errors)).toBeDefined();
    if (message) expect(error.message).toBe(message);
    expect(count()).toBe(before);
  });

  it('words the errors in the caller\'s language', async () => {
    const response = await t.call(admin, 'POST', `${RECORDS}?lang=sv`, { henkilotunnus: '131052-308T' });
    const problem = await json(response);
    expect(problem.title).toBe('Uppgifterna innehåller fel');
    expect(problem.errors[0].message).toBe('Nimi: obligatorisk uppgift saknas');
  });

  it('an invalid update changes nothing', async () => {
    const before = await json(await t.call(admin, 'GET', `${RECORDS}/${existing}`));
    const response = await t.call(admin, 'PATCH', `${RECORDS}/${existing}`, { nimi: 'Uusi Nimi', turvakielto: 'ei' });
    expect(response.status).toBe(422);
    const after = await json(await t.call(admin, 'GET', `${RECORDS}/${existing}`));
    expect(after).toEqual(before);
  });

  it('a required field cannot be cleared with null', async () => {
    const response = await t.call(admin, 'PATCH', `${RECORDS}/${existing}`, { nimi: null });
    expect(response.status).toBe(422);
    expect((await json(response)).errors[0].message).toBe('Nimi: pakollinen tieto puuttuu');
  });
});

describe('hostile strings', () => {
  const hostile = [
    "Robert'); DROP TABLE rec_raisio_tyollisyyspalvelut;--",
    '<script>alert("x")</script>',
    '" OR 1=1 --',
    'NEAR(a b) OR "c" AND *',
    '{{constructor.constructor("return process")()}}',
    'Åke Ängström-Öhman 🙂 ﷽',
  ];

  it.each(hostile)('stores %j literally, returns it intact and finds it by search', async (text) => {
    const created = await json(await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Testi Henkilö', ammatti: text }));
    expect(created.data.ammatti).toBe(text);
    const read = await json(await t.call(admin, 'GET', `${RECORDS}/${created.id}`));
    expect(read.data.ammatti).toBe(text);
    // Searching for the hostile text itself is a search, not syntax.
    const search = await t.call(admin, 'GET', `${RECORDS}?q=${encodeURIComponent(text)}`);
    expect(search.status).toBe(200);
    expect(t.errors).toEqual([]);
    expect(t.engine.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'rec_raisio_tyollisyyspalvelut'").pluck().get()).toBe(1);
  });
});

describe('idempotency', () => {
  it('a replayed POST returns the first record and creates no second one', async () => {
    const before = count();
    const headers = { 'Idempotency-Key': 'retry-7f3a' };
    const first = await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Kerran Vain' }, headers);
    expect(first.status).toBe(201);
    const again = await t.call(admin, 'POST', RECORDS, { nimi: 'Kerran Vain', henkilotunnus: '131052-308T' }, headers);
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await json(again)).id).toBe((await json(first)).id);
    expect(count()).toBe(before + 1);
  });

  it('the same key with another body is refused; a different user may use the same key', async () => {
    const headers = { 'Idempotency-Key': 'retry-other' };
    expect((await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Ensimmäinen' }, headers)).status).toBe(201);
    const reused = await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Toinen' }, headers);
    expect(reused.status).toBe(422);
    expect((await json(reused)).detail).toBe('Idempotency-Key on jo käytetty toiseen pyyntöön, jonka sisältö oli eri.');
    const other = await t.userWithToken('toinen', ['raisio-tyollisyyspalvelut:tyontekija']);
    expect((await t.call(other, 'POST', RECORDS, { ...VALID, nimi: 'Toinen' }, headers)).status).toBe(201);
  });

  it('an invalid first attempt does not use up the key', async () => {
    const headers = { 'Idempotency-Key': 'retry-invalid' };
    expect((await t.call(admin, 'POST', RECORDS, { nimi: 'Puuttuu tunnus' }, headers)).status).toBe(422);
    expect((await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Korjattu' }, headers)).status).toBe(201);
  });

  it('a replay after the record was deleted says so', async () => {
    const headers = { 'Idempotency-Key': 'retry-deleted' };
    const created = await json(await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Poistuva' }, headers));
    await t.call(admin, 'DELETE', `${RECORDS}/${created.id}`);
    const replay = await t.call(admin, 'POST', RECORDS, { ...VALID, nimi: 'Poistuva' }, headers);
    expect(replay.status).toBe(409);
  });
});

describe('headers', () => {
  it('every API response is no-store and carries the security headers', async () => {
    for (const path of [RECORDS, `${RECORDS}/${existing}`, '/api/registries', '/api/nothing']) {
      const response = await t.call(admin, 'GET', path);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
      expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN');
    }
  });
});
