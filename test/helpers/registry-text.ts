/** Registries written inline in tests, loaded through the real loader. */
import type { Registry } from '../../src/model/types.js';
import { createLoader, type Loader } from '../../src/registry/loader.js';

let loader: Loader | undefined;

/** The model of a definition given as YAML text; throws with the problem codes when it does not load. */
export function registryFrom(yaml: string, file = 'registries/testi.yaml'): Registry {
  loader ??= createLoader();
  const result = loader.loadBytes(file, new TextEncoder().encode(yaml));
  if (!result.model) throw new Error(`does not load: ${result.problems.map((problem) => `${problem.code} at ${problem.path.join('.')}`).join(', ')}`);
  return result.model;
}

/** The opening of a one-category test registry (`testi`), up to its `fields:`; add field lines indented by six. */
export const TEST_REGISTRY_HEAD = `id: testi
languages: [fi]
name: Testirekisteri
roles:
  - { id: kirjaaja, name: Kirjaaja, write: ['*'] }
categories:
  - id: perustiedot
    name: Perustiedot
    fields:
`;
