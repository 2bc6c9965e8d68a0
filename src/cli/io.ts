// The adapter to the real process: argv, environment, streams and standard input. The only file that touches `process`.
import { main } from './main.js';

/** Runs the CLI in this process with the real world; used by bin/avtalesjekk.js and the GitHub Action's entry. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  return main(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    now: () => new Date(),
    readStdin: async () => {
      if (process.stdin.isTTY) return new Uint8Array();
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  });
}
