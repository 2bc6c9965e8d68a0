// Evaluates § 6-1: the agreement names the health trust and at least one kommune with a valid, unique kommunenummer.
import { pathTarget, type Issue } from '../engine/issue.js';
import { parties } from '../model.js';
import { unmetSeverity, type Evaluation, type Evaluator } from './evaluation.js';

const KOMMUNENUMMER = /^[0-9]{4}$/;

export const evaluateParties: Evaluator = (requirement, data, asOf): Evaluation => {
  const p = parties(data);
  const severity = unmetSeverity(requirement, data, asOf);
  const issues: Issue[] = [];
  const base: Omit<Evaluation, 'status' | 'detail' | 'issues'> = { coverage: [], missingElements: [], notRelevant: [] };
  if (!p.present) {
    issues.push({ ruleId: requirement.id, messageId: 'requirement.parties-missing', hintId: 'hint.add-parties', target: pathTarget([]), severity });
    return { ...base, status: 'missing', issues, detail: { id: 'detail.missing' } };
  }
  if (!p.healthTrust?.name) {
    issues.push({ ruleId: requirement.id, messageId: 'requirement.no-health-trust', hintId: 'hint.add-health-trust', target: pathTarget(p.healthTrust?.path ?? ['parter']), severity });
  }
  if (p.municipalities.length === 0) {
    issues.push({ ruleId: requirement.id, messageId: 'requirement.no-municipality', hintId: 'hint.add-municipality', target: pathTarget(['parter']), severity });
  }
  if (issues.length > 0) return { ...base, status: 'missing', issues, detail: { id: 'detail.missing' } };
  // Invalid or repeated numbers are reported by the schema and duplicate-id rules; here they only lower the status.
  const numbers = p.municipalities.map((m) => m.number);
  const invalid = numbers.filter((n) => n === undefined || !KOMMUNENUMMER.test(n)).length;
  const repeated = numbers.length - new Set(numbers).size;
  if (invalid + repeated > 0) {
    return { ...base, status: 'partial', issues, detail: { id: 'detail.parties-invalid', params: { count: invalid + repeated, total: numbers.length } } };
  }
  return { ...base, status: 'satisfied', issues, detail: { id: 'detail.parties', params: { count: numbers.length, name: p.healthTrust!.name! } } };
};
