// The public API for using avtalesjekk as a library.
export { check, type CheckOptions, type CheckResult, type CouldNotCheck } from './check.js';
export { main, type CliIO, EXIT } from './cli.js';
export { FORMATS, type FormatName, type Formatter, type FormatOptions } from './format/index.js';
export { loadCatalogue, type Catalogue, type RequirementEntry } from './requirements/catalogue.js';
export { allRules, type RuleInfo } from './rules/registry.js';
export { nodeFileSystem, type FileSystem } from './load/fs.js';
export type * from './types.js';
