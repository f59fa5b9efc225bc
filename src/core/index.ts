// The language service as the editor, the CLI and other tools use it. What is not exported here
// is internal to the core and may change without notice.

// Analysing a letter: the one entry point, and what it gives.
export { analyze } from './analysis/analyze';
export type { Analysis, AnalyzeOptions } from './analysis/analyze';
export { parseDetermination } from './parser';
export { LETTER_FIRST_LINE, startsLikeLetter } from './parser/letterShape';
export { FIELD_KINDS, FIELD_LABELS } from './model';
export type { Decision, Determination, Field, FieldKind, Item, Section, SectionKind } from './model';

// Positions and edits in a letter.
export { comparePositions, LineIndex, pos, range, rangeContains, rangesOverlap } from './text';
export type { Position, Range, TextEdit } from './text';

// Rules, their findings and fixes.
export { RULE_IDS, RULES, ruleById } from './rules';
export type { Finding, Fix, Rule, RuleTag, Severity } from './rules';
export { applyEdits, fixAllEdits } from './analysis/fixAll';

// Settings.
export { DEFAULT_SETTINGS, parseSettings, parseSettingsWith, SettingsSchema } from './settings';
export type { Settings } from './settings';

// Knowledge: treatments and guideline limits, built in or from a guidelines file.
export { builtinKnowledgeBase, formatProblem, KnowledgeBase } from './knowledge/knowledgeBase';
export type { GuidelinesProblem } from './knowledge/knowledgeBase';
export { loadGuidelinesFile } from './knowledge/guidelinesFile';
export { described, GuidelinesFileSchema } from './knowledge/schema';
export type { Guideline, Treatment } from './knowledge/schema';

// What an item requests.
export { describeRequest, visitLimit } from './request/itemRequest';
export type { ItemRequest, VisitLimit } from './request/itemRequest';
export { parseQuantity } from './request/quantity';
export { medicationFields } from './request/medication';
export type { Medication } from './request/medication';

// Editor features, from an analysis.
export { documentOutline, foldingRanges } from './analysis/outline';
export type { FoldingSpan, OutlineSymbol } from './analysis/outline';
export { hoverAt } from './analysis/hover';
export type { HoverInfo } from './analysis/hover';
export { completionsAt } from './analysis/completion';
export type { Completion } from './analysis/completion';
export { ITEM_SNIPPET, LETTER_SNIPPET, RATIONALES, rationaleFor, rationaleSnippet } from './analysis/writing';
export { standardRationale } from './analysis/standardRationale';
export type { StandardRationale } from './analysis/standardRationale';
export type { RationaleSpec, RationaleTarget } from './analysis/writing';
export { decisionSummaryMarkdown, decisionSummaryText } from './analysis/decisionSummary';
export { headingSpans } from './analysis/headingSpans';
export type { LineSpan } from './analysis/headingSpans';
