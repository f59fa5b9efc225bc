import { claimsAdministratorWithoutMaximus } from './claimsAdministratorWithoutMaximus';
import { decisionRationaleMismatch } from './decisionRationaleMismatch';
import { missingConclusion } from './missingConclusion';
import { missingDecision } from './missingDecision';
import { missingGuidelineCitation } from './missingGuidelineCitation';
import { missingRationale } from './missingRationale';
import { missingSection } from './missingSection';
import { misquotedGuideline } from './misquotedGuideline';
import { openEndedRequest } from './openEndedRequest';
import type { Rule } from './types';
import { unfilledPlaceholder } from './unfilledPlaceholder';
import { visitLimitExceeded } from './visitLimitExceeded';

/** Every rule, in the order findings are reported for one position. */
export const RULES: readonly Rule[] = [
  missingSection,
  missingDecision,
  missingRationale,
  claimsAdministratorWithoutMaximus,
  missingGuidelineCitation,
  unfilledPlaceholder,
  decisionRationaleMismatch,
  missingConclusion,
  visitLimitExceeded,
  openEndedRequest,
  misquotedGuideline,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Fix, Finding, Rule, Severity } from './types';
