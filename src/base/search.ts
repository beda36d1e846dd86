/**
 * The first index of 0..n-1 at which `before(i)` no longer holds, for a `before` that holds on a
 * prefix of the indexes (a sorted list halved): n when it holds on all of them.
 */
export function firstNotBefore(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
