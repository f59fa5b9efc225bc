import type { ClaimCourse, ClaimedFigure, Pair } from './figures';
import type { CompiledFigure } from './statementIndex';

/**
 * Whether figures a rationale gives as a guideline's are the guideline's: each must lie within a
 * figure of the same kind of course that the guideline gives for the treatment (and, where it
 * names one, the condition). Only what can be compared is judged: a claim with no figure of its
 * kind among the guideline's is left alone.
 */

export const DIMENSIONS = ['visits', 'perWeek', 'weeks', 'months'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type FigureVerdict =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'faithful'; readonly figure: CompiledFigure }
  | { readonly kind: 'misquoted'; readonly closest: CompiledFigure; readonly differs: readonly Dimension[] };

function within(a: Pair, b: Pair): boolean {
  return a[0] >= b[0] && a[1] <= b[1];
}

function courseFits(claim: ClaimCourse, figure: CompiledFigure): boolean {
  const c = figure.figure.course;
  if (claim === 'unmarked') return true;
  return c === claim || c === 'any';
}

function dimsOf(claim: ClaimedFigure): Dimension[] {
  return DIMENSIONS.filter((d) => claim[d] !== undefined);
}

/** How many dimensions of the claim a guideline figure gives otherwise (`differences`, counted without a list). */
function missesOf(claim: ClaimedFigure, dims: readonly Dimension[], k: CompiledFigure): number {
  let n = 0;
  for (const d of dims) if (k[d] !== undefined && !within(claim[d]!, k[d]!)) n++;
  return n;
}

/** How many of the dimensions a guideline figure gives. */
function givenOf(dims: readonly Dimension[], k: CompiledFigure): number {
  let n = 0;
  for (const d of dims) if (k[d] !== undefined) n++;
  return n;
}

const UNKNOWN: FigureVerdict = { kind: 'unknown' };

/** The dimensions of the claim that a guideline figure gives otherwise. */
function differences(claim: ClaimedFigure, dims: readonly Dimension[], k: CompiledFigure): Dimension[] {
  return dims.filter((d) => k[d] !== undefined && !within(claim[d]!, k[d]!));
}

/** A range written over several figures ("8-10 visits over 4-8 weeks" for two conditions): each end is one of them. */
function endsEachFit(claim: ClaimedFigure, dims: readonly Dimension[], shared: readonly CompiledFigure[]): boolean {
  return dims.every((d) => {
    const ks = shared.filter((k) => k[d] !== undefined);
    return !ks.length || claim[d]!.every((x) => ks.some((k) => within([x, x], k[d]!)));
  });
}

export function judgeFigure(claim: ClaimedFigure, candidates: readonly CompiledFigure[]): FigureVerdict {
  if (!candidates.length) return UNKNOWN;
  const dims = dimsOf(claim);
  // What the figure counts first (visits, else visits a week, else its length): a guideline figure
  // that does not count it cannot vouch for it ("24 visits over 8 weeks" is not "8 weeks at most").
  const primary = dims[0];
  const shared = candidates.filter((k) => courseFits(claim.course, k) && k[primary] !== undefined);
  if (!shared.length) return UNKNOWN;
  let closest = shared[0];
  let closestMisses = Infinity;
  for (const k of shared) {
    const misses = missesOf(claim, dims, k);
    if (misses === 0) return { kind: 'faithful', figure: k };
    // The nearest: fewest figures apart, then the same kind of course, then the more figures in common.
    const score = misses * 10 + (k.figure.course === claim.course ? 0 : 1) - givenOf(dims, k) * 0.1;
    if (score < closestMisses) {
      closestMisses = score;
      closest = k;
    }
  }
  if (endsEachFit(claim, dims, shared)) return { kind: 'faithful', figure: closest };
  return { kind: 'misquoted', closest, differs: differences(claim, dims, closest) };
}
