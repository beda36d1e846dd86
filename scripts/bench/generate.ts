import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// Canonical benchmark data: employees.csv, hours.csv and payroll.csv for a factory whose
// staff work Monday to Saturday, eight normal hours a day around a lunch break, with punch
// times that scatter by minutes as real clocks do, and some overtime that is mostly paid.
// Deterministic for the same options (a seeded PRNG, no clock), so two runs of the bench
// measure the same bytes.
// - `light`: overtime after a 30-minute break: few findings (a few underpaid periods, s.53);
// - `heavy`: on about one work day in five the afternoon runs 2-3 hours into overtime without
//   the s.27 break, one finding per such day (about 100,000 per 1M rows, as real submissions
//   with habitual overtime give).

export interface GenerateOptions {
  /** Hours rows to write (about; rounded to whole work days per employee). */
  rows: number;
  employees: number;
  /** `grouped`: each employee's rows together, the common export order; `shuffled`: rows in random order. */
  order?: 'grouped' | 'by-date' | 'shuffled';
  seed?: number;
  /** How many findings the data holds (default `light`). */
  findings?: 'light' | 'heavy';
}

export interface Generated {
  dir: string;
  hoursRows: number;
  payrollRows: number;
  employees: number;
  bytes: number;
}

/** mulberry32: a small seeded PRNG, enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['Bangkok', 'Rayong', 'Chon Buri', 'Samut Prakan', 'Chiang Mai', 'Nonthaburi'];
const JOBS = ['operator', 'packer', 'forklift driver', 'quality inspector', 'technician', 'clerk'];
const DAY_MS = 86_400_000;
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const START_DAY = Date.UTC(2024, 0, 1) / DAY_MS; // a Monday
const hhmm = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/** A buffered writer: one writeSync per ~1 MB. */
class Out {
  private fd: number;
  private buf: string[] = [];
  private size = 0;
  bytes = 0;
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  line(s: string): void {
    this.buf.push(s);
    this.size += s.length + 1;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    if (this.buf.length === 0) return;
    const text = `${this.buf.join('\n')}\n`;
    this.bytes += Buffer.byteLength(text);
    writeSync(this.fd, text);
    this.buf = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

interface Worker {
  id: string;
  monthly: boolean;
  /** Baht per month or per day. */
  rate: number;
}

export function generate(dir: string, o: GenerateOptions): Generated {
  mkdirSync(dir, { recursive: true });
  const rnd = prng(o.seed ?? 20250101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const width = String(o.employees).length + 1;
  const workers: Worker[] = [];

  const emp = new Out(join(dir, 'employees.csv'));
  emp.line('employee_id,name,birth_date,hire_date,province,sex,job_title,wage_type,wage_rate');
  for (let i = 1; i <= o.employees; i++) {
    const id = `E${String(i).padStart(width, '0')}`;
    const monthly = rnd() < 0.6;
    const job = Math.floor(rnd() * JOBS.length);
    // A pay scale by job, well above the minimum wage; one employee in 200 is paid less than the scale (s.53).
    const cut = rnd() < 0.005 ? (monthly ? 1000 : 20) : 0;
    const rate = (monthly ? 15000 + 1000 * job : 420 + 20 * job) - cut;
    const birth = iso(START_DAY - 365 * (20 + Math.floor(rnd() * 35)) - Math.floor(rnd() * 365));
    workers.push({ id, monthly, rate });
    emp.line(
      [
        id,
        `Worker ${i}`,
        birth,
        '2020-01-06',
        pick(PROVINCES),
        rnd() < 0.5 ? 'M' : 'F',
        JOBS[job],
        monthly ? 'monthly' : 'daily',
        rate,
      ].join(','),
    );
  }
  emp.close();

  // Rows per employee: two stretches a work day, a third on overtime days.
  const perEmployee = Math.max(1, Math.round(o.rows / o.employees));
  const hours = new Out(join(dir, 'hours.csv'));
  const pay = new Out(join(dir, 'payroll.csv'));
  hours.line('employee_id,date,start,end,break_minutes,day_type');
  pay.line(
    'employee_id,period_start,period_end,pay_date,base_pay,ot_hours,ot_pay,deduction_statutory,net_pay',
  );
  let hoursRows = 0;
  let payrollRows = 0;
  const order = o.order ?? 'grouped';
  const heavy = o.findings === 'heavy';
  const held: string[] = [];
  const emit = (line: string) => {
    hoursRows++;
    if (order === 'grouped') hours.line(line);
    else held.push(line);
  };

  for (const w of workers) {
    let rows = 0;
    let d = START_DAY;
    let month = -1;
    let monthDays = 0;
    let monthOtMin = 0;
    let monthStart = '';
    const closeMonth = (lastDay: number) => {
      if (month < 0) return;
      // Overtime at 1.5x the s.68 hourly rate, rounded up to the baht; one period in 40 is underpaid.
      const hourly = w.monthly ? w.rate / 30 / 8 : w.rate / 8;
      const due = Math.ceil((monthOtMin / 60) * hourly * 1.5);
      const otPay = rnd() < 0.025 ? Math.floor(due / 2) : due;
      const base = w.monthly ? w.rate : w.rate * monthDays;
      const tax = Math.round(base * 0.05);
      const net = base + otPay - tax;
      const end = iso(lastDay);
      // Paid the day after the period, so pay dates are one calendar month apart (s.70).
      pay.line(
        [w.id, monthStart, end, iso(lastDay + 1), base, (monthOtMin / 60).toFixed(2), otPay, tax, net].join(
          ',',
        ),
      );
      payrollRows++;
    };
    while (rows < perEmployee) {
      const date = iso(d);
      const m = Number(date.slice(5, 7));
      if (m !== month) {
        closeMonth(d - 1);
        month = m;
        monthDays = 0;
        monthOtMin = 0;
        monthStart = date;
      }
      const weekday = (d - START_DAY) % 7; // 0 = Monday
      if (weekday !== 6) {
        // Eight normal hours exactly: in between 07:30 and 08:10, out for lunch around noon
        // for 60-90 minutes, so first-in and last-out pairs seldom repeat across staff.
        const start = 450 + Math.floor(rnd() * 41);
        const lunchOut = 720 + Math.floor(rnd() * 11);
        const lunchIn = lunchOut + 60 + Math.floor(rnd() * 31);
        let end = lunchIn + 480 - (lunchOut - start);
        emit(`${w.id},${date},${hhmm(start)},${hhmm(lunchOut)},0,work`);
        rows += 1;
        monthDays++;
        if (heavy && rnd() < 0.2) {
          // Straight on into 2-3 hours of overtime, no break (s.27 last paragraph).
          const ot = 120 + Math.floor(rnd() * 61);
          end += ot;
          monthOtMin += ot;
        }
        emit(`${w.id},${date},${hhmm(lunchIn)},${hhmm(end)},0,work`);
        rows += 1;
        // Overtime after a 30-minute break (s.27 para 2), 1-3 h, on about one day in six.
        if (!heavy && rows < perEmployee && rnd() < 0.16) {
          const h = 1 + Math.floor(rnd() * 3);
          emit(`${w.id},${date},${hhmm(end + 30)},${hhmm(end + 30 + h * 60)},0,work`);
          rows++;
          monthOtMin += h * 60;
        }
      }
      d++;
    }
    // Close the last month at its calendar end, so the period is a whole month.
    const [y, mo] = iso(d - 1)
      .split('-')
      .map(Number);
    closeMonth(Date.UTC(y, mo, 0) / DAY_MS);
  }

  if (order === 'by-date') {
    // The order of a time-clock export: by date, then employee.
    held.sort((a, b) => {
      const da = a.slice(a.indexOf(',') + 1, a.indexOf(',') + 11);
      const db = b.slice(b.indexOf(',') + 1, b.indexOf(',') + 11);
      return da < db ? -1 : da > db ? 1 : 0;
    });
  } else if (order === 'shuffled') {
    for (let i = held.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [held[i], held[j]] = [held[j], held[i]];
    }
  }
  for (const line of held) hours.line(line);
  hours.close();
  pay.close();
  return { dir, hoursRows, payrollRows, employees: o.employees, bytes: emp.bytes + hours.bytes + pay.bytes };
}
