import { builtinKnowledgeBase, KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Determination } from '../model';
import { parseDetermination } from '../parser';
import { describeRequest, ItemRequest, RequestContext } from '../request/itemRequest';
import { RULES } from '../rules';
import { LetterReading } from '../summary/reading';
import { ConclusionCache } from '../wording/conclusions';
import type { Finding, Report, RuleContext, Severity } from '../rules/types';
import { DEFAULT_SETTINGS, Settings } from '../settings';
import { comparePositions } from '../text';

export interface AnalyzeOptions {
  readonly kb?: KnowledgeBase;
  readonly settings?: Settings;
  /** Checked between rules; a cancelled analysis returns what it has. */
  readonly isCancelled?: () => boolean;
}

export interface Analysis {
  readonly doc: Determination;
  /** The knowledge base in force: what hovers, completions and reports of this analysis use too. */
  readonly kb: KnowledgeBase;
  /** The settings the analysis ran with. */
  readonly settings: Settings;
  readonly requests: readonly ItemRequest[];
  readonly findings: readonly Finding[];
  /** A rule that threw: reported once, never allowed to break the others. */
  readonly internalErrors: readonly string[];
}

const RULE_ORDER = new Map(RULES.map((r, n) => [r.id, n]));

const ONE_BELOW: Readonly<Record<Severity, Severity>> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

/** A report as a finding. Written out rather than spread: V8 spreads objects of several shapes slowly. */
function finding(r: Report, rule: string, configured: Severity): Finding {
  const { range, message, related } = r;
  const severity = r.lesser ? ONE_BELOW[configured] : configured;
  const fixes = r.fixes ?? [];
  return related ? { range, message, related, rule, severity, fixes } : { range, message, rule, severity, fixes };
}

/** The clinical case summary's text, cut out of the letter the first time a request asks for it. */
function caseSummaryOf(doc: Determination): RequestContext {
  let text: string | undefined;
  return {
    caseSummary() {
      if (text === undefined) {
        const s = doc.sections.find((x) => x.kind === 'caseSummary');
        text = s ? doc.index.text.slice(doc.index.offsetAt(s.range.start), doc.index.offsetAt(s.range.end)) : '';
      }
      return text;
    },
  };
}

/**
 * Parses a letter and runs every enabled rule: the one entry point the editor and the CLI share.
 * Without a knowledge base, the built-in one is used.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const kb = options.kb ?? builtinKnowledgeBase();
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const doc = parseDetermination(text);
  const context = caseSummaryOf(doc);
  const requests = doc.items.map((item) => describeRequest(item, kb, context));
  const ctx: RuleContext = { doc, kb, requests, eol: doc.index.preferredEol, conclusions: new ConclusionCache(), reading: new LetterReading(doc, kb) };
  const findings: Finding[] = [];
  const internalErrors: string[] = [];
  for (const rule of RULES) {
    if (options.isCancelled?.()) break;
    const configured = settings.rules[rule.id] ?? rule.defaultSeverity;
    if (configured === 'off') continue;
    try {
      rule.check(ctx, (r: Report) => findings.push(finding(r, rule.id, configured)));
    } catch (e) {
      internalErrors.push(`rule ${rule.id} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)!);
  return { doc, kb, settings, requests, findings: findings.slice(0, settings.maxProblems), internalErrors };
}
