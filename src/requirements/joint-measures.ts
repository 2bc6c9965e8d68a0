// Evaluates § 6-2 andre ledd: every joint measure states responsibility, employer, organisation and financing.
import { pathTarget, type Issue } from '../engine/issue.js';
import { jointMeasures } from '../model.js';
import { unmetSeverity, type Evaluation, type Evaluator } from './evaluation.js';

export const evaluateJointMeasures: Evaluator = (requirement, data, asOf): Evaluation => {
  const fields = requirement.fields ?? [];
  const measures = jointMeasures(data, fields);
  const issues: Issue[] = [];
  for (const m of measures) {
    const lacking = fields.filter((f) => m.fields[f] === undefined);
    if (lacking.length === 0) continue;
    issues.push({
      ruleId: requirement.id,
      messageId: 'requirement.measure-incomplete',
      params: { name: m.name ?? m.id ?? '?', fields: lacking.join(', '), count: lacking.length },
      hintId: 'hint.add-measure-fields',
      hintParams: { fields: lacking.join(', ') },
      target: pathTarget(m.path, 'value'),
      severity: unmetSeverity(requirement, data, asOf),
      data: { missingFields: lacking },
    });
  }
  const base: Omit<Evaluation, 'status' | 'detail'> = { coverage: [], missingElements: [], notRelevant: [], issues };
  if (measures.length === 0) return { ...base, status: 'satisfied', detail: { id: 'detail.no-measures' } };
  if (issues.length === 0) return { ...base, status: 'satisfied', detail: { id: 'detail.measures-complete', params: { count: measures.length } } };
  return { ...base, status: 'partial', detail: { id: 'detail.measures-incomplete', params: { count: issues.length, total: measures.length } } };
};
