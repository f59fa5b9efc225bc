import { medicationFields, visitLimit } from '../core';
import type { Analysis, Field, Finding, Item, Medication } from '../core';

/** A diagnostic as the CLI prints it: 1-based lines and columns. */
export interface ReportedDiagnostic {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface ReportedField {
  line: number;
  column: number;
  endLine: number;
  text: string;
}

export interface ReportedItem {
  title: string;
  decision: string | null;
  line: number;
  fields: { claimsAdministrator: ReportedField | null; maximus: ReportedField | null; rationale: ReportedField | null };
  request: {
    treatment: string | null;
    visits: number | null;
    perWeek: number | null;
    weeks: number | null;
    quantity: number | null;
    unit: string | null;
    text: string | null;
    line: number | null;
    /** Visits already done or authorized before the request, as the letter states them. */
    priorVisits: number | null;
    /** A modified request: the visits originally requested, and those the Claims Administrator authorized. */
    originalVisits: number | null;
    authorizedVisits: number | null;
    medication: Medication | null;
  };
  limit: { source: string; guideline: string; maxVisits: number; trial: boolean; citation: string; status: string } | null;
}

export interface FileReport {
  file: string;
  isDetermination: boolean;
  items: ReportedItem[];
  diagnostics: ReportedDiagnostic[];
}

function field(f: Field | undefined): ReportedField | null {
  if (!f) return null;
  return { line: f.labelRange.start.line + 1, column: f.labelRange.start.character + 1, endLine: f.range.end.line + 1, text: f.text };
}

export function reportDiagnostic(f: Finding): ReportedDiagnostic {
  return {
    rule: f.rule,
    severity: f.severity,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    message: f.message,
  };
}

/** One item as the JSON report gives it. */
export function reportItem(a: Analysis, item: Item): ReportedItem {
  const r = a.requests[item.index];
  const limit = visitLimit(r, a.kb);
  return {
    title: item.title,
    decision: item.decision,
    line: item.headingRange.start.line + 1,
    fields: { claimsAdministrator: field(item.fields.claimsAdministrator), maximus: field(item.fields.maximus), rationale: field(item.fields.rationale) },
    request: {
      treatment: r.treatment?.id ?? null,
      visits: r.visits,
      perWeek: r.perWeek,
      weeks: r.weeks,
      quantity: r.quantity,
      unit: r.unit,
      text: r.text,
      line: r.range ? r.range.start.line + 1 : null,
      priorVisits: r.priorVisits,
      originalVisits: r.originalVisits,
      authorizedVisits: r.authorizedVisits,
      medication: medicationFields(r.medication),
    },
    limit: limit
      ? {
          source: limit.guideline.source,
          guideline: limit.guideline.guideline,
          maxVisits: limit.maxVisits,
          trial: limit.isTrial,
          citation: limit.guideline.citation,
          status: limit.guideline.status,
        }
      : null,
  };
}

/** The JSON form of an analysis, shared by `imr-lint --format json` (which writes it item by item) and the tests. */
export function buildFileReport(file: string, a: Analysis): FileReport {
  return {
    file,
    isDetermination: a.doc.isDetermination,
    items: a.doc.items.map((item) => reportItem(a, item)),
    diagnostics: a.findings.map(reportDiagnostic),
  };
}
