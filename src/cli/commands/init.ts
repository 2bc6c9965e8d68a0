// `avtalesjekk init`: writes a new agreement set from the catalogue; refuses to overwrite unless --force.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import { scaffold } from '../../init/scaffold.js';
import { schemaHome } from '../../init/schema-home.js';
import { nodeFileSystem } from '../../load/fs.js';
import { loadCatalogue } from '../../requirements/catalogue.js';
import { schemaFileUrl } from '../../schemas.js';
import type { Lang } from '../../types.js';
import { relativePath } from '../../util/paths.js';
import type { LocalCommand } from '../command.js';
import type { CommandContext } from '../context.js';
import { CliError, EXIT } from '../errors.js';
import { writeFileTo } from '../output.js';
import type { FullIO } from '../world.js';

/** Defines `init` on the program. */
export function defineInit(ctx: CommandContext): LocalCommand {
  const { lang } = ctx;
  return ctx
    .command('init')
    .description(t(lang, 'cli.init'))
    .argument(`[${t(lang, 'cli.arg.folder')}]`, t(lang, 'cli.init.folder'), '.')
    .addOption(new Option('--force', t(lang, 'cli.opt.force')))
    .action(async (folder: string, opts: { lang: Lang; force?: boolean }) => {
      ctx.setExit(await runInit(folder, opts, ctx.io));
    }) as LocalCommand;
}

/**
 * Writes the scaffold and a copy of the agreement schema for editors (see {@link schemaHome}); refuses (exit 2,
 * nothing written) when a scaffold file exists, unless --force. An existing schema copy is kept unless --force.
 */
async function runInit(folder: string, opts: { lang: Lang; force?: boolean }, io: FullIO): Promise<number> {
  const lang = opts.lang;
  const fs = io.fs ?? nodeFileSystem;
  const target = path.resolve(io.cwd, folder);
  const st = await fs.stat(target).catch(() => undefined);
  if (st && !st.isDirectory) throw new CliError('init.not-folder', { folder });
  const schemaFile = await schemaHome(target, fs);
  const scaffolded = scaffold(loadCatalogue(), { lang, schemaRef: relativePath(target, schemaFile) });
  const files = scaffolded.map((f) => ({ abs: path.join(target, f.path), text: f.text }));
  const exists = (abs: string) =>
    fs.stat(abs).then(
      () => true,
      () => false,
    );
  const existing: string[] = [];
  for (const f of files) if (await exists(f.abs)) existing.push(relativePath(io.cwd, f.abs));
  if (existing.length > 0 && !opts.force) throw new CliError('init.exists', { files: existing.join(', ') });
  const keepSchema = !opts.force && (await exists(schemaFile));
  if (!keepSchema) files.push({ abs: schemaFile, text: readFileSync(schemaFileUrl('avtale.schema.json'), 'utf8') });
  for (const f of files) {
    await writeFileTo(f.abs, f.text, io);
    io.stdout(`${t(lang, 'init.wrote', { file: relativePath(io.cwd, f.abs) })}\n`);
  }
  if (keepSchema) io.stdout(`${t(lang, 'init.schema-kept', { file: relativePath(io.cwd, schemaFile) })}\n`);
  io.stdout(`${t(lang, 'init.next', { folder: relativePath(io.cwd, target) || '.' })}\n`);
  return EXIT.ok;
}
