// hol-6-1-kommunestyret-selv: only a kommune's own council may adopt, materially change or terminate the overarching agreement for the kommune; on the health side, a joint body cannot do it for a party.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, changeParam, councilBreach, councilParam, partyParams, dateParams } from '../utils/authority.js';

export const kommunestyretSelvRule: Rule = {
  meta: { id: 'hol-6-1-kommunestyret-selv' },
  check({ data }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const breach = councilBreach(facts, f);
      if (!breach) continue;
      const { record, document } = f;
      issues.push({
        ruleId: 'hol-6-1-kommunestyret-selv',
        messageId: `authority.council-only.${breach.side ?? 'none'}`,
        params: {
          body: bodyParam(facts, record.body),
          document: document.title ?? document.id,
          ...dateParams(record.date),
          change: changeParam(changeOf(record)),
          council: councilParam(breach.party),
          ...(breach.party !== undefined ? partyParams(facts, breach.party) : {}),
        },
        hintId: breach.side === 'hf' ? 'hint.council-only-hf' : 'hint.council-only',
        hintParams: { council: councilParam(breach.party) },
        target: pathTarget([...record.path, 'organ'], 'value'),
        data: { body: record.body, ...(breach.party !== undefined ? { party: breach.party } : {}), ...(record.date ? { date: record.date } : {}), change: changeOf(record) },
      });
    }
    return issues;
  },
};
