// publication-missing: an adopted or in-force agreement with no avtale.publisering.url (agreements are published and the link sent to Helsedirektoratet).
import { pathTarget } from '../../engine/issue.js';
import { documents, isRecord, text } from '../../model.js';
import { isDate } from '../utils/authority.js';
import type { Rule } from '../rule.js';

export const publicationMissingRule: Rule = {
  meta: { id: 'publication-missing' },
  check({ data, asOf }) {
    const meta = data.avtale;
    if (!isRecord(meta)) return [];
    const publication = isRecord(meta.publisering) ? meta.publisering : undefined;
    if (publication && text(publication.url) !== undefined) return [];
    // A draft is published after adoption: only an agreement adopted or in force by the as-of date must have the link.
    const main = documents(data).find((d) => d.type === 'overordnet');
    const dates = [text(meta.vedtatt), text(meta.i_kraft), main?.adopted, main?.inForce].filter(isDate);
    const since = dates.filter((d) => d <= asOf).sort()[0];
    if (since === undefined) return [];
    return [{
      ruleId: 'publication-missing',
      messageId: publication ? 'stale.publication-no-url' : 'stale.publication-missing',
      params: { date: since },
      hintId: 'hint.publication-missing',
      target: pathTarget(publication ? ['avtale', 'publisering'] : ['avtale'], 'key'),
      data: { since },
    }];
  },
};
