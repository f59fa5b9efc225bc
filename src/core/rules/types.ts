import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Determination, Item } from '../model';
import type { ItemRequest } from '../request/itemRequest';
import type { LetterReading } from '../summary/reading';
import type { ConclusionCache } from '../wording/conclusions';
import type { Range, TextEdit } from '../text';

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe fixes are applied by fix-all (and on save): they change only their range and settle the finding. */
  readonly safe: boolean;
  readonly preferred?: boolean;
  /** Where the cursor should go after the fix, as a range in the text *after* the edits. */
  readonly select?: Range;
}

export interface RelatedInfo {
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly related?: readonly RelatedInfo[];
  readonly fixes: readonly Fix[];
}

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Report = Omit<Finding, 'rule' | 'severity' | 'fixes'> & {
  readonly fixes?: readonly Fix[];
  /** A finding of less weight than the rule's others: reported one severity below the configured one. */
  readonly lesser?: boolean;
};

export interface RuleContext {
  readonly doc: Determination;
  readonly kb: KnowledgeBase;
  /** The parsed request of each item, by item index. */
  readonly requests: readonly ItemRequest[];
  /** The line break to use in inserted text. */
  readonly eol: string;
  /** The conclusion of each item's rationale, shared by the rules that read it. */
  readonly conclusions: ConclusionCache;
  /** The case summary and the body parts of headings and rationales, read when first asked, for the consistency rules. */
  readonly reading: LetterReading;
}

/** What a rule is about, for the documentation and for choosing rules. */
export const RULE_TAGS = ['structure', 'template', 'citation', 'decision', 'request', 'limits', 'consistency', 'medication', 'quotation'] as const;
export type RuleTag = (typeof RULE_TAGS)[number];

/** A rule as its file defines it (see defineRule). */
export interface RuleDefinition {
  /** Stable kebab-case id: used in settings, in the CLI output and in docs/rules/<id>.md. */
  readonly id: string;
  /** What it finds, in one sentence: shown in settings and in the README's table of rules. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Whether its findings offer fixes (edits); each fix settles its finding and touches nothing else. */
  readonly hasFix: boolean;
  readonly tags: readonly RuleTag[];
  check(ctx: RuleContext, report: (r: Report) => void): void;
}

export interface Rule extends RuleDefinition {
  /** Its documentation, docs/rules/<id>.md, relative to the repository. */
  readonly docs: string;
}

/** A rule with the metadata that follows from its definition. */
export function defineRule(definition: RuleDefinition): Rule {
  return { ...definition, docs: `docs/rules/${definition.id}.md` };
}

/** How an item is named in messages: its title, shortened at a word ("... to the lumbar..."). */
export function itemName(item: Item): string {
  const t = item.title || item.heading;
  if (!t) return `item ${item.index + 1}`;
  if (t.length <= 70) return `"${t}"`;
  // The last whole word that ends within 67 characters; a first word longer than that is cut.
  const space = t.lastIndexOf(' ', 67);
  let end = space > 0 ? space : 67;
  while (end > 1 && ' ,;:'.includes(t.charAt(end - 1))) end--;
  return `"${t.slice(0, end)}..."`;
}
