// The public API for using avtalesjekk as a library.
export { check, type CheckOptions, type CheckResult, type CouldNotCheck } from './engine/run.js';
export { main, type CliIO, EXIT } from './cli.js';
export { FORMATS, type FormatName, type Formatter, type FormatOptions } from './format/index.js';
export { loadCatalogue, type Catalogue, type RequirementEntry } from './requirements/catalogue.js';
export { allRules, type RuleInfo } from './rules/registry.js';
export { nodeFileSystem, type FileSystem } from './load/fs.js';
export type * from './types.js';
export { compareAgreements, diff, CHANGE_KINDS, DECLARED_TYPES, type CompareOptions, type CouldNotCompare, type DiffOptions, type DiffResult, type ChangeKind, type ChangeClass, type DeclaredChangeType, type ReasonId } from './diff/index.js';
export type { Adopter, AdoptionPath, Change, ChangeAdoption, ChangeReason, ChangeReport, DeclaredChange, SetSummary } from './diff/types.js';
export { DIFF_FORMATS, type DiffFormatName, type DiffFormatter } from './format/diff.js';
export { loadAgreementSet, type AgreementSet } from './load/agreement-set.js';
export { scaffold, type ScaffoldFile, type ScaffoldOptions } from './init/scaffold.js';
