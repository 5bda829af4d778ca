/**
 * The `seloste` command. Every failure ends as a message and an exit code, never a stack trace:
 * the people running it are privacy and service staff, not developers.
 */
import { pickLang, translate, type Lang } from '../i18n/catalogue.js';
import { CLI_MESSAGES } from '../i18n/cli-messages.js';
import { languageReference } from '../docs/language-reference.js';
import { formReference } from '../docs/form-reference.js';
import { parseArgs } from './args.js';
import { processIo, type CliIo } from './io.js';
import { runBuild } from './build.js';
import { runLint } from './lint.js';
import { runRopa } from './ropa.js';
import { runAudit } from './audit.js';
import { runDemo } from './demo.js';
import { runServe } from './serve.js';
import { runUser } from './user.js';
import { loadRegistries } from './load-registries.js';
import { DEFAULT_DB_PATH } from '../storage/database.js';
import { runValidate } from './validate.js';
import { runTick } from './tick.js';
import { runRetention } from './retention.js';

const OPTIONS: Record<string, readonly string[]> = {
  validate: ['lang', 'format'],
  lint: ['lang', 'format'],
  serve: ['lang', 'port', 'db', 'public-url'],
  demo: ['lang', 'db', 'count'],
  build: ['lang', 'out'],
  ropa: ['lang', 'out', 'separator'],
  user: ['lang', 'db', 'role', 'name', 'password'],
  audit: ['lang', 'db', 'registry', 'record', 'limit', 'format'],
  tick: ['lang', 'db'],
  retention: ['lang', 'db', 'until', 'format'],
  docs: [],
  help: ['lang'],
};

/** Options that take no value. */
const FLAGS: Record<string, readonly string[]> = { serve: ['demo'], retention: ['dry-run'] };

export async function main(argv: string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command = 'help', ...rest] = argv;
  const lang: Lang = pickLang(argOption(rest, 'lang') ?? env['SELOSTE_LANG'], env['LC_ALL'] ?? env['LANG']);
  try {
    const known = OPTIONS[command === '--help' || command === '-h' ? 'help' : command];
    if (!known) {
      io.err(translate(CLI_MESSAGES, 'cli.unknown-command', lang, { command }));
      return 2;
    }
    const args = parseArgs(rest, known, FLAGS[command] ?? []);
    if (args.unknown.length > 0) {
      io.err(translate(CLI_MESSAGES, 'cli.unknown-option', lang, { option: args.unknown[0], command }));
      return 2;
    }
    switch (command) {
      case 'validate':
        return runValidate({ paths: args.positional, lang, format: args.options.get('format') === 'json' ? 'json' : 'text' }, io);
      case 'lint':
        return runLint({ paths: args.positional, lang, format: args.options.get('format') === 'json' ? 'json' : 'text' }, io);
      case 'serve':
        return await runServe(
          {
            paths: args.positional,
            lang,
            port: args.options.get('port') ?? env['PORT'],
            // A demo database is never the one SELOSTE_DB names: that is the real register's.
            db: args.flags.has('demo') ? args.options.get('db') : (args.options.get('db') ?? env['SELOSTE_DB']),
            publicUrl: args.options.get('public-url') ?? env['SELOSTE_PUBLIC_URL'],
            demo: args.flags.has('demo'),
          },
          io,
        );
      case 'build':
        return runBuild({ paths: args.positional, lang, out: args.options.get('out') }, io);
      case 'ropa':
        return runRopa({ paths: args.positional, lang, out: args.options.get('out'), separator: args.options.get('separator') }, io);
      case 'user': {
        const [sub, ...rest] = args.positional;
        // Granting roles needs the registries, to refuse a role that does not exist.
        const registries = sub === 'add' || sub === 'roles' ? loadRegistries([], lang, io) : [];
        if (!registries) return 1;
        const knownRoles = new Map(registries.map((registry) => [registry.id, new Set(registry.roles.map((role) => role.id))]));
        return await runUser(
          {
            sub,
            args: rest,
            db: args.options.get('db') ?? env['SELOSTE_DB'] ?? DEFAULT_DB_PATH,
            lang,
            role: args.all.get('role') ?? [],
            ...(args.options.has('name') ? { name: args.options.get('name')! } : {}),
            ...(args.options.has('password') ? { password: args.options.get('password')! } : {}),
          },
          io,
          env,
          sub === 'add' || sub === 'roles' ? knownRoles : undefined,
        );
      }
      case 'audit':
        return runAudit(
          {
            sub: args.positional[0],
            db: args.options.get('db') ?? env['SELOSTE_DB'] ?? DEFAULT_DB_PATH,
            lang,
            ...(args.options.has('registry') ? { registry: args.options.get('registry')! } : {}),
            ...(args.options.has('record') ? { record: args.options.get('record')! } : {}),
            ...(args.options.has('limit') ? { limit: args.options.get('limit')! } : {}),
            format: args.options.get('format') === 'json' ? 'json' : 'text',
          },
          io,
        );
      case 'tick':
        return await runTick({ paths: args.positional, db: args.options.get('db') ?? env['SELOSTE_DB'] ?? DEFAULT_DB_PATH, lang }, io);
      case 'retention':
        return await runRetention(
          {
            paths: args.positional,
            db: args.options.get('db') ?? env['SELOSTE_DB'] ?? DEFAULT_DB_PATH,
            lang,
            dryRun: args.flags.has('dry-run'),
            until: args.options.get('until'),
            format: args.options.get('format') === 'json' ? 'json' : 'text',
          },
          io,
        );
      case 'demo':
        // Never SELOSTE_DB: invented people must not land in the real register's database.
        return await runDemo({ paths: args.positional, lang, db: args.options.get('db'), count: args.options.get('count') }, io);
      case 'docs':
        // `seloste docs` is the registry language; `seloste docs forms` the form language.
        io.out((args.positional[0] === 'forms' ? formReference() : languageReference()).trimEnd());
        return 0;
      default:
        io.out(translate(CLI_MESSAGES, 'cli.help', lang));
        return 0;
    }
  } catch (cause) {
    io.err(translate(CLI_MESSAGES, 'cli.internal-error', lang, { detail: cause instanceof Error ? cause.message : String(cause) }));
    return 70;
  }
}

function argOption(args: string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}
