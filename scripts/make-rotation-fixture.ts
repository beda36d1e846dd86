// Writes test/fixtures/rotation/: a factory on a 2x12-hour rotating roster, six weeks of a
// ZKBio Time transaction export (emp_code, punch_time, punch_state) with and without the state
// columns, the shifts it records as a canonical hours file, the employees and a payroll that
// pays exactly the overtime worked. Each employee works two weeks of day shifts (07:00-19:00)
// then a week of night shifts (19:00-07:00 the next morning), Monday to Saturday, Sunday off;
// the three start the cycle a week apart. In and out are punched a few minutes either side of
// the hour (no break is punched). Run: npx tsx scripts/make-rotation-fixture.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', 'test', 'fixtures', 'rotation');
const FIRST = Date.UTC(2025, 8, 1); // Monday 1 Sep 2025
const WEEKS = 6;
const DAILY_WAGE = 420;

const EMPLOYEES = [
  { id: '1001', first: 'Somchai', last: 'Jaidee', phase: 0 },
  { id: '1002', first: 'Wichai', last: 'Rakdee', phase: 1 },
  { id: '1003', first: 'Prasert', last: 'Mankong', phase: 2 },
];

// A fixed generator, so that the files are the same on every run.
let seed = 20250901;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const between = (a: number, b: number) => a + Math.floor(random() * (b - a + 1));

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const two = (n: number) => String(n).padStart(2, '0');
const clock = (m: number) => `${two(Math.floor(m / 60) % 24)}:${two(m % 60)}`;

interface Shift {
  id: string;
  date: string;
  /** Minutes after midnight of `date`; above 1440 on the next day. */
  start: number;
  end: number;
  night: boolean;
}

const shifts: Shift[] = [];
for (const e of EMPLOYEES)
  for (let week = 0; week < WEEKS; week++) {
    const night = (week + e.phase) % 3 === 2;
    for (let d = 0; d < 6; d++) {
      const date = iso(FIRST + (week * 7 + d) * 86_400_000);
      const at = night ? 19 * 60 : 7 * 60;
      shifts.push({ id: e.id, date, start: at + between(-9, 3), end: at + 720 + between(-2, 9), night });
    }
  }

interface Punch {
  id: string;
  at: string;
  state: 0 | 1;
}
const punchAt = (date: string, minute: number) => {
  const ms = Date.parse(`${date}T00:00:00Z`) + minute * 60_000 + between(0, 59) * 1000;
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
};
const punches: Punch[] = [];
for (const s of shifts)
  punches.push(
    { id: s.id, at: punchAt(s.date, s.start), state: 0 },
    { id: s.id, at: punchAt(s.date, s.end), state: 1 },
  );
// The export lists transactions in time order, all employees together.
punches.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));

const name = (id: string) => EMPLOYEES.find((e) => e.id === id)!;
const withStates = [
  'emp_code,first_name,last_name,department,punch_time,punch_state,terminal_alias',
  ...punches.map(
    (p) => `${p.id},${name(p.id).first},${name(p.id).last},Production,${p.at},${p.state},Gate 1`,
  ),
];
const noStates = [
  'emp_code,first_name,last_name,department,punch_time,terminal_alias',
  ...punches.map((p) => `${p.id},${name(p.id).first},${name(p.id).last},Production,${p.at},Gate 1`),
];

// The shifts as worked: one stretch each, an end before its start on the next morning.
const hours = [
  'employee_id,date,start,end',
  ...shifts.map((s) => `${s.id},${s.date},${clock(s.start)},${clock(s.end)}`),
];

const employees = [
  'employee_id,name,birth_date,hire_date,province,sex,wage_type,wage_rate',
  ...EMPLOYEES.map(
    (e) => `${e.id},${e.first} ${e.last},1988-03-1${e.phase},2021-06-01,Rayong,M,daily,${DAILY_WAGE}`,
  ),
];

// Semi-monthly periods; the last one ends with the roster. Overtime on a work day is the time
// worked over 8 hours at 1.5 times the hourly rate (the daily wage / 8), paid to the satang up.
const PERIODS: [string, string][] = [
  ['2025-09-01', '2025-09-15'],
  ['2025-09-16', '2025-09-30'],
  ['2025-10-01', iso(FIRST + (WEEKS * 7 - 1) * 86_400_000)],
];
const payroll = ['employee_id,period_start,period_end,pay_date,base_pay,ot_pay,days_worked'];
for (const e of EMPLOYEES)
  for (const [from, to] of PERIODS) {
    const own = shifts.filter((s) => s.id === e.id && s.date >= from && s.date <= to);
    const overtime = own.reduce((sum, s) => sum + Math.max(0, s.end - s.start - 480), 0);
    const ot = Math.ceil((overtime / 60) * (DAILY_WAGE / 8) * 1.5 * 100) / 100;
    payroll.push(`${e.id},${from},${to},${to},${own.length * DAILY_WAGE},${ot.toFixed(2)},${own.length}`);
  }

const write = (file: string, lines: string[]) => {
  mkdirSync(join(ROOT, file, '..'), { recursive: true });
  writeFileSync(join(ROOT, file), `${lines.join('\r\n')}\r\n`);
};
write('states/transactions.csv', withStates);
write('no-states/transactions.csv', noStates);
write('shifts.csv', hours);
write('employees.csv', employees);
write('payroll.csv', payroll);
