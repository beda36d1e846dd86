// The calendar under both parse/ and facts/: civil days, months (Thai and English names),
// weekdays, the Buddhist era; nothing about work. Civil dates are wall-clock days in
// Asia/Bangkok. We count them as integers (days since 1970-01-01) and never derive legal
// durations from instants.

/**
 * Order of two ISO dates (YYYY-MM-DD): their text in code-unit order, which is date order.
 * Not `localeCompare`: its first call loads the collator, about 9 ms of every start-up.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// dayOf is called for every stretch, day and pay-period day: a plain YYYY-MM-DD is read from
// its character codes, with no regex, Date or cache; any other text is not a date.
/** Day number of a valid ISO date, or undefined when the text is not a real calendar date. */
export function dayOf(iso: string): number | undefined {
  if (iso.length === 10 && iso.charCodeAt(4) === DASH && iso.charCodeAt(7) === DASH) {
    const y = digits(iso, 0, 4);
    const m = digits(iso, 5, 7);
    const d = digits(iso, 8, 10);
    if (y < 0 || m < 0 || d < 0) return undefined;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
    // Date.UTC reads the years 0-99 as 1900-1999; those keep the numbers they always had.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, Date.UTC gives the same day numbers from year 100 on
    return y < 100 ? Date.UTC(y, m - 1, d) / 86_400_000 : daysFromCivil(y, m, d);
  }
  return undefined;
}

const DASH = 45;
const ZERO_CODE = 48;

/** The number written by the ASCII digits iso[from..to), or -1 when one is not a digit. */
function digits(iso: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = iso.charCodeAt(i) - ZERO_CODE;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, in integers (H. Hinnant's
 * days_from_civil): the same numbers as Date.UTC / 86,400,000 without a Date.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Day number of a date already known to be valid. */
export function day(iso: string): number {
  const n = dayOf(iso);
  if (n === undefined) throw new Error(`not an ISO date: ${iso}`);
  return n;
}

const isoOfDay = new Map<number, string>();
export function isoOf(dayNumber: number): string {
  let iso = isoOfDay.get(dayNumber);
  if (iso === undefined) {
    iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
    // Stryker disable next-line all: equivalent, the bound of a cache of a pure function
    if (isoOfDay.size >= 100_000) isoOfDay.clear();
    isoOfDay.set(dayNumber, iso);
  }
  return iso;
}

/**
 * The same month and day `n` years on (back when negative), for each of `years`, as ISO text:
 * what a date typed with its year wrong was meant to be. 29 February moved may not exist.
 */
export const inOtherYears = (iso: string, years: readonly number[]): string[] =>
  years.map((n) => `${String(Number(iso.slice(0, 4)) + n).padStart(4, '0')}${iso.slice(4)}`);

export function addDays(iso: string, n: number): string {
  return isoOf(day(iso) + n);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, Date gives the same lengths for these
  if (!(Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12))
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1];
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Buddhist era years are Common Era years + 543. */
export const BE_OFFSET = 543;

/** Thailand's clocks: UTC+07:00 all year (no daylight saving since 1920), in minutes. */
export const BANGKOK_UTC_OFFSET_MIN = 420;

/** Thai month names: in full, as abbreviated in print (ม.ค.), and the common short form. */
export const THAI_MONTHS: readonly { full: string; abbr: string; short: string }[] = [
  { full: 'มกราคม', abbr: 'ม.ค.', short: 'มกรา' },
  { full: 'กุมภาพันธ์', abbr: 'ก.พ.', short: 'กุมภา' },
  { full: 'มีนาคม', abbr: 'มี.ค.', short: 'มีนา' },
  { full: 'เมษายน', abbr: 'เม.ย.', short: 'เมษา' },
  { full: 'พฤษภาคม', abbr: 'พ.ค.', short: 'พฤษภา' },
  { full: 'มิถุนายน', abbr: 'มิ.ย.', short: 'มิถุนา' },
  { full: 'กรกฎาคม', abbr: 'ก.ค.', short: 'กรกฎา' },
  { full: 'สิงหาคม', abbr: 'ส.ค.', short: 'สิงหา' },
  { full: 'กันยายน', abbr: 'ก.ย.', short: 'กันยา' },
  { full: 'ตุลาคม', abbr: 'ต.ค.', short: 'ตุลา' },
  { full: 'พฤศจิกายน', abbr: 'พ.ย.', short: 'พฤศจิกา' },
  { full: 'ธันวาคม', abbr: 'ธ.ค.', short: 'ธันวา' },
];

export const EN_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Completed years of age on `onIso`. A 29 February birthday is reached on 1 March in common years. */
export function ageOn(birthIso: string, onIso: string): number {
  // The rules ask for ages on every work day: plain dates are compared without allocating.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: equivalent, the general path gives the same ages
  if (plain(birthIso) && plain(onIso)) {
    let age = digits(onIso, 0, 4) - digits(birthIso, 0, 4);
    const m = digits(onIso, 5, 7);
    const bm = digits(birthIso, 5, 7);
    if (m < bm || (m === bm && digits(onIso, 8, 10) < digits(birthIso, 8, 10))) age -= 1;
    return age;
  }
  const [by, bm, bd] = ymd(birthIso);
  const [y, m, d] = ymd(onIso);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

const ymd = (iso: string): number[] => iso.split('-').map(Number);

/** YYYY-MM-DD written in ASCII digits: ageOn reads it from character codes, underAge compares it as text. */
function plain(iso: string): boolean {
  return (
    iso.length === 10 &&
    iso.charCodeAt(4) === DASH &&
    iso.charCodeAt(7) === DASH &&
    // A part of zeros read by either path is the same number: ageOn's two paths agree on it.
    // Stryker disable next-line EqualityOperator: equivalent, a year 0000 is counted by the general path alike
    digits(iso, 0, 4) >= 0 &&
    // Stryker disable next-line EqualityOperator: equivalent, a month 00 is counted by the general path alike
    digits(iso, 5, 7) >= 0 &&
    // Stryker disable next-line EqualityOperator: equivalent, a day 00 is counted by the general path alike
    digits(iso, 8, 10) >= 0
  );
}

/**
 * Whether someone born on `birthIso` is under `years` old on `onIso`: ageOn(birthIso, onIso) < years.
 * The rules ask this on every work day: the date from which the age is reached is found once per
 * birth date and age and compared as text.
 */
export function underAge(birthIso: string, years: number, onIso: string): boolean {
  const from = ageFrom(birthIso, years);
  // Stryker disable next-line ConditionalExpression: equivalent, ageOn gives the same answer without the date the age is reached
  return from !== undefined && plain(onIso) ? onIso < from : ageOn(birthIso, onIso) < years;
}

// Stryker disable next-line StringLiteral: equivalent, the kept answer's initial key
let fromBirth = '';
let fromYears = Number.NaN;
let fromDate: string | undefined;

/**
 * The plain date from which someone born on `birthIso` is `years` old as ageOn counts: the birth
 * date's month and day in the year `years` later. A plain date is under that age exactly when
 * it sorts before this one; a 29 February stays as it is, as no date of a common year falls
 * between 28 February and 1 March. Undefined when the birth date is not plain or that year has
 * no four digits.
 */
export function ageFrom(birthIso: string, years: number): string | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, the kept answer of a pure function
  if (birthIso === fromBirth && years === fromYears) return fromDate;
  let from: string | undefined;
  if (plain(birthIso)) {
    const y = digits(birthIso, 0, 4) + years;
    if (Number.isInteger(y) && y >= 0 && y <= 9999)
      from = `${String(y).padStart(4, '0')}${birthIso.slice(4)}`;
  }
  fromBirth = birthIso;
  fromYears = years;
  fromDate = from;
  return from;
}

// birthdayOf is asked once per stretch with the same employee's birth date run after run:
// the last answer is kept (a pure function, so only time changes).
// Stryker disable next-line StringLiteral: equivalent, the kept answer's initial key
let lastBirth = '';
let lastYears = Number.NaN;
// Stryker disable next-line StringLiteral: equivalent, never returned before it is set
let lastBirthday = '';

/** The first day on which someone born on `birthIso` is `years` old. */
export function birthdayOf(birthIso: string, years: number): string {
  // Stryker disable next-line ConditionalExpression: equivalent, the kept answer of a pure function
  if (birthIso === lastBirth && years === lastYears) return lastBirthday;
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const y = by + years;
  const birthday =
    bm === 2 && bd === 29 && daysInMonth(y, 2) === 28
      ? `${y}-03-01`
      : `${String(y).padStart(4, '0')}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
  lastBirth = birthIso;
  lastYears = years;
  lastBirthday = birthday;
  return birthday;
}

// Months on are asked for every pay period (s.70 and the pay signals), of the few dates that pay
// periods share from employee to employee: each answer is kept, by the number of months and date.
function keptByMonths(work: (iso: string, n: number) => string): (iso: string, n: number) => string {
  const byMonths = new Map<number, Map<string, string>>();
  return (iso, n) => {
    let byDate = byMonths.get(n);
    // Stryker disable next-line ConditionalExpression: equivalent, a map made again holds the same answers
    if (!byDate) {
      byDate = new Map();
      byMonths.set(n, byDate);
    }
    let later = byDate.get(iso);
    // Stryker disable next-line ConditionalExpression: equivalent, the answer worked out again is the same
    if (later === undefined) {
      later = work(iso, n);
      // Stryker disable next-line all: equivalent, the bound of a cache of a pure function
      if (byDate.size >= 10_000) byDate.clear();
      byDate.set(iso, later);
    }
    return later;
  };
}

/** Calendar months between two dates, e.g. for "more than one month apart" (§70). */
export const addMonths = keptByMonths((iso, n) => {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${ny}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
});

/**
 * The same day `n` months later, where a month-end stays a month-end: one month after
 * 29 February is 31 March, not 29 March (monthly pay on the last day of the month).
 */
export const monthsLater = keptByMonths((iso, n) => {
  const [y, m, d] = iso.split('-').map(Number);
  if (d !== daysInMonth(y, m)) return addMonths(iso, n);
  const end = addMonths(`${iso.slice(0, 8)}01`, n);
  const [ey, em] = end.split('-').map(Number);
  return `${end.slice(0, 8)}${String(daysInMonth(ey, em)).padStart(2, '0')}`;
});

export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
