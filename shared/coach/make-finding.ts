import { SEVERITY, type Finding, type RuleId, type Severity, type TargetType } from './finding';
import { HINTS } from './hints';

/** A finding of `rule` on one item, with the rule's severity and one-line fix. */
export function finding(
  rule: RuleId,
  type: TargetType,
  id: string,
  message: string,
  severity: Severity = SEVERITY[rule],
): Finding {
  return { rule, severity, target: { type, id }, message, hint: HINTS[rule].fix };
}
