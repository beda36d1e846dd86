import type { Account, Invalid } from './account.js';
import { dateRange, known } from './account.js';
import { startTooYoung } from './testimony.js';

// Dates an account cannot hold together, beyond those of account.ts crossCheck: each an invalid
// answer named by its question, never a screen that silently drops the days.

/** Problems with the start of the job against the worker's age and the day of the account. */
export function answerDates(
  a: Account,
  youngestWorkAge: number,
): { field: keyof Account; invalid: Invalid }[] {
  const problems: { field: keyof Account; invalid: Invalid }[] = [];
  // A start after the day the worker told of the job is a slip (a year, B.E. for C.E.): screened,
  // it left a packet with no days of work and no word why.
  if (
    known(a.start_date) &&
    a.interviewed_on !== undefined &&
    dateRange(a.start_date).first > a.interviewed_on
  )
    problems.push({
      field: 'start_date',
      invalid: { key: 'start_after_interview', data: { value: a.start_date } },
    });
  else if (startTooYoung(a, youngestWorkAge))
    problems.push({
      field: 'start_date',
      invalid: { key: 'start_too_young', data: { age: youngestWorkAge } },
    });
  return problems;
}
