/**
 * Loader throughput: how long validating a registry takes, cold (compiling the meta-schema)
 * and warm (the compiled checker reused, as `seloste serve` and `validate` do).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { createLoader } from '../../src/registry/loader.js';

const files = readdirSync('registries')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, bytes: readFileSync(`registries/${name}`) }));
const warm = createLoader();

describe('load registries', () => {
  bench('all registries, warm loader', () => {
    for (const { name, bytes } of files) warm.loadBytes(name, bytes);
  });

  bench('create loader (compile meta-schema) + all registries', () => {
    const cold = createLoader();
    for (const { name, bytes } of files) cold.loadBytes(name, bytes);
  });
});
