/**
 * `seloste serve`: the port is checked before anything starts, broken registries stop it, and a
 * real start on a free port serves the notices (closed again through the test hook).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runServe, type ServerHandle } from '../../src/cli/serve.js';
import { runCli } from '../helpers/cli.js';

const started: ServerHandle[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

/** Starts the server on `port` with the given registry paths; collects what it prints. */
async function start(port: string, paths: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  let server: ServerHandle | undefined;
  const code = await runServe(
    {
      paths,
      lang: 'en',
      port,
      db: join(mkdtempSync(join(tmpdir(), 'seloste-serve-')), 'test.db'),
      onListening: (handle) => {
        server = handle;
        started.push(handle);
      },
    },
    { out: (line) => out.push(line), err: (line) => err.push(line) },
  );
  return { code, out: out.join('\n'), err: err.join('\n'), server };
}

describe('seloste serve: refusals', () => {
  it.each(['abc', '70000', '-1', '1e3', '0x50', ' 80', '80.5', '123456'])('--port %j → exit 2 with a message', async (port) => {
    const { code, err, out } = await runCli(['serve', '--port', port]);
    expect(code).toBe(2);
    expect(err).toBe(`The port "${port}" is not a number from 0 to 65535.`);
    expect(out).toBe('');
  });

  it('checks PORT from the environment the same way, in the chosen language', async () => {
    const { code, err } = await runCli(['serve', '--lang', 'fi'], { PORT: 'http' });
    expect(code).toBe(2);
    expect(err).toBe('Portti "http" ei ole luku väliltä 0–65535.');
  });

  it('exits 1 without starting when a registry is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seloste-serve-bad-'));
    writeFileSync(join(dir, 'rikki.yaml'), 'id: rikki\nlanguages: [fi]\nname: Rikki\nnmae: x\n');
    const { code, err, server } = await start('0', [dir]);
    expect(code).toBe(1);
    expect(err).toContain('[unknown-key] nmae');
    expect(server).toBeUndefined();
  });
});

describe('seloste serve: a real start', () => {
  it('listens on a free port with --port 0, serves the notices, and closes', async () => {
    const { code, out, err, server } = await start('0');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(server).toBeDefined();
    const port = server!.port;
    expect(port).toBeGreaterThan(0);
    expect(out).toBe(`seloste serves 5 registries at http://localhost:${port}/notices (Ctrl+C stops)`);

    const index = await fetch(`http://127.0.0.1:${port}/notices?lang=sv`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-language')).toBe('sv');
    expect(await index.text()).toContain('<html lang="sv">');
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await health.json()).toEqual({ status: 'ok', registries: 5, database: 'ok' });

    await server!.close();
    started.splice(started.indexOf(server!), 1);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  it('exits 1 with a message when the port is taken', async () => {
    const first = await start('0');
    expect(first.code).toBe(0);
    const second = await start(String(first.server!.port));
    expect(second.code).toBe(1);
    expect(second.err).toBe(`The server could not start on port ${first.server!.port}: EADDRINUSE. Is another program using it? Try --port.`);
    expect(second.server).toBeUndefined();
  });
});
