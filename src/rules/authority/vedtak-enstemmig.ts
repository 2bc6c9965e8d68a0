// vedtak-enstemmig: when the empowering rule demands unanimity (or consensus), a decision recorded as not unanimous does not meet it.
import type { Rule } from '../rule.js';
import { unanimityIssues } from '../utils/unanimity.js';

export const vedtakEnstemmigRule: Rule = {
  meta: { id: 'vedtak-enstemmig' },
  check({ data }) {
    // Only `enstemmig: false` is known to be split; a record that does not say is vedtak-enstemmig-ukjent's warning.
    return unanimityIssues(data, { ruleId: 'vedtak-enstemmig', reports: (u) => u === false, messageId: 'authority.unanimity', hintId: 'hint.unanimity', field: 'enstemmig' });
  },
};
