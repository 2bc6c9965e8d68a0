// styring-fastleger: a political or strategic joint body has a seat for the GPs (fastleger).
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { jointBodies } from '../utils/authority.js';

const TOP_LEVELS = ['politisk', 'strategisk'];
const TOP_KINDS = ['partnerskapsmote', 'strategisk-samarbeidsutvalg', 'politisk-samarbeidsutvalg'];

export const styringFastlegerRule: Rule = {
  meta: { id: 'styring-fastleger' },
  check({ data }) {
    const issues: Issue[] = [];
    for (const body of jointBodies(data)) {
      const top = (body.level !== undefined && TOP_LEVELS.includes(body.level)) || TOP_KINDS.includes(body.kind!);
      // A body whose composition is not written down says nothing either way.
      if (!top || body.composition.length === 0) continue;
      if (body.composition.some((g) => g.group === 'fastleger' && g.seats !== 0)) continue;
      issues.push({
        ruleId: 'styring-fastleger',
        messageId: 'governance.no-gps',
        params: { body: body.name ?? body.id },
        hintId: 'hint.gps',
        target: pathTarget([...body.path, 'sammensetning'], 'key'),
        data: { body: body.id },
      });
    }
    return issues;
  },
};
