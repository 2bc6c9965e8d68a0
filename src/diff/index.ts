// The change comparison (`avtalesjekk endring`): load two versions, compare them, classify and say who must adopt.
export { compareAgreements, type CompareOptions } from './compare.js';
export { diff, type CouldNotCompare, type DiffOptions, type DiffResult } from './run.js';
export { CHANGE_KINDS, CHANGE_KIND_IDS, DECLARED_TYPES, LAW_FIXED, REASONS, REASON_IDS, type AuthorityChangeKind, type ChangeArea, type ChangeClass, type ChangeKind, type DeclaredChangeType, type ReasonId } from './kinds.js';
export type * from './types.js';
