/**
 * Keyboard users go on from the entry they added or the group an entry left; a case worker who
 * types a long note keeps their session, while an idle one still times out.
 */
import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers/engine.js';
import { signedIn, submitForm } from '../helpers/ui-session.js';

const NEW = '/app/raisio-tyollisyyspalvelut/new?form=default';

describe('focus after adding or removing an entry', () => {
  it('points the enhancement script at the new entry, then at the group', async () => {
    const t = await testEngine();
    const s = await signedIn(t, 'anna', ['raisio-tyollisyyspalvelut:tyontekija']);
    const empty = await s.get(NEW);
    expect(empty.html).not.toContain('data-focus');
    const added = await submitForm(s, empty, { 'f.nimi': 'Maija' }, 'add:puhelinnumerot');
    expect(added.status).toBe(200);
    expect(added.html).toContain('data-focus="f-puhelinnumerot-0"');
    expect(added.html).toContain('id="f-puhelinnumerot-0"');
    const twice = await submitForm(s, added, {}, 'add:puhelinnumerot');
    expect(twice.html).toContain('data-focus="f-puhelinnumerot-1"');
    const removed = await submitForm(s, twice, {}, 'remove:puhelinnumerot:0');
    expect(removed.html).toContain('data-focus="f-puhelinnumerot"');
    // Nothing typed was lost on the way.
    expect(removed.html).toContain('value="Maija"');
    t.engine.close();
  });
});

describe('keeping the session alive while typing', () => {
  it('answers 204 and restarts the idle timeout; without it the session ends after 30 minutes', async () => {
    const t = await testEngine();
    const s = await signedIn(t, 'anna', ['raisio-tyollisyyspalvelut:tyontekija']);
    t.clock.advance(25 * 60 * 1000);
    const ping = await s.get('/app/keepalive');
    expect(ping.status).toBe(204);
    expect(ping.headers.get('Cache-Control')).toBe('no-store');
    t.clock.advance(25 * 60 * 1000);
    expect((await s.get('/app')).status).toBe(200);
    t.clock.advance(31 * 60 * 1000);
    const expired = await s.get('/app/keepalive');
    expect(expired.status).toBe(303);
    expect(expired.location).toBe('/login?next=%2Fapp%2Fkeepalive');
    t.engine.close();
  });

  it('is not open to anonymous callers and the staff pages allow the script to call it', async () => {
    const t = await testEngine();
    const response = await t.app.request('/app/keepalive');
    expect(response.status).toBe(303);
    const s = await signedIn(t, 'anna', ['raisio-tyollisyyspalvelut:tyontekija']);
    const page = await s.get(NEW);
    expect(page.headers.get('Content-Security-Policy')).toContain("connect-src 'self'");
    t.engine.close();
  });
});

describe('favicon', () => {
  it('answers without an error, so browser consoles stay clean', async () => {
    const t = await testEngine();
    expect((await t.app.request('/favicon.ico')).status).toBe(204);
    t.engine.close();
  });
});
