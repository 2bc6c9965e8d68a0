// Names for the agreement file's enum values (change kinds, document types) in every language, for use inside sentences.
import { t, type MessageId } from '../../i18n/index.js';
import type { LocalText } from '../../types.js';
import { LANGS } from '../../types.js';

/** "vesentlig endring, mindre endring" in each language, never the raw ids («vesentlig-endring»). */
export function changeNames(changes: readonly string[]): LocalText {
  return joined(changes.map((c) => `authority.change.${c}`));
}

/** "retningslinje, overordnet avtale" in each language, never the raw ids («overordnet»). */
export function documentTypeNames(types: readonly string[]): LocalText {
  return joined(types.map((type) => `doctype.${type}`));
}

function joined(ids: readonly string[]): LocalText {
  // An id without a message (a value the schema does not know) is shown as written, as the schema finding says.
  return Object.fromEntries(LANGS.map((lang) => [lang, ids.map((id) => t(lang, id as MessageId).replace(/^(authority\.change|doctype)\./, '')).join(', ')])) as LocalText;
}
