// The calendar under both parse/ and facts/: civil days, months (Thai and English names),
// weekdays, the Buddhist era; nothing about work. Civil dates are wall-clock days in
// Asia/Bangkok. We count them as integers (days since 1970-01-01) and never derive legal
// durations from instants.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

// dayOf is called for every stretch, day and pay-period day: the few thousand distinct dates
// of a data set are remembered (a pure function, so only time changes).
const known = new Map<string, number | undefined>();

/** Day number of a valid ISO date, or undefined when the text is not a real calendar date. */
export function dayOf(iso: string): number | undefined {
  const hit = known.get(iso);
  if (hit !== undefined || known.has(iso)) return hit;
  const n = computeDayOf(iso);
  if (known.size >= 100_000) known.clear();
  known.set(iso, n);
  return n;
}

function computeDayOf(iso: string): number | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return Date.UTC(y, mo - 1, d) / 86_400_000;
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
    if (isoOfDay.size >= 100_000) isoOfDay.clear();
    isoOfDay.set(dayNumber, iso);
  }
  return iso;
}

export function addDays(iso: string, n: number): string {
  return isoOf(day(iso) + n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Buddhist era years are Common Era years + 543. */
export const BE_OFFSET = 543;

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
  const [by, bm, bd] = ymd(birthIso);
  const [y, m, d] = ymd(onIso);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Year, month, day of an ISO date; the rules ask for ages on every work day, so plain dates skip split(). */
function ymd(iso: string): number[] {
  if (iso.length === 10 && iso[4] === '-' && iso[7] === '-') {
    return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  }
  return iso.split('-').map(Number);
}

/** The first day on which someone born on `birthIso` is `years` old. */
export function birthdayOf(birthIso: string, years: number): string {
  const [by, bm, bd] = birthIso.split('-').map(Number);
  const y = by + years;
  if (bm === 2 && bd === 29 && daysInMonth(y, 2) === 28) return `${y}-03-01`;
  return `${String(y).padStart(4, '0')}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
}

/** Calendar months between two dates, e.g. for "more than one month apart" (§70). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${ny}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/**
 * The same day `n` months later, where a month-end stays a month-end: one month after
 * 29 February is 31 March, not 29 March (monthly pay on the last day of the month).
 */
export function monthsLater(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (d !== daysInMonth(y, m)) return addMonths(iso, n);
  const end = addMonths(`${iso.slice(0, 8)}01`, n);
  const [ey, em] = end.split('-').map(Number);
  return `${end.slice(0, 8)}${String(daysInMonth(ey, em)).padStart(2, '0')}`;
}

export function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
