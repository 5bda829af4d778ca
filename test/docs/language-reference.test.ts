import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_SCHEMA } from '../../src/check/meta-schema.js';
import type { SchemaNode } from '../../src/check/schema-nodes.js';
import { languageReference } from '../../src/docs/language-reference.js';
import { FIELD_TYPES } from '../../src/fields/registry.js';

describe('registries/README.md', () => {
  it('is exactly what the meta-schema generates (run `npm run docs` after changing the language)', () => {
    expect(readFileSync('registries/README.md', 'utf8')).toBe(languageReference());
  });

  it('documents every key of the language, at every depth', () => {
    const reference = languageReference();
    const undocumented: string[] = [];
    const visit = (node: SchemaNode, path: string) => {
      for (const [key, child] of Object.entries((node['properties'] as Record<string, SchemaNode>) ?? {})) {
        if (!child.description?.trim()) undocumented.push(`${path}.${key}`);
        if (!reference.includes(`\`${key}\``)) undocumented.push(`${path}.${key} (not in README)`);
        visit(child, `${path}.${key}`);
        if (child['items']) visit(child['items'] as SchemaNode, `${path}.${key}[]`);
      }
      for (const branch of (node['oneOf'] as SchemaNode[] | undefined) ?? []) visit(branch, path);
    };
    visit(META_SCHEMA, '');
    for (const [name, def] of Object.entries(META_SCHEMA['$defs'] as Record<string, SchemaNode>)) visit(def, `$defs.${name}`);
    expect(undocumented).toEqual([]);
  });

  it('describes every field type and its settings', () => {
    const reference = languageReference();
    for (const type of FIELD_TYPES.values()) {
      expect(reference).toContain(`#### \`${type.name}\``);
      expect(type.doc.length).toBeGreaterThan(10);
      for (const key of Object.keys(type.settings)) expect(reference).toContain(`\`${key}\``);
    }
  });
});
