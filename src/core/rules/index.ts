import { bodyPartNotInItem } from './bodyPartNotInItem';
import { citationBodyPartMismatch } from './citationBodyPartMismatch';
import { claimsAdministratorWithoutMaximus } from './claimsAdministratorWithoutMaximus';
import { compoundNotRecommended } from './compoundNotRecommended';
import { conflictingConclusions } from './conflictingConclusions';
import { decisionRationaleMismatch } from './decisionRationaleMismatch';
import { lateralityMismatch } from './lateralityMismatch';
import { drugNameSpelling } from './drugNameSpelling';
import { emptyField } from './emptyField';
import { missingConclusion } from './missingConclusion';
import { missingDecision } from './missingDecision';
import { missingGuidelineCitation } from './missingGuidelineCitation';
import { missingRationale } from './missingRationale';
import { medicationDurationExceeded } from './medicationDurationExceeded';
import { missingSection } from './missingSection';
import { misquotedGuideline } from './misquotedGuideline';
import { openEndedRequest } from './openEndedRequest';
import { pronounMismatch } from './pronounMismatch';
import { quantityMismatch } from './quantityMismatch';
import { opioidMonitoringNotAddressed } from './opioidMonitoringNotAddressed';
import type { Rule } from './types';
import { unfilledPlaceholder } from './unfilledPlaceholder';
import { visitLimitExceeded } from './visitLimitExceeded';

/** Every rule, in the order findings are reported for one position. */
export const RULES: readonly Rule[] = [
  missingSection,
  missingDecision,
  missingRationale,
  emptyField,
  claimsAdministratorWithoutMaximus,
  missingGuidelineCitation,
  unfilledPlaceholder,
  decisionRationaleMismatch,
  conflictingConclusions,
  missingConclusion,
  visitLimitExceeded,
  openEndedRequest,
  citationBodyPartMismatch,
  lateralityMismatch,
  pronounMismatch,
  quantityMismatch,
  bodyPartNotInItem,
  drugNameSpelling,
  medicationDurationExceeded,
  compoundNotRecommended,
  opioidMonitoringNotAddressed,
  misquotedGuideline,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

export type { Fix, Finding, Rule, RuleTag, Severity } from './types';
