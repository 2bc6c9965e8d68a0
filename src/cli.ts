// The command line's entry: main() for tests and library users, run() for the bin. The parts live in src/cli/.
export { main } from './cli/main.js';
export { run } from './cli/io.js';
export { EXIT } from './cli/errors.js';
export { useColor, type CliIO } from './cli/world.js';
export { isRealDate } from './config/load.js';
