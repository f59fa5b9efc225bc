/**
 * Pronouns that refer to the worker. A pronoun counts only where the person it stands for is
 * plainly the worker: the nearest person named before it, in its sentence or the one before, is
 * the patient, the injured worker, the claimant or the applicant, not the provider, the reviewer or
 * a relative. "he/she", "his or her", pronouns in quotations and authors cited ("(He, 2004)") never
 * count. Offsets are those of the text read.
 */
import { insideQuotation } from '../wording/quotations';
import type { Sex } from './caseSummary';

export interface PronounUse {
  /** The pronoun as written: "He", "his", "her". */
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The word that says it is the worker ("patient", "claimant"), in the text read. */
  readonly antecedentStart: number;
}

/** The pronouns of the other sex than the worker's: those are the ones that can be wrong. */
const WRONG_FOR: Readonly<Record<Sex, RegExp>> = {
  male: /\b(?:she|her|hers|herself)\b/gi,
  female: /\b(?:he|him|his|himself)\b/gi,
};
/** The pronouns of the worker's own sex, for a sentence that uses both ("She said that he ..."). */
const RIGHT_FOR: Readonly<Record<Sex, RegExp>> = {
  male: /\b(?:he|him|his|himself)\b/i,
  female: /\b(?:she|her|hers|herself)\b/i,
};

/** "he/she", "his or her", "s/he", "(s)he", "him/herself". */
const PAIRED_BEFORE = /(?:\/|\(s\)|\b(?:he|she|his|her|him)\s+or\s+)$/i;
const PAIRED_AFTER = /^(?:\s*\/|\s+or\s+(?:he|she|his|her|him|hers)\b)/i;
/** An author cited: "(He, 2004)", "He et al.". */
const AUTHOR_AFTER = /^(?:\s*,\s*\d{4}|\s+et\s+al\b|\s+\d{4}\))/i;

/** The words for the worker ("a 44 year old female" in the summary's first sentence among them), and for everybody else. */
const WORKER_WORDS = ['patient', 'injured\\s+worker', 'worker', 'employee', 'claimant', 'applicant'];
/** The words of the summary's first sentence ("a 44 year old female"): an article before them does not make them someone else. */
const SEX_WORDS = ['male', 'female', 'man', 'woman', 'gentleman', 'lady'];
const OTHER_WORDS = [
  ...['provider', 'physician', 'doctor', 'surgeon', 'therapist', 'chiropractor', 'acupuncturist', 'psychologist', 'psychiatrist', 'physiatrist', 'reviewer'],
  ...['nurse', 'practitioner', 'clinician', 'specialist', 'consultant', 'orthopa?edist', 'neurologist', 'neurosurgeon', 'examiner', 'evaluator'],
  ...['wife', 'husband', 'spouse', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'child', 'children', 'family', 'friend', 'boyfriend', 'girlfriend'],
  ...['fianc[e\u00e9]e?', 'partner', 'caregiver', 'caretaker', 'attorney', 'adjuster', 'supervisor', 'employer', 'manager', 'boss', 'co-?workers?', 'assistant', 'authors?'],
  // Patients in general, and workers in general ("patients with a history of bleeding ... him").
  ...['patients', 'workers', 'employees', 'claimants', 'applicants', 'individuals'],
];
/** Written as letters write them: lower case, or with a capital first letter (a case-sensitive expression costs far less). */
const either = (w: string): string => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
/**
 * People a pronoun may stand for: the worker (group 1), or someone else; "a patient", "an
 * employee" are someone else (a patient of the worker's, or one in general). Abbreviations as written.
 */
const PERSON = new RegExp(
  `\\b(?:((?<!\\b[Aa]n?\\s)(?:${WORKER_WORDS.map(either).join('|')})|${SEX_WORDS.map(either).join('|')}|IW|Mrs?|Ms)|${OTHER_WORDS.map(either).join('|')}|[Aa]n?\\s+(?:${WORKER_WORDS.map(either).join('|')})|Dr|QME|AME|PTP|PA|NP|MD|DC)\\b`,
  'g',
);

/** How far back the person a pronoun stands for is looked for: its sentence and the one before. */
const LOOK_BACK = 400;

function isStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 63 && c !== 33) return false;
  const next = text.charCodeAt(i + 1);
  return next === 32 || next === 10 || next === 13 || next === 9;
}

/** Where the sentence holding `at` starts, and where the one before it starts (within LOOK_BACK). */
function sentencesBack(text: string, at: number): { sentence: number; previous: number } {
  const floor = Math.max(0, at - LOOK_BACK);
  let sentence = -1;
  for (let i = at - 1; i > floor; i--) {
    if (!isStop(text, i)) continue;
    if (sentence < 0) sentence = i + 1;
    else return { sentence, previous: i + 1 };
  }
  return { sentence: sentence < 0 ? floor : sentence, previous: floor };
}

/** The last person named in text[from, before): where, and whether it is the worker; null when nobody is. */
function lastPersonBefore(text: string, from: number, before: number): { start: number; worker: boolean } | null {
  // Read in a slice of its own: the search must not run on past `before` to the next person named.
  const window = text.slice(from, before);
  PERSON.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = PERSON.exec(window); m !== null; m = PERSON.exec(window)) last = m;
  return last ? { start: from + last.index, worker: last[1] !== undefined } : null;
}

/** The pronouns of the other sex than the worker's that refer to the worker, in order. */
export function wrongWorkerPronouns(text: string, worker: Sex, from = 0, to = text.length): PronounUse[] {
  const re = WRONG_FOR[worker];
  const out: PronounUse[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (PAIRED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || PAIRED_AFTER.test(text.slice(end, end + 12))) continue;
    if (AUTHOR_AFTER.test(text.slice(end, end + 10)) || text.charCodeAt(start - 1) === 40 /* ( */) continue;
    // The person it stands for: the last one named in its sentence or the one before, if the worker.
    const back = sentencesBack(text, start);
    const person = lastPersonBefore(text, back.previous, start);
    if (!person || !person.worker) continue;
    // "She said that he ...": in a sentence that speaks of the worker as "she", "he" is someone else.
    if (RIGHT_FOR[worker].test(text.slice(Math.max(back.sentence, person.start), start))) continue;
    if (insideQuotation(text, start, from)) continue;
    out.push({ word: m[0], start, end, antecedentStart: person.start });
  }
  return out;
}

/** Words after which "her" is an object ("told her to"), not a possessive ("her knee"). */
const AFTER_OBJECT = /^(?:[\s]*[.,;:!?)]|\s+(?:to|and|or|with|in|on|at|for|that|as|by|from|of|than|when|if|because|but|so|about|again|back|off|up|out|down|over|since|until|while|who|which|is|was|were|has|had)\b|\s*$)/i;

/** The pronoun to write instead, in the worker's sex and in the case of the word written. */
export function pronounFor(word: string, worker: Sex, after: string): string {
  const w = word.toLowerCase();
  let right: string;
  if (worker === 'female') right = w === 'he' ? 'she' : w === 'himself' ? 'herself' : 'her';
  else if (w === 'she') right = 'he';
  else if (w === 'herself') right = 'himself';
  else if (w === 'hers') right = 'his';
  else right = AFTER_OBJECT.test(after) ? 'him' : 'his';
  if (word === word.toUpperCase() && word.length > 1) return right.toUpperCase();
  return word.charCodeAt(0) < 97 ? right[0].toUpperCase() + right.slice(1) : right;
}
