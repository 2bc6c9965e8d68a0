// `avtalesjekk init`: writes a new agreement set from the catalogue; refuses to overwrite unless --force.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option } from 'commander';
import { t } from '../../i18n/index.js';
import { scaffold } from '../../init/scaffold.js';
import { nodeFileSystem, type FileSystem } from '../../load/fs.js';
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

/** Writes the scaffold; refuses (exit 2, nothing written) when a file exists, unless --force. */
async function runInit(folder: string, opts: { lang: Lang; force?: boolean }, io: FullIO): Promise<number> {
  const lang = opts.lang;
  const fs = io.fs ?? nodeFileSystem;
  const target = path.resolve(io.cwd, folder);
  const st = await fs.stat(target).catch(() => undefined);
  if (st && !st.isDirectory) throw new CliError('init.not-folder', { folder });
  const files = scaffold(loadCatalogue(), { lang, schemaRef: await schemaRefFor(target, fs) });
  const existing: string[] = [];
  for (const f of files) if (await fs.stat(path.join(target, f.path)).then(() => true, () => false)) existing.push(relativePath(io.cwd, path.join(target, f.path)));
  if (existing.length > 0 && !opts.force) throw new CliError('init.exists', { files: existing.join(', ') });
  for (const f of files) {
    const abs = path.join(target, f.path);
    await writeFileTo(abs, f.text, io);
    io.stdout(t(lang, 'init.wrote', { file: relativePath(io.cwd, abs) }) + '\n');
  }
  io.stdout(t(lang, 'init.next', { folder: relativePath(io.cwd, target) || '.' }) + '\n');
  return EXIT.ok;
}

/**
 * The schema for the scaffold's modeline, relative to `folder`: the installed package's copy under node_modules
 * when the folder is in an npm project that has avtalesjekk, else this running package's own copy.
 */
async function schemaRefFor(folder: string, fs: FileSystem): Promise<string> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'avtalesjekk', 'schemas', 'avtale.schema.json');
    if (await fs.stat(candidate).then((s) => s.isFile, () => false)) return relativePath(folder, candidate);
    if (path.dirname(dir) === dir) break;
  }
  return relativePath(folder, fileURLToPath(schemaFileUrl('avtale.schema.json')));
}
