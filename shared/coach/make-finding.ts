import {
  SEVERITY,
  type Finding,
  type MessageParams,
  type RuleId,
  type Severity,
  type Suggestion,
  type TargetType,
} from './finding';
import { HINTS } from './hints';
import { formatMessage, type MessageId } from './messages';

/** What a rule adds beyond the rule's defaults. */
export interface FindingExtras {
  readonly severity?: Severity;
  readonly language?: string;
  readonly suggestion?: Suggestion;
}

/**
 * A finding of `rule` on one item, with the rule's severity and one-line fix; its English
 * message is rendered from the catalogue, and the id and params travel with it.
 */
export function finding(
  rule: RuleId,
  type: TargetType,
  id: string,
  messageId: MessageId,
  params: MessageParams,
  extras: FindingExtras = {},
): Finding {
  return {
    rule,
    severity: extras.severity ?? SEVERITY[rule],
    target: { type, id },
    message: formatMessage(messageId, params),
    hint: HINTS[rule].fix,
    messageId,
    params,
    ...(extras.language !== undefined ? { language: extras.language } : {}),
    ...(extras.suggestion !== undefined ? { suggestion: extras.suggestion } : {}),
  };
}

/** A suggestion whose one-line text is rendered from the catalogue. */
export function suggestion(
  messageId: MessageId,
  params: MessageParams,
  parts: Omit<Suggestion, 'text' | 'messageId' | 'params'>,
): Suggestion {
  return { text: formatMessage(messageId, params), messageId, params, ...parts };
}
