// styring-likeverd: a joint body gives the kommune side and the health trust side the same number of seats.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { jointBodies } from '../utils/authority.js';

export const styringLikeverdRule: Rule = {
  meta: { id: 'styring-likeverd' },
  check({ data }) {
    const issues: Issue[] = [];
    for (const body of jointBodies(data)) {
      if (body.composition.length === 0) continue;
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
