/** The `seloste` launcher as a real process: what a shell user sees. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm install` builds dist/ (the prepare script); the launcher runs the compiled code.
const built = existsSync(new URL('../../dist/cli/main.js', import.meta.url));

describe.skipIf(!built)('bin/seloste.js', () => {
  it('stops quietly when the reader closes the pipe early (`seloste docs | head`)', async () => {
    const child = spawn(process.execPath, ['bin/seloste.js', 'docs'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the first line is written.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
