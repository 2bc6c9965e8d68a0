// `avtalesjekk schema`: prints or writes the JSON Schema of agreement files or of the config file.
import { readFileSync } from 'node:fs';
import { Argument, Option } from 'commander';
import { t } from '../../i18n/index.js';
import { schemaFileUrl } from '../../schemas.js';
import type { Lang } from '../../types.js';
import { choiceParser } from '../choices.js';
import type { LocalCommand } from '../command.js';
import type { CommandContext } from '../context.js';
import { writeFileTo } from '../output.js';

/** The schema files `avtalesjekk schema [name]` can write. */
const SCHEMA_FILES = { avtale: 'avtale.schema.json', config: 'config.schema.json' } as const;
type SchemaName = keyof typeof SCHEMA_FILES;

/** Defines `schema` on the program. */
export function defineSchema(ctx: CommandContext): LocalCommand {
  const { lang, io } = ctx;
  const name = t(lang, 'cli.arg.name');
  const names = Object.fromEntries(Object.keys(SCHEMA_FILES).map((n) => [n, n as SchemaName]));
  return ctx
    .command('schema')
    .description(t(lang, 'cli.schema'))
    .addArgument(new Argument(`[${name}]`, t(lang, 'cli.schema.name')).argParser(choiceParser(`<${name}>`, names)).default('avtale'))
    .addOption(new Option(`-o, --output <${t(lang, 'cli.value.file')}>`, t(lang, 'cli.opt.schema-output')))
    .action(async (schema: SchemaName, opts: { lang: Lang; output?: string }) => {
      const text = readFileSync(schemaFileUrl(SCHEMA_FILES[schema]), 'utf8');
      if (opts.output === undefined) return io.stdout(text);
      await writeFileTo(opts.output, text, io);
      io.stderr(t(opts.lang, 'cli.wrote-schema', { file: opts.output }) + '\n');
    }) as LocalCommand;
}
