import { claimsAdministratorWithoutMaximus } from './claimsAdministratorWithoutMaximus';
import { compoundNotRecommended } from './compoundNotRecommended';
import { decisionRationaleMismatch } from './decisionRationaleMismatch';
import { drugNameSpelling } from './drugNameSpelling';
import { missingConclusion } from './missingConclusion';
import { missingDecision } from './missingDecision';
import { missingGuidelineCitation } from './missingGuidelineCitation';
import { missingRationale } from './missingRationale';
import { medicationDurationExceeded } from './medicationDurationExceeded';
import { missingSection } from './missingSection';
import { openEndedRequest } from './openEndedRequest';
import { opioidMonitoringNotAddressed } from './opioidMonitoringNotAddressed';
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
  drugNameSpelling,
  medicationDurationExceeded,
  compoundNotRecommended,
  opioidMonitoringNotAddressed,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Fix, Finding, Rule, Severity } from './types';
