import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { type CheckHooks, check, checkData, readDataSet, resolveInputs } from '../src/api.js';
import { publish } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { json } from '../src/report/json.js';
import { cli, pack, ROOT, tempFolders } from './helpers.js';

// Worker threads run the built JavaScript, which the test setup builds from src/.
const built = (await import(join(ROOT, 'dist', 'src', 'api.js'))) as typeof Api;

// The commonest Thai export: a daily attendance summary (เวลาเข้า, เวลาออก), a Hikvision
// attendance record (Check-in, Check-out) or a ZKTeco log of in and out punches records the span
// from first in to last out; the lunch break is inside it, not recorded. Read as one continuous
// stretch, each such day was a s.27 daily-break finding and its lunch hour overtime owed (s.61):
// 07:58-17:03 gave "9 h 5 min worked; first stretch 9 h 5 min, breaks 0 min" and 1 h 5 min of
// overtime a day. A span over the s.27 threshold is now taken to hold an unplaced break of up to
// 120 min (s.27 para 3), so that its hours are the least it can mean, and s.27 is undetermined on
// it (docs/inputs.md, Spans from first in to last out). A canonical hours.csv row says it is one
// stretch of work, and is judged as before.

const folder = tempFolders();
const AS_OF = '2025-10-31';
const DAILY = 'daily,400';
const employees = (id: string) =>
  `employee_id,name,birth_date,hire_date,province,wage_type,wage_rate\n${id},Somchai Jaidee,1985-04-12,2019-06-01,Samut Prakan,${DAILY}\n`;
// Six days at 400, paid in full at wage_rate: its overtime is priced at it (test/wage-rate-raise.test.ts).
const payroll = (id: string) =>
  `employee_id,period_start,period_end,pay_date,base_pay,ot_pay\n${id},2025-08-04,2025-08-10,2025-08-10,2400,0\n`;

/** A day's first in and last out. */
type Day = [date: string, arrive: string, leave: string];
/** Monday to Friday, 07:58-17:03: 9 h 5 min from first in to last out. */
const WEEK: Day[] = ['04', '05', '06', '07', '08'].map((d) => [`2025-08-${d}`, '07:58', '17:03']);
/** One Monday of 12 hours from in to out. */
const LONG: Day[] = [['2025-08-04', '07:00', '19:00']];

const be = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${Number(y) + 543}`;
};
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** Each export as it is handed over: its file name, employee id and text. */
const EXPORTS: Record<string, (days: Day[]) => { id: string; name: string; text: string }> = {
  // A Thai HR program's daily summary: BOM, CRLF, B.E. dates, the name beside the id.
  'a Thai daily summary (เวลาเข้า, เวลาออก)': (days) => ({
    id: 'E001',
    name: 'hours.csv',
    text: `\uFEFFรหัสพนักงาน,ชื่อ,วันที่,เวลาเข้า,เวลาออก\r\n${days
      .map(([d, a, b]) => `E001,Somchai,${be(d)},${a},${b}`)
      .join('\r\n')}\r\n`,
  }),
  // A Hikvision terminal's attendance record: a title row, dd/mm/yyyy, Check-in and Check-out.
  'a Hikvision attendance record (Check-in, Check-out)': (days) => ({
    id: '0012',
    name: 'hours.csv',
    text: `Attendance Record\r\nEmployee ID,Name,Department,Date,Check-in,Check-out\r\n${days
      .map(([d, a, b]) => `0012,Somchai,Factory,${dmy(d)},${a},${b}`)
      .join('\r\n')}\r\n`,
  }),
  // A ZKTeco USB attlog: padded PIN, tabs, state 0 in and 1 out, no break punched.
  'a ZKTeco attlog punched in and out only': (days) => ({
    id: '7',
    name: '1_attlog.dat',
    text: `${days
      .flatMap(([d, a, b]) => [`        7\t${d} ${a}:10\t1\t0\t1\t0`, `        7\t${d} ${b}:40\t1\t1\t1\t0`])
      .join('\r\n')}\r\n`,
  }),
};

function files(make: (days: Day[]) => { id: string; name: string; text: string }, days: Day[]) {
  const f = make(days);
  const dir = folder({ 'employees.csv': employees(f.id), 'payroll.csv': payroll(f.id), [f.name]: f.text });
  return { dir, o: { dir, asOf: AS_OF } };
}

const found = (r: Result, rule: string) => r.findings.filter((f) => f.rule === rule);
const reasons = (r: Result, rule: string) => r.undetermined.find((u) => u.rule === rule)?.reasons ?? [];
const spansWarnings = (r: Result) => r.warnings.filter((w) => w.why?.id === 'spans_without_breaks');

describe.each(Object.entries(EXPORTS))('%s', (_, make) => {
  it('a week of 07:58-17:03: no s.27 finding (undetermined, naming the days), no overtime owed (s.61)', () => {
    const r = check(files(make, WEEK).o);
    expect(found(r, 'lpa-27-daily-break')).toEqual([]);
    expect(reasons(r, 'lpa-27-daily-break')).toEqual([
      {
        id: 'breaks_unrecorded',
        params: {
          dates: '2025-08-04, 2025-08-05, 2025-08-06 and 2 more days',
          dates_th: '2025-08-04, 2025-08-05, 2025-08-06 และอีก 2 วัน',
        },
      },
    ]);
    expect(found(r, 'lpa-61-overtime-pay')).toEqual([]);
    expect(r.findings.filter((f) => (f.owed_satang ?? 0) > 0)).toEqual([]);
    // Up to 65 min of overtime a day if no break was given: under the 2 h of s.27's last paragraph.
    expect(reasons(r, 'lpa-27-break-before-overtime')).toEqual([]);
    // Said once for the file, with the threshold and the break from the rule pack.
    expect(spansWarnings(r)).toEqual([
      expect.objectContaining({ why: { id: 'spans_without_breaks', params: { after: 300, break: 120 } } }),
    ]);
  });

  it('a 07:00-19:00 span: 2 h of overtime (12 h less a 2 h break less 8 h), owed for 2 h', () => {
    const r = check(files(make, LONG).o);
    const ot = found(r, 'lpa-61-overtime-pay');
    expect(ot.map((f) => [f.date ?? f.period?.start, f.owed_satang])).toEqual([['2025-08-04', 150_00]]);
    // 400 baht a day is 50 baht an hour; 1.5 times for 2 h.
    expect(ot[0].message).toContain('2 h overtime');
    expect(ot[0].message).toContain('= 150.00 baht');
    expect(found(r, 'lpa-27-daily-break')).toEqual([]);
    // Whether the break came before that overtime is not known either.
    for (const rule of ['lpa-27-daily-break', 'lpa-27-break-before-overtime'])
      expect(reasons(r, rule).map((x) => x.id)).toEqual(['breaks_unrecorded']);
  });

  it('gives the same report streamed and on worker threads as read whole', async () => {
    const { o } = files(make, [...WEEK, ['2025-08-09', '07:00', '19:00']]);
    const whole = json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o)));
    const TINY: CheckHooks = { minBytes: 0, batchRows: 2, chunkBytes: 61, spillBytes: 200 };
    expect(json(publish(check(o, TINY)))).toBe(whole);
    for (const jobs of [1, 2])
      expect(json(publish(await built.checkAsync({ ...o, jobs }, TINY)))).toBe(whole);
    expect(spansWarnings(JSON.parse(whole) as Result)).toHaveLength(1);
  });
});

describe('the checks that need the break', () => {
  it('s.46: an under-18 on a 08:00-13:30 span is undetermined, not found (nor passed)', () => {
    const dir = folder({
      'employees.csv':
        'employee_id,birth_date,hire_date,province,wage_type,wage_rate\nE001,2009-03-01,2025-06-01,Samut Prakan,daily,400\n',
      'hours.csv': 'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก\nE001,2025-08-04,08:00,13:30\n',
    });
    const r = check({ dir, asOf: AS_OF });
    expect(found(r, 'lpa-46-child-rest')).toEqual([]);
    expect(reasons(r, 'lpa-46-child-rest')).toEqual([
      { id: 'breaks_unrecorded', params: { dates: '2025-08-04', dates_th: '2025-08-04' } },
    ]);
  });

  it('s.46: a span over 4 h but under the s.27 threshold is undetermined too; a canonical row is found', () => {
    // 08:00-12:30: too short for s.27 to assume a break, long enough that s.46's hour of rest
    // within the first 4 h may lie inside it.
    const young =
      'employee_id,birth_date,hire_date,province,wage_type,wage_rate\nE001,2009-03-01,2025-06-01,Samut Prakan,daily,400\n';
    const span = check({
      dir: folder({
        'employees.csv': young,
        'hours.csv': 'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก\nE001,2025-08-04,08:00,12:30\n',
      }),
      asOf: AS_OF,
    });
    expect(found(span, 'lpa-46-child-rest')).toEqual([]);
    expect(reasons(span, 'lpa-46-child-rest').map((x) => x.id)).toEqual(['breaks_unrecorded']);
    const canonical = check({
      dir: folder({
        'employees.csv': young,
        'hours.csv': 'employee_id,date,start,end\nE001,2025-08-04,08:00,12:30\n',
      }),
      asOf: AS_OF,
    });
    expect(found(canonical, 'lpa-46-child-rest').map((f) => f.date)).toEqual(['2025-08-04']);
  });

  it('a summary with an overtime pair after the span: the span still holds its break (s.27 undetermined, s.61 at the least)', () => {
    // เวลาเข้า 07:58, เวลาออก 17:03, then overtime 17:30-19:30: 9 h 5 min + 2 h. At the least
    // the span holds a 2 h break, of which the 27 min before the overtime leave 93 min unplaced
    // beyond s.27 para 3's 2 h: 9 h 32 min worked, 1 h 32 min of overtime a day.
    const text = `\uFEFFรหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,เข้า OT,ออก OT\r\n${WEEK.map(
      ([d, a, b]) => `E001,${be(d)},${a},${b},17:30,19:30`,
    ).join('\r\n')}\r\n`;
    const dir = folder({
      'employees.csv': employees('E001'),
      'payroll.csv': payroll('E001'),
      'hours.csv': text,
    });
    const r = check({ dir, asOf: AS_OF });
    expect(r.rejected).toEqual([]);
    expect(found(r, 'lpa-27-daily-break')).toEqual([]);
    expect(reasons(r, 'lpa-27-daily-break').map((x) => x.id)).toEqual(['breaks_unrecorded']);
    // 5 x 92 min = 7 h 40 min at 400 / 8 x 1.5 = 75 baht an hour: 575.00 baht (before: 5 x 3 h 5 min, 1,156.25).
    expect(found(r, 'lpa-61-overtime-pay').map((f) => f.owed_satang)).toEqual([57_500]);
  });

  it("sea fishing rest: a span's unrecorded break counts once, in the span, not again in its overtime pair", () => {
    // 06:00-17:00 and overtime 17:30-23:30: at the least 9 h of the span (a 2 h break) and 6 h
    // of overtime, 15 h in the day, so 9 h of rest in its 24 h, under 10. Counted again in the
    // overtime pair, the break made it 13 h worked and 11 h of rest: no finding.
    const dir = folder({
      'employees.csv':
        'employee_id,birth_date,province,wage_type,wage_rate,sector\nE001,1990-01-01,Songkhla,monthly,12000,sea_fishing\n',
      'hours.csv': 'รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,เข้า OT,ออก OT\nE001,2025-08-04,06:00,17:00,17:30,23:30\n',
    });
    const r = check({ dir, asOf: AS_OF });
    expect(found(r, 'mr-sea-fishing-rest').map((f) => f.date ?? f.period?.start)).toEqual(['2025-08-04']);
  });

  it('spans of two employees not grouped by employee (the spill path) give the report read whole', () => {
    const rows = WEEK.flatMap(([d, a, b]) => [`E001,${d},${a},${b}`, `E002,${d},07:00,19:00`]);
    const dir = folder({
      'employees.csv': `${employees('E001')}E002,Malee,1990-01-01,2020-01-01,Samut Prakan,${DAILY}\n`,
      'hours.csv': `รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก\n${rows.join('\n')}\n`,
    });
    const o = { dir, asOf: AS_OF };
    const whole = json(publish(checkData(readDataSet(resolveInputs(o)), pack(), o)));
    let path = '';
    const TINY: CheckHooks = { minBytes: 0, batchRows: 2, chunkBytes: 61, spillBytes: 200 };
    expect(json(publish(check(o, { ...TINY, onPath: (p) => (path = p.path) })))).toBe(whole);
    expect(path).toBe('spill');
    const r = JSON.parse(whole) as Result;
    expect(found(r, 'lpa-27-daily-break')).toEqual([]);
    // E002: 10 h a day at the least, 2 h of overtime on each of five days (no payroll: no money).
    expect(r.undetermined.filter((u) => u.rule === 'lpa-27-daily-break').map((u) => u.employee_id)).toEqual([
      'E001',
      'E002',
    ]);
    expect(spansWarnings(r)).toHaveLength(1);
  });
});

describe('what asserts continuity is read as before', () => {
  it('a canonical hours.csv row 08:00-17:00 is one stretch of work: its s.27 finding stands (the spec)', () => {
    const dir = folder({
      'employees.csv': employees('E001'),
      'payroll.csv': payroll('E001'),
      'hours.csv': 'employee_id,date,start,end\nE001,2025-08-04,08:00,17:00\n',
    });
    const r = check({ dir, asOf: AS_OF });
    expect(found(r, 'lpa-27-daily-break').map((f) => f.message)).toEqual([
      'E001 on 2025-08-04: 9 h worked; first stretch 9 h, breaks 0 min (a break of 60 min is due within 5 h)',
    ]);
    expect(spansWarnings(r)).toEqual([]);
  });

  // The same day three ways: a summary giving its break (even 0), and the canonical file.
  const summary = (brk: string) =>
    `รหัสพนักงาน,ชื่อ,วันที่,เวลาเข้า,เวลาออก,พัก (นาที)\nE001,Somchai,2025-08-04,07:58,17:03,${brk}\n`;
  const canonical = (brk: string) =>
    `employee_id,date,start,end,break_minutes\nE001,2025-08-04,07:58,17:03,${brk}\n`;
  it.each(['60', '0'])(
    'a summary row with break_minutes %s is read as the canonical file reads it',
    (brk) => {
      const of = (hours: string) => {
        const dir = folder({
          'employees.csv': employees('E001'),
          'payroll.csv': payroll('E001'),
          'hours.csv': hours,
        });
        const r = check({ dir, asOf: AS_OF });
        return {
          findings: r.findings.map((f) => [f.rule, f.date ?? f.period?.start, f.owed_satang, f.message]),
          undetermined: r.undetermined.map((u) => [u.rule, u.reasons]),
          spans: spansWarnings(r).length,
        };
      };
      const a = of(summary(brk));
      expect(a).toEqual(of(canonical(brk)));
      expect(a.spans).toBe(0);
      // 60: the break's place unknown (as before); 0: no break, a finding.
      expect(a.findings.some((f) => f[0] === 'lpa-27-daily-break')).toBe(brk === '0');
    },
  );

  it('a clock day with its lunch punched out and in is two stretches: its break is the gap', () => {
    const log = [
      '2025-08-04 07:58:10\t1\t0',
      '2025-08-04 12:00:05\t1\t1',
      '2025-08-04 12:20:30\t1\t0',
      '2025-08-04 17:03:40\t1\t1',
    ]
      .map((l) => `        7\t${l}\t1\t0`)
      .join('\r\n');
    const dir = folder({
      'employees.csv': employees('7'),
      'payroll.csv': payroll('7'),
      '1_attlog.dat': `${log}\r\n`,
    });
    const r = check({ dir, asOf: AS_OF });
    // A 20-minute lunch: short of the 60 minutes, found.
    expect(found(r, 'lpa-27-daily-break').map((f) => f.date)).toEqual(['2025-08-04']);
    expect(reasons(r, 'lpa-27-daily-break')).toEqual([]);
  });
});

describe('the report', () => {
  it('says the warning once, in English and Thai, and under --redact names nothing personal', () => {
    const { dir } = files(EXPORTS['a Thai daily summary (เวลาเข้า, เวลาออก)'], WEEK);
    const text = cli(['check', dir, '--as-of', AS_OF]);
    expect(text.code).toBe(0);
    expect(text.stdout.match(/spans from first in to last out/g)).toHaveLength(1);
    expect(text.stdout).toContain(
      'lpa-27-daily-break: breaks not recorded on 2025-08-04, 2025-08-05, 2025-08-06 and 2 more days',
    );
    const th = cli(['check', dir, '--as-of', AS_OF, '--lang', 'th']);
    expect(th.stdout).toContain('ไม่มีบันทึกเวลาพักวันที่ 2025-08-04');
    expect(th.stdout).toContain('ถือว่ามีเวลาพักไม่เกิน 120 นาที');
    const redacted = cli(['check', dir, '--as-of', AS_OF, '--redact', '--format', 'json']);
    expect(redacted.stdout).toContain('"id": "spans_without_breaks"');
    expect(redacted.stdout).not.toMatch(/Somchai|Jaidee|E001/);
  });
});

// A span's hours are the least it can mean (the span less a break of up to 120 min); the most it
// could hold is the whole span, no break taken. A sum over days that finds nothing on the least,
// where the most could take it over its limit, is undetermined naming the spans, not passed.
describe('the least a span can mean is a lower bound: weekly sums, s.31 and s.61', () => {
  /** Every day of the week of 2025-08-04 (a Monday) from `first`, `arrive` to `leave`. */
  const days = (n: number, arrive: string, leave: string): Day[] =>
    Array.from({ length: n }, (_, i): Day => [`2025-08-${String(4 + i).padStart(2, '0')}`, arrive, leave]);
  const spansOf = (n: number) => ({
    dates: `2025-08-04, 2025-08-05, 2025-08-06 and ${n - 3} more days`,
    dates_th: `2025-08-04, 2025-08-05, 2025-08-06 และอีก ${n - 3} วัน`,
    minutes: 120,
  });
  const ofRule = (r: Result, rule: string) => ({
    found: found(r, rule).map((f) => [f.period?.start ?? f.date, f.owed_satang, f.message]),
    reasons: reasons(r, rule),
  });

  describe.each(Object.entries(EXPORTS))('%s', (_, make) => {
    it('s.23: seven spans 08:00-16:00 (42 h at the least, 56 h at the most) are undetermined, not passed', () => {
      const r = check(files(make, days(7, '08:00', '16:00')).o);
      expect(ofRule(r, 'lpa-23-weekly-normal-hours')).toEqual({
        found: [],
        reasons: [{ id: 'hours_span_uncounted', params: spansOf(7) }],
      });
    });

    it('s.23: six spans 07:00-17:00 hold 48 normal hours at most (8 a day, the rest overtime): passed', () => {
      // 48 h at the least; up to 60 h worked, of which no more than 8 h a day are normal hours.
      const r = check(files(make, days(6, '07:00', '17:00')).o);
      expect(ofRule(r, 'lpa-23-weekly-normal-hours')).toEqual({ found: [], reasons: [] });
      expect(reasons(r, 'lpa-26-weekly-overtime-cap')).toEqual([]);
    });

    it('s.23: seven spans 08:00-17:00 are over at the least (49 h): found as before, not undetermined', () => {
      const r = check(files(make, days(7, '08:00', '17:00')).o);
      const s23 = ofRule(r, 'lpa-23-weekly-normal-hours');
      expect(s23.found).toHaveLength(1);
      expect(s23.found[0][2]).toContain('49 h');
      expect(s23.reasons).toEqual([]);
    });

    it('s.26 and s.61: six spans 06:00-21:00 owe 30 h of overtime as before; the cap (42 h at most) undetermined', () => {
      const r = check(files(make, days(6, '06:00', '21:00')).o);
      expect(ofRule(r, 'lpa-26-weekly-overtime-cap')).toEqual({
        found: [],
        reasons: [{ id: 'hours_span_uncounted', params: spansOf(6) }],
      });
      // 5 h a day at the least, 50 baht an hour at 1.5 times: 2,250 baht owed, and no more said.
      const s61 = ofRule(r, 'lpa-61-overtime-pay');
      expect(s61.found.map((f) => f.slice(0, 2))).toEqual([['2025-08-04', 2250_00]]);
      expect(s61.reasons).toEqual([]);
    });

    it('s.61: a week of 07:58-17:03 owes nothing at the least, up to 65 min a day at the most: undetermined', () => {
      const r = check(files(make, WEEK).o);
      expect(ofRule(r, 'lpa-61-overtime-pay')).toEqual({
        found: [],
        reasons: [
          {
            id: 'hours_span_uncounted',
            params: spansOf(5),
            period: { start: '2025-08-04', end: '2025-08-10' },
          },
        ],
      });
    });

    it('s.31: a hazardous worker on 08:00-17:00 spans (7 h at the least, 9 h at the most) is undetermined', () => {
      const f = make(WEEK);
      const dir = folder({
        'employees.csv': `employee_id,birth_date,hire_date,province,wage_type,wage_rate,hazardous\n${f.id},1985-04-12,2019-06-01,Samut Prakan,daily,400,yes\n`,
        [f.name]: make(days(5, '08:00', '17:00')).text,
      });
      const r = check({ dir, asOf: AS_OF });
      expect(ofRule(r, 'lpa-31-hazardous-overtime')).toEqual({
        found: [],
        reasons: [{ id: 'hours_span_uncounted', params: spansOf(5) }],
      });
    });
  });

  it('a canonical hours.csv week of the same times is stretches of work: its sums are not bounds', () => {
    const rows = days(7, '08:00', '16:00').map(([d, a, b]) => `E001,${d},${a},${b}`);
    const dir = folder({
      'employees.csv': employees('E001'),
      'payroll.csv': payroll('E001'),
      'hours.csv': `employee_id,date,start,end\n${rows.join('\n')}\n`,
    });
    const r = check({ dir, asOf: AS_OF });
    // 8 h a day, 56 h: found, as the spec reads the file.
    expect(found(r, 'lpa-23-weekly-normal-hours').map((f) => f.period?.start)).toEqual(['2025-08-04']);
    expect(r.undetermined.flatMap((u) => (u.reasons ?? []).map((x) => x.id))).not.toContain(
      'hours_span_uncounted',
    );
  });

  it('says the reason in English and Thai, naming no cell', () => {
    const { dir } = files(EXPORTS['a Thai daily summary (เวลาเข้า, เวลาออก)'], days(7, '08:00', '16:00'));
    const en = cli(['check', dir, '--as-of', AS_OF]);
    expect(en.stdout).toContain(
      'lpa-23-weekly-normal-hours: not known on 2025-08-04, 2025-08-05, 2025-08-06 and 4 more days: the record is one span from first in to last out, so the hours worked may be up to 120 min a day more than counted',
    );
    const th = cli(['check', dir, '--as-of', AS_OF, '--lang', 'th']);
    expect(th.stdout).toContain('ไม่ทราบผลวันที่ 2025-08-04, 2025-08-05, 2025-08-06 และอีก 4 วัน');
    const redacted = cli(['check', dir, '--as-of', AS_OF, '--redact', '--format', 'json']);
    expect(redacted.stdout).toContain('"id": "hours_span_uncounted"');
    expect(redacted.stdout).not.toMatch(/Somchai|Jaidee|E001/);
  });
});
