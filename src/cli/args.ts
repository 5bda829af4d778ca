/** A small argument parser: positional arguments and `--name value` / `--name=value` options. */
export interface ParsedArgs {
  positional: string[];
  /** The last value of each option. */
  options: Map<string, string>;
  /** Every value of each option, for options given more than once (`--role a --role b`). */
  all: Map<string, string[]>;
  /** Boolean flags given (`--demo`): they take no value. */
  flags: Set<string>;
  unknown: string[];
}

export function parseArgs(argv: string[], known: readonly string[], knownFlags: readonly string[] = []): ParsedArgs {
  const flags = new Set<string>();
  const positional: string[] = [];
  const options = new Map<string, string>();
  const all = new Map<string, string[]>();
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (knownFlags.includes(name) && inline === undefined) {
      flags.add(name);
      continue;
    }
    if (!known.includes(name)) {
      unknown.push(arg);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    options.set(name, value ?? '');
    all.set(name, [...(all.get(name) ?? []), value ?? '']);
  }
  return { positional, options, all, flags, unknown };
}
