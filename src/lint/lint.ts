/**
 * The compliance lint: what GDPR Art 13 and 14 and Finnish practice still require of a loaded
 * registry. Reads only the normalized model; every finding is located in the definition's
 * source through the model's JSON pointers, so it prints like the loader's problems.
 */
import type { Registry } from '../model/types.js';
import type { Finding } from '../problems/finding.js';
import { sortProblems, type Problem } from '../problems/problem.js';
import { locateFinding, type LoadResult } from '../registry/loader.js';
import type { LintRule } from './rule.js';
import { LINT_RULES } from './rules.js';

/**
 * The findings of the rules on one registry, in rule order. A rule that throws (a bug, never the
 * definition's fault, since the model is valid) becomes one error finding, so it neither hides
 * the other rules' findings nor passes silently.
 */
export function lintRegistry(registry: Registry, rules: readonly LintRule[] = LINT_RULES): Finding[] {
  return rules.flatMap((rule) => {
    try {
      return rule.check(registry);
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      return [{ code: 'internal-check-failed', severity: 'error' as const, path: [], params: { check: rule.name, detail } }];
    }
  });
}

/**
 * The problems of one loaded file: first the loader's own (a file that does not load, e.g. a
 * declared language with missing texts, is reported through them), then, for a file that
 * loaded, the located lint findings; sorted top to bottom.
 */
export function lintLoaded(result: LoadResult, rules: readonly LintRule[] = LINT_RULES): Problem[] {
  const { model, source } = result;
  if (!model || !source) return result.problems;
  const located = lintRegistry(model, rules).map((finding) => locateFinding(source, finding));
  return sortProblems([...result.problems, ...located]);
}
