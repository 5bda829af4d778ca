/** Runs the `seloste` command in process, collecting what it writes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes `content` to a new file `name` in a fresh temporary directory. */
export function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
