// What rules produce: a rule id, a message id with parameters, and a target in the data; the engine turns it into a Finding.
import type { MessageId } from '../i18n/index.js';
import type { MessageParams, Severity } from '../types.js';

/** A path into parsed data: map keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Which part of the node at a path a finding points at. */
export type Anchor = 'key' | 'value';

/** Where an issue is: a path in the composed agreement set (or in one file, when `file` is set), or a byte range. */
export type Target =
  | { kind: 'path'; path: DataPath; anchor?: Anchor; file?: string }
  | { kind: 'range'; file: string; start: number; end: number };

/** Message parameters; values are interpolated into the i18n templates when the report is rendered. */
export type Params = MessageParams;

export interface Issue {
  ruleId: string;
  /** i18n key of the message (a type error stops an id no catalogue has). */
  messageId: MessageId;
  params?: Params;
  /** i18n key of the hint, if any. */
  hintId?: MessageId;
  hintParams?: Params;
  target: Target;
  /** Overrides the rule's default severity (requirements with transitions, for instance). */
  severity?: Severity;
  /** A second place the message refers to (the first duplicate, say); resolved to `{related}` = file:line. */
  related?: Target;
  data?: Record<string, unknown>;
  /** The finding this one follows from (see diagnose/causes.ts); resolved to `data.causedBy` and `{cause}` = file:line. */
  causedBy?: Target;
}

export const pathTarget = (path: DataPath, anchor: Anchor = 'key', file?: string): Target =>
  file === undefined ? { kind: 'path', path, anchor } : { kind: 'path', path, anchor, file };
