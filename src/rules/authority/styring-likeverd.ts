// styring-likeverd (a recommendation): a joint body with more seats for one side that does not decide by consensus.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { jointBodies } from '../utils/authority.js';

export const styringLikeverdRule: Rule = {
  meta: { id: 'styring-likeverd' },
  check({ data }) {
    const issues: Issue[] = [];
    for (const body of jointBodies(data)) {
      // Unequal seats matter only when votes are counted: a body that decides by consensus treats the sides as equals.
      if (body.composition.length === 0 || body.decision === 'konsensus') continue;
      const seats = (group: string) => body.composition.filter((g) => g.group === group).reduce((sum, g) => sum + (g.seats ?? 0), 0);
      const municipal = seats('kommuner');
      const trust = seats('hf');
      if (municipal === trust) continue;
      issues.push({
        ruleId: 'styring-likeverd',
        messageId: 'governance.unequal-seats',
        params: { body: body.name ?? body.id, municipalSeats: municipal, trustSeats: trust },
        hintId: 'hint.equal-seats',
        target: pathTarget([...body.path, 'sammensetning'], 'key'),
        data: { body: body.id, municipalSeats: municipal, trustSeats: trust },
      });
    }
    return issues;
  },
};
