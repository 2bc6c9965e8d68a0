// vedtak-enstemmig-ukjent: when the empowering rule demands unanimity (or consensus) and the record does not say whether the decision was unanimous, that is unknown, not split.
import type { Rule } from '../rule.js';
import { unanimityIssues } from '../utils/unanimity.js';

export const vedtakEnstemmigUkjentRule: Rule = {
  meta: { id: 'vedtak-enstemmig-ukjent' },
  check({ data }) {
    return unanimityIssues(data, {
      ruleId: 'vedtak-enstemmig-ukjent',
      reports: (u) => u === undefined,
      messageId: 'authority.unanimity-unknown',
      hintId: 'hint.unanimity-unknown',
      field: 'organ',
    });
  },
};
