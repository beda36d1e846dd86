import type { CheckFunction } from '../check.js';
import { announcedHours } from './announced-hours.js';
import { breakBeforeOvertime } from './break-before-overtime.js';
import { consecutiveWorkDays } from './consecutive-work-days.js';
import { copiedPunches } from './copied-punches.js';
import { dailyBreak } from './daily-break.js';
import { deductions } from './deductions.js';
import { equalPay } from './equal-pay.js';
import { finalPay } from './final-pay.js';
import { hazardousOvertime } from './hazardous-overtime.js';
import { identity } from './identity.js';
import { minimumAge } from './minimum-age.js';
import { minimumWageCheck } from './minimum-wage.js';
import { netPay } from './net-pay.js';
import { nightWork } from './night-work.js';
import { overtimeOrHolidayWork } from './overtime-or-holiday-work.js';
import { paidFloor } from './paid-floor.js';
import { payInterval } from './pay-interval.js';
import { premiumPay } from './premium-pay.js';
import { prohibitedWork } from './prohibited-work.js';
import { tooRegular } from './too-regular.js';
import { twoBooks } from './two-books.js';
import { weeklyHours } from './weekly-hours.js';
import { youngDeposit } from './young-deposit.js';
import { youngRest } from './young-rest.js';

/** The check functions a rule file may name in `check:`. */
export const CHECKS: ReadonlyMap<string, CheckFunction> = new Map(
  [
    announcedHours,
    breakBeforeOvertime,
    consecutiveWorkDays,
    copiedPunches,
    dailyBreak,
    deductions,
    equalPay,
    finalPay,
    hazardousOvertime,
    identity,
    minimumAge,
    minimumWageCheck,
    netPay,
    nightWork,
    overtimeOrHolidayWork,
    paidFloor,
    payInterval,
    premiumPay,
    prohibitedWork,
    tooRegular,
    twoBooks,
    weeklyHours,
    youngDeposit,
    youngRest,
  ].map((c) => [c.name, c]),
);
