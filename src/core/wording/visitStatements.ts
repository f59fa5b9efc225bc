/**
 * What a rationale says about the number of visits, in the reviewer's own words: that the request
 * exceeds the guideline ("exceeds the guideline recommendation", "in excess of", "beyond guideline
 * recommendations", "the requested duration exceeds", "excessive"), that it is within it, what
 * figure the guideline gives, and why more than the guideline is warranted (exceptional factors,
 * documented functional improvement, a flare-up, a post-surgical course).
 */

import { insideQuotation } from './quotations';
import { matchAt, someWordStart, words, WordsBefore } from './wordSearch';

const SENTENCE_REACH = 400;

function isStop(c: number): boolean {
  return c === 46 /* . */ || c === 59 /* ; */ || c === 63 /* ? */ || c === 33 /* ! */;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}

/**
 * The sentence around a position, roughly: from after the last stop followed by a space (or a line
 * break: the text may be read as written) before it, to the next such stop.
 */
export function sentenceAt(text: string, at: number): string {
  // A sentence is read at most this far each way: a text without stops is not read whole for each word.
  const from = Math.max(0, at - SENTENCE_REACH);
  const to = Math.min(text.length, at + SENTENCE_REACH);
  let start = at;
  while (start > from && !(isStop(text.charCodeAt(start - 1)) && isSpace(text.charCodeAt(start)))) start--;
  let stop = at;
  while (stop < to && !(isStop(text.charCodeAt(stop)) && (stop + 1 === text.length || isSpace(text.charCodeAt(stop + 1))))) stop++;
  return text.slice(start, Math.min(stop + 1, text.length));
}

/** The first match of a global expression outside quotations that `accept` takes, or null. */
function firstOutsideQuotes(re: RegExp, text: string, accept: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!insideQuotation(text, m.index) && accept(m)) return m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return null;
}

/** Where a guideline's bound is named after "beyond", "more than", "above", "outside". */
const BOUND = '(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:guidelines?|recommend\\w*|MTUS|ODG|ACOEM|limits?|maximum|allow\\w*|trial|number|what (?:is|the))';
const EXCESS_AT = new RegExp(
  `(?:exceed(?:s|ed|ing)?\\b|excess(?:ive)?\\b|surpass|too many\\b|(?:beyond|above|more than|greater than|over|outside(?: of)?)\\s+${BOUND})`,
  'iy',
);
const EXCESS_WORDS = words(['exceed', 'excess', 'eXCEED', 'eXCESS', 'surpass', 'too many', 'beyond', 'above', 'more than', 'greater than', 'over', 'outside']);
/** What an excess must be of for it to be the visits': a guideline, a limit, a count. */
const ABOUT_VISITS =
  /guideline|MTUS|ODG|ACOEM|recommend|limit|maximum|allow|visits?\b|sessions?\b|treatments?\b|number|quantity|amount|duration|frequency|trial|course/i;
/** Negated excess ("does not exceed") is a statement that the request is within. */
const NOT_EXCEEDING = /\b(?:not|never|no)\s+(?:\w+\s+)?(?:exceed|in excess|beyond|more than)/i;
/** "exceeds" of a symptom or a score, not of the request ("pain exceeds", "more than 50% relief"). */
const OTHER_EXCESS = /\b(?:more than|greater than|over)\s+\d+\s*%|\b(?:more than|over|greater than|above)\s+(?:\d+|one|two|three|four|five|six)\s+(?:months?|years?|weeks?|days?|hours?)\b/i;

const EXCEEDS = /exceed|in excess|excessive/i;

const WITHIN_AT =
  /(?:within (?:the )?(?:\w+\s+){0,3}?(?:guidelines?|recommend\w*|limits?|MTUS|ODG|allowed|parameters)|(?:does|do|would|will) not exceed\b|consistent with (?:the )?(?:\w+\s+){0,2}?(?:guideline|recommend\w*) (?:number|frequency|duration|visits|sessions))/iy;
const WITHIN_WORDS = words(['within', 'does not', 'do not', 'would not', 'will not', 'consistent with']);

/** Whether the rationale says that the request exceeds the guideline, in any of the ways reviewers say it. */
export function statesExcess(rationale: string): boolean {
  return someWordStart(rationale, EXCESS_WORDS, (at) => {
    if (!matchAt(EXCESS_AT, rationale, at) || insideQuotation(rationale, at)) return false;
    const s = sentenceAt(rationale, at);
    return ABOUT_VISITS.test(s) && !NOT_EXCEEDING.test(s) && (!OTHER_EXCESS.test(s) || EXCEEDS.test(s));
  });
}

/** Whether the rationale says that the request is within the guideline ("within guidelines", "does not exceed"). */
export function statesWithin(rationale: string): boolean {
  return someWordStart(rationale, WITHIN_WORDS, (at) => matchAt(WITHIN_AT, rationale, at) !== null && !insideQuotation(rationale, at));
}

const FIGURE_UNITS = words(['visit', 'session', 'treatment']);
const figureWords = new WordsBefore();

/**
 * Calls `each` with each figure of visits ("4-6 visits", "3 to 6 treatments", "up to 10 PT
 * sessions": its upper bound) and where its unit word stands, until it returns true.
 */
function someFigure(rationale: string, each: (n: number, at: number) => boolean): boolean {
  return someWordStart(rationale, FIGURE_UNITS, (unit) => {
    figureWords.read(rationale, unit, 4);
    for (let k = 0; k < figureWords.size; k++) {
      const n = figureWords.figure(k);
      if (n !== null) return each(n, unit);
    }
    return false;
  });
}
const GUIDELINE_VOICE = /guideline|MTUS|ODG|ACOEM|recommend|allow|limit|should be|time to produce|trial|indicated|up to/i;

/** A figure that holds only after improvement ("with evidence of functional improvement, up to 18 visits"). */
const ON_CONDITION = /improvement|evidence of|if (?:there is|the patient)/i;

/**
 * Whether the reviewer gives, in their own words, a guideline figure that allows the visits in all
 * ("The ODG recommends 12 sessions for a knee sprain"): the guideline the reviewer applies allows
 * them. Quoted figures, and those that hold only after improvement, do not count.
 */
export function quotesFigureAllowing(rationale: string, total: number): boolean {
  return someFigure(rationale, (n, at) => {
    if (n < total) return false;
    const s = sentenceAt(rationale, at);
    return GUIDELINE_VOICE.test(s) && !ON_CONDITION.test(s) && !insideQuotation(rationale, at);
  });
}

/**
 * Whether the rationale gives the guideline's figure for the visits ("MTUS recommends 4-6
 * visits"): a count below the requested one, in a sentence in the guideline's voice.
 */
export function quotesVisitFigure(rationale: string, requested: number): boolean {
  return someFigure(rationale, (n, at) => n < requested && GUIDELINE_VOICE.test(sentenceAt(rationale, at)));
}

/** Reasons for more visits than the guideline: what an Overturned request beyond the limit must state. */
const EXCEPTION = new RegExp(
  [
    '\\b(?:exceptional|extenuating|unusual|extraordinary)\\s+(?:factors?|circumstances?)',
    '\\bfunctional (?:improvement|gains?|benefit|progress|restoration gains)',
    '\\b(?:objective|significant|measurable|documented|demonstrated|continued|ongoing|clinically significant)\\s+(?:\\w+\\s+)?(?:improvement|gains?|progress|benefit)',
    '\\bimprove(?:d|ment) (?:in|of) (?:function|range of motion|strength|activities|ADLs?|pain)',
    '\\b(?:responded|responding) (?:well|favou?rably|positively)',
    '\\b(?:reported|reports|documented|demonstrated|shows?|showed|shown|with|noted|had|has had|experienced|derived|gained)\\s+(?:\\w+\\s+)?(?:benefit|improvement|gains|progress)\\b',
    '\\bbenefit(?:ed|ing|s)? from (?:the )?(?:previous|prior|past|initial|completed)\\b',
    '\\bflare[\\s-]*ups?\\b|\\bexacerbation\\b|\\bre-?injur|\\bnew injury',
    '\\bpost[\\s-]*(?:op(?:erative)?|surgical)\\b|\\bstatus[\\s-]*post\\b',
    '\\b(?:explain|justif)\\w*\\s+(?:why|the need for)\\b',
    '\\btransition(?:ing)?\\s+(?:\\w+\\s+){0,2}?to\\s+(?:an?\\s+)?(?:independent\\s+|self[\\s-]*directed\\s+)?home',
    '\\b(?:made|making|shown|showing|continues? to make)\\s+(?:good\\s+|significant\\s+|objective\\s+|measurable\\s+|steady\\s+)?(?:progress|gains)',
    '\\bprogress(?:ing|ed)\\s+(?:well|steadily|toward)',
  ].join('|'),
  'gi',
);
const DENIED_BEFORE = /\b(?:no|not|without|lack(?:ing|s)?|absen(?:ce|t)|neither|nor|fail(?:s|ed)?|insufficient|unclear|minimal|little)\b[^.;]{0,40}$/i;

/**
 * Whether the rationale states a reason for visits beyond the guideline: exceptional factors,
 * documented functional improvement, a flare-up, a post-surgical course, why more is needed.
 * The reviewer's own words count, not the guideline's quoted, and not a reason denied ("no
 * documented functional improvement").
 */
/** Words every reason above holds one of, looked for with plain searches before the expression runs. */
const EXCEPTION_STEMS = ['xception', 'xtenuat', 'nusual', 'xtraordinar', 'mprove', 'gain', 'rogress', 'enefit', 'espond', 'lare', 'xacerbat', 'njur', 'ost', 'tatus', 'xplain', 'ustif', 'ransition'];

export function statesException(rationale: string): boolean {
  if (!EXCEPTION_STEMS.some((w) => rationale.includes(w))) return false;
  return (
    firstOutsideQuotes(EXCEPTION, rationale, (m) => {
      const before = rationale.slice(Math.max(0, m.index - 60), m.index);
      const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(','), -1) + 1);
      return !DENIED_BEFORE.test(clause);
    }) !== null
  );
}

/** The rationale speaks of the number of visits an open-ended request leaves unsaid. */
const SPEAKS_OF_QUANTITY =
  /open[\s-]*ended|unspecified|not specif|did not specify|does not specify|without (?:a |any )?(?:specific |specified )?(?:number|quantity|frequency|duration|timeframe|time frame)|(?:number|quantity|frequency|duration|amount|timeframe|time frame) of (?:the )?(?:requested |proposed )?(?:sessions|visits|treatments|therapy)|how many|time[\s-]*limited|in excess|exceed/i;

/** Whether a rationale addresses the number of visits an open-ended request does not give. */
export function addressesQuantity(rationale: string): boolean {
  return SPEAKS_OF_QUANTITY.test(rationale);
}

