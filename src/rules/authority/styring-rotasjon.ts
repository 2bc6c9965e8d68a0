// styring-rotasjon: the chair of a joint body rotates between the parties rather than staying with one side.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { jointBodies } from '../utils/authority.js';

export const styringRotasjonRule: Rule = {
  meta: { id: 'styring-rotasjon' },
  check({ data }) {
    return jointBodies(data)
      .filter((body) => body.rotation === 'fast')
      .map((body): Issue => ({
        ruleId: 'styring-rotasjon',
        messageId: 'governance.fixed-chair',
        params: { body: body.name ?? body.id },
        hintId: 'hint.rotate-chair',
        target: pathTarget([...body.path, 'ledelse', 'rotasjon'], 'value'),
        data: { body: body.id },
      }));
  },
};
