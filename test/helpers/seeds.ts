/** The five seed registries, loaded once per test file through the real loader. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Registry } from '../../src/model/types.js';
import { createLoader } from '../../src/registry/loader.js';

export const REGISTRIES_DIR = join(import.meta.dirname, '..', '..', 'registries');

export function loadSeeds(): Registry[] {
  const loader = createLoader();
  return readdirSync(REGISTRIES_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const result = loader.loadFile(join(REGISTRIES_DIR, name));
      if (!result.model) throw new Error(`${name} does not load: ${result.problems.map((p) => p.code).join(', ')}`);
      return result.model;
    });
}
