import { normaliseHeader } from './aliases.js';

// Whether an hours file's start and end columns are an arrival and a departure, read from what
// their headers say rather than from a list of them: a daily attendance summary prints the first
// in and the last out of a day (เวลาเข้า, เวลาออก; Check-in, Check-out; Punch In, Punch Out; In
// Time, Out Time; สแกนเข้า, สแกนออก), and the span between them holds the day's break, which such
// a file does not record. A profile may map any header to start and end: `Punch In` mapped by a
// profile is as much an arrival as `check in` found in the alias table, and read as a continuous
// stretch its lunch hour was a s.27 finding and overtime owed. A header that names the work
// itself (start, end, เวลาเริ่ม, เวลาเลิก, shift start) is a stretch of work, as hours.csv says.

/** English words of an arrival or a departure, each a whole word of the header (in, check-in, CheckIn). */
const ARRIVAL_WORDS = new Set([
  'in',
  'checkin',
  'clockin',
  'punchin',
  'signin',
  'login',
  'timein',
  'arrival',
  'arrive',
  'arrived',
  'entry',
  'entrance',
  'enter',
]);
const DEPARTURE_WORDS = new Set([
  'out',
  'checkout',
  'clockout',
  'punchout',
  'signout',
  'logout',
  'timeout',
  'departure',
  'depart',
  'departed',
  'exit',
]);
/**
 * Thai words of an arrival (เข้า, to enter; เวลามา, the time one came) or a departure (ออก, to go
 * out; เวลากลับ, the time one went home), anywhere in the header: Thai writes no spaces between
 * words (เวลาเข้างาน, สแกนออก). Tone marks are dropped, as `normaliseHeader` drops them.
 */
const THAI_ARRIVAL = ['เข้า', 'เวลามา', 'มาทำงาน'].map(normaliseHeader);
const THAI_DEPARTURE = ['ออก', 'เวลากลับ', 'กลับบ้าน'].map(normaliseHeader);

/** The words of a header: camelCase split, then runs of Latin letters (a number after one is not part of it). */
const wordsOf = (header: string): string[] =>
  header
    .normalize('NFC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);

/** Whether a header names an arrival (the in of a day) or a departure (its out), by its words. */
export function arrivalOrDeparture(header: string): 'arrival' | 'departure' | undefined {
  const words = wordsOf(header);
  const thai = normaliseHeader(header);
  const arrival = words.some((w) => ARRIVAL_WORDS.has(w)) || THAI_ARRIVAL.some((t) => thai.includes(t));
  const departure = words.some((w) => DEPARTURE_WORDS.has(w)) || THAI_DEPARTURE.some((t) => thai.includes(t));
  // A header that says both (In/Out) is neither: it names no one end of a span.
  if (arrival === departure) return undefined;
  return arrival ? 'arrival' : 'departure';
}
