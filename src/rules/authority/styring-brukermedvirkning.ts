// styring-brukermedvirkning: user representatives in a joint body take part as members (speak, propose or vote), not only as observers.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { jointBodies } from '../utils/authority.js';

const MEMBER_RIGHTS = ['stemme', 'tale', 'forslag'];

export const styringBrukermedvirkningRule: Rule = {
  meta: { id: 'styring-brukermedvirkning' },
  check({ data }) {
    const issues: Issue[] = [];
    for (const body of jointBodies(data)) {
      for (const group of body.composition) {
        // Rights not written down are unknown, not «none».
        if (group.group !== 'brukerrepresentanter' || group.seats === 0 || !group.rightsStated || group.rights.some((r) => MEMBER_RIGHTS.includes(r))) continue;
        issues.push({
          ruleId: 'styring-brukermedvirkning',
          messageId: group.rights.includes('observator') ? 'governance.users-observers' : 'governance.users-no-rights',
          params: { body: body.name ?? body.id },
          hintId: 'hint.users-members',
          target: pathTarget([...group.path, group.rightsStated ? 'rettigheter' : 'gruppe'], 'value'),
          data: { body: body.id, rights: group.rights },
        });
      }
    }
    return issues;
  },
};
