import { describe, expect, it } from 'vitest';
import { checkData } from '../src/api.js';
import { publish } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { amendmentsInForce, reportTitle } from '../src/pack/amendments.js';
import type { RulePack } from '../src/pack/load.js';
import { ParamStore } from '../src/pack/params.js';
import { assemble, parseTable, placeAfterMidnight, type Warning } from '../src/parse/ingest.js';
import type { FileKind, Stretch } from '../src/parse/records.js';
import { tableOfText } from '../src/read/table.js';
import { render } from '../src/report/index.js';
import { accountSchema } from '../src/screen/account.js';
import { buildPacket } from '../src/screen/packet.js';
import { screenAccount } from '../src/screen/screen.js';
import { pack, run } from './helpers.js';
import { ctx, data, en, exampleRaw } from './screen/helpers.js';

// The decisions of 2026-11-30 that the rule files' valid/invalid cases cannot show on their
// own: counts, severities, pack parameters switched, titles, stretch placement, the screen.

/** The engine on CSV blocks with a pack whose parameters are changed. */
function runWith(
  params: Record<string, unknown>,
  files: Partial<Record<FileKind, string>>,
  asOf: string,
  only: string[],
): Result {
  const base = pack();
  const store = new ParamStore();
  for (const n of base.params.names()) store.set(n, base.params.get(n)!);
  for (const [n, value] of Object.entries(params))
    store.set(n, { values: [{ from: '1998-08-19', value: value as number, source: '[PACK]' }] });
  // Rules hold their referenced series: point them at the changed ones.
  const rules = base.rules.map((r) => ({
    ...r,
    resolved: Object.fromEntries(
      Object.entries(r.resolved).map(([k, v]) => [k, { ...v, series: store.get(v.name) ?? v.series }]),
    ),
  }));
  const changed: RulePack = { ...base, params: store, rules };
  const warnings: Warning[] = [];
  const part = <K extends FileKind>(k: K) =>
    files[k] === undefined ? undefined : parseTable(tableOfText(`${k}.csv`, files[k]!), k, warnings);
  const ds = assemble(
    { employees: part('employees'), hours: part('hours'), payroll: part('payroll') },
    warnings,
  );
  return checkData(ds, changed, { asOf, only });
}

const BKK = (extra = '', values = '') =>
  `employee_id,birth_date,province,wage_type,wage_rate${extra}\nE1,1990-01-01,Bangkok,monthly,24000${values}\n`;

describe('decision 1: s.44 counts the days worked', () => {
  it('counts 3 days worked while 14, not the days of the pay period', () => {
    const r = run(
      {
        employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,2011-01-10,Bangkok,daily,400\n',
        hours:
          'employee_id,date,start,end\nE1,2025-08-04,08:00,12:00\nE1,2025-08-05,08:00,12:00\nE1,2025-08-06,08:00,12:00\n',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-08-01,2025-08-31,2025-08-31,1200\n',
      },
      '2025-08-31',
      ['lpa-44-minimum-age'],
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].date).toBe('2025-08-04');
    expect(r.findings[0].message).toContain('3 days worked from 2025-08-04 to 2025-08-06');
  });
});

describe('decision 3: hourly-paid employees may be switched to pro-rata by a pack parameter', () => {
  const files = {
    employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,hourly,50\n',
    hours: 'employee_id,date,start,end\nE1,2025-09-01,08:00,12:00\n',
    payroll:
      'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-09-01,2025-09-01,2025-09-01,200\n',
  };
  it.each([
    [false, 20000],
    [true, 0],
  ])('hourly_pro_rata %s: 4 hours at 50 an hour owe %i satang', (proRata, owed) => {
    const r = runWith({ hourly_pro_rata: proRata }, files, '2025-09-01', ['lpa-90-minimum-wage']);
    expect(r.findings.reduce((s, f) => s + (f.owed_satang ?? 0), 0)).toBe(owed);
  });
});

describe('decision 4: piece-rate premiums are undetermined', () => {
  it('reports the overtime of a piece-rate worker as undetermined, never a finding', () => {
    const r = run(
      {
        employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,piece,\n',
        hours: 'employee_id,date,start,end\nE1,2025-09-01,08:00,12:00\nE1,2025-09-01,13:00,19:00\n',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-09-01,2025-09-01,2025-09-01,500,0\n',
      },
      '2025-09-01',
      ['lpa-61-overtime-pay'],
    );
    expect(r.findings).toEqual([]);
    expect(r.undetermined.map((u) => u.reason).join(' ')).toMatch(/piece-rate/);
  });
});

describe('decision 9: one ot_pay for three premiums, and shortfalls under 1 baht', () => {
  // Monthly 24,000 in Bangkok: 100 baht an hour. 1 h overtime on Monday = 150; 8 h on the
  // weekly holiday = 800; 1 h holiday overtime = 300. Due 1,250 in all.
  const hours =
    'employee_id,date,start,end,day_type\nE1,2025-09-01,08:00,12:00,work\nE1,2025-09-01,13:00,18:00,work\n' +
    'E1,2025-09-06,08:00,12:00,weekly_holiday\nE1,2025-09-06,13:00,17:00,weekly_holiday\nE1,2025-09-06,17:30,18:30,weekly_holiday\n';
  const premiums = ['lpa-61-overtime-pay', 'lpa-62-holiday-work-pay', 'lpa-63-holiday-overtime-pay'];
  it.each([0, 100, 150, 500, 950, 1249, 1250])(
    'ot_pay %i: owed in all = 1,250 - ot_pay, set against s.61 first',
    (paid) => {
      const r = run(
        {
          employees: BKK(),
          hours,
          payroll: `employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-09-01,2025-09-30,2025-09-30,24000,${paid}\n`,
        },
        '2025-09-30',
        premiums,
      );
      const owed = (rule: string) => r.findings.find((f) => f.rule === rule)?.owed_satang ?? 0;
      expect(owed(premiums[0]) + owed(premiums[1]) + owed(premiums[2])).toBe((1250 - paid) * 100);
      expect(owed(premiums[0])).toBe(Math.max(0, 150 - paid) * 100);
    },
  );

  const overtime = (paid: string, params: Record<string, unknown> = {}) =>
    runWith(
      params,
      {
        employees: BKK(),
        hours: 'employee_id,date,start,end\nE1,2025-09-01,08:00,12:00\nE1,2025-09-01,13:00,18:00\n',
        payroll: `employee_id,period_start,period_end,pay_date,base_pay,ot_pay,holiday_pay\nE1,2025-09-01,2025-09-30,2025-09-30,24000,${paid},0\n`,
      },
      '2025-09-30',
      ['lpa-61-overtime-pay'],
    ).findings;
  it('is info when short by 0.99 baht and error when short by 1.00 (owed shown either way)', () => {
    expect(overtime('149.01').map((f) => [f.severity, f.owed_satang])).toEqual([['info', 99]]);
    expect(overtime('149.00').map((f) => [f.severity, f.owed_satang])).toEqual([['error', 100]]);
  });
  it('takes the threshold from the pack parameter premium_shortfall_info_below', () => {
    expect(overtime('149.01', { premium_shortfall_info_below: 0 }).map((f) => f.severity)).toEqual(['error']);
    expect(overtime('148', { premium_shortfall_info_below: 5 }).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('decision 14: stretches of one day in file order', () => {
  const s = (row: number, start: string, end: string): Stretch => {
    const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    const a = m(start);
    const b = m(end) <= a ? m(end) + 1440 : m(end);
    return {
      employee_id: 'E1',
      date: '2025-09-01',
      start: a,
      end: b,
      break_minutes: 0,
      day_type: 'work',
      row,
    };
  };
  it.each([
    [
      '20:00-23:00 then 00:30-04:00: the second is the next morning',
      [s(2, '20:00', '23:00'), s(3, '00:30', '04:00')],
      [1200, 1470],
    ],
    [
      '22:00-02:00 then 03:00-07:00: the second is the next morning',
      [s(2, '22:00', '02:00'), s(3, '03:00', '07:00')],
      [1320, 1620],
    ],
    [
      '03:00-07:00 then 22:00-02:00 in the file: both of the start date',
      [s(2, '03:00', '07:00'), s(3, '22:00', '02:00')],
      [180, 1320],
    ],
    [
      '13:00-17:00 then 08:00-12:00 (rows out of order): one day shift',
      [s(2, '13:00', '17:00'), s(3, '08:00', '12:00')],
      [780, 480],
    ],
    [
      '08:00-17:00 then 16:00-20:00: an overlap, left for rejection',
      [s(2, '08:00', '17:00'), s(3, '16:00', '20:00')],
      [480, 960],
    ],
  ])('%s', (_name, stretches, starts) => {
    expect(placeAfterMidnight(stretches).map((x) => x.start)).toEqual(starts);
  });

  it('counts 20:00-23:00 and 00:30-04:00 as one night of 6.5 hours: no overtime, no 16-hour break', () => {
    const r = run(
      {
        employees: 'employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,daily,400\n',
        hours: 'employee_id,date,start,end\nE1,2025-09-01,20:00,23:00\nE1,2025-09-01,00:30,04:00\n',
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-09-01,2025-09-01,2025-09-01,400,0\n',
      },
      '2025-09-30',
      ['lpa-61-overtime-pay', 'lpa-27-daily-break'],
    );
    expect(r.findings.map((f) => f.rule)).toEqual([]);
  });
});

describe('decision 17: amendments by date', () => {
  const p = pack();
  it.each([
    ['2019-05-04', '2019-05-04', 'before No.7 B.E. 2562'],
    ['2019-05-05', '2023-04-17', 'as amended to No.7 B.E. 2562; dates checked'],
    ['2025-11-01', '2025-12-06', 'as amended to No.8 B.E. 2566; dates checked'],
    ['2025-12-07', '2025-12-31', 'as amended to No.9 B.E. 2568; dates checked'],
    [
      '2025-11-01',
      '2025-12-31',
      'as amended to No.8 B.E. 2566 (2025-11-01 to 2025-12-06); as amended to No.9 B.E. 2568 (2025-12-07 to 2025-12-31)',
    ],
  ])('dates %s to %s: %s', (from, to, text) => {
    expect(reportTitle(p, { from, to }, 'en')).toContain(text);
    expect(reportTitle(p, { from, to }, 'th')).toContain('พระราชบัญญัติคุ้มครองแรงงาน');
  });

  it('names the amendments in force in every report, from the dates of the input', () => {
    const r = run(
      {
        employees: BKK(),
        payroll:
          'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-11-01,2025-12-31,2025-12-31,48000\n',
      },
      '2026-01-31',
    );
    expect(r.ruleset.title).toContain('No.9 B.E. 2568 (2025-12-07 to 2025-12-31)');
    expect(r.ruleset.amendments?.map((a) => a.source)).toEqual(['LPA-NO8-2566', 'LPA-NO9-2568']);
    expect(
      amendmentsInForce(p, { from: '2025-12-07', to: '2025-12-07' }).map((u) => u.amendment?.source),
    ).toEqual(['LPA-NO9-2568']);
  });

  it.each(['text', 'json', 'sarif', 'junit', 'github', 'markdown', 'html'] as const)(
    'the %s report names No.9 for a period from 2025-12-07',
    (format) => {
      const r = run(
        {
          employees: BKK(),
          payroll:
            'employee_id,period_start,period_end,pay_date,base_pay\nE1,2025-12-01,2025-12-31,2025-12-31,24000\n',
        },
        '2026-01-31',
      );
      const out = render(format, publish(r));
      // The words as shown: HTML keeps each date whole in a span of its own.
      const shown = format === 'html' ? out.replace(/<[^>]+>/g, '') : out;
      expect(shown).toContain('No.9 B.E. 2568 (2025-12-07 to 2025-12-31)');
    },
  );

  it.each([
    ['maternity_leave_days', '2019-05-04', 90],
    ['maternity_leave_days', '2019-05-05', 98],
    ['maternity_leave_days', '2025-12-06', 98],
    ['maternity_leave_days', '2025-12-07', 120],
    ['maternity_pay_days', '2025-12-06', 45],
    ['maternity_pay_days', '2025-12-07', 60],
  ])('%s on %s is %i', (name, date, value) => {
    expect(p.params.at(name, date)?.value).toBe(value);
  });
});

describe('decision 18: sector scope', () => {
  it('makes the excluded sections undetermined for a domestic worker, with the reason', () => {
    const r = run({
      employees:
        'employee_id,birth_date,province,wage_type,wage_rate,sector\nE1,1990-01-01,Bangkok,daily,300,domestic\n',
      hours: 'employee_id,date,start,end\nE1,2025-09-01,06:00,20:00\n',
      payroll:
        'employee_id,period_start,period_end,pay_date,base_pay,ot_pay\nE1,2025-09-01,2025-09-01,2025-09-01,300,0\n',
    });
    const rules = r.findings.map((f) => f.rule);
    for (const id of [
      'lpa-27-daily-break',
      'lpa-61-overtime-pay',
      'lpa-90-minimum-wage',
      'lpa-23-weekly-normal-hours',
    ]) {
      expect(rules).not.toContain(id);
      expect(r.undetermined.find((u) => u.rule === id)?.reason).toBe(
        'domestic work: excluded by MR No.14 B.E. 2555; MR No.15 B.E. 2567 may extend it (date unconfirmed)',
      );
    }
    expect(r.undetermined.find((u) => u.rule === 'lpa-44-minimum-age')).toBeUndefined();
  });

  it('runs mr-sea-fishing-rest and leaves s.23, s.26, s.27, s.28 and s.61 undetermined in sea fishing', () => {
    const r = run({
      employees:
        'employee_id,birth_date,province,wage_type,wage_rate,sector\nE1,1990-01-01,Songkhla,daily,400,sea_fishing\n',
      hours: 'employee_id,date,start,end\nE1,2025-09-01,04:00,22:00\n',
    });
    expect(r.findings.map((f) => f.rule)).toContain('mr-sea-fishing-rest');
    for (const id of [
      'lpa-27-daily-break',
      'lpa-61-overtime-pay',
      'lpa-28-weekly-holiday',
      'lpa-23-weekly-normal-hours',
    ])
      expect(r.undetermined.find((u) => u.rule === id)?.reason).toMatch(/^sea fishing:/);
  });
});

describe('decision 19 in the screen', () => {
  const screen = (changes: Record<string, unknown>) => {
    const a = accountSchema(ctx).parse({ ...exampleRaw(), ...changes });
    return buildPacket(screenAccount(a, pack(), data), pack(), data, en, { redact: true });
  };
  it('flags a 30-minute break although its position is unknown', () => {
    expect(screen({ break_minutes: 30 }).violations.map((v) => v.rule)).toContain('lpa-27-daily-break');
    expect(screen({ break_minutes: 60 }).violations.map((v) => v.rule)).not.toContain('lpa-27-daily-break');
  });
  it('applies the sector scope: a domestic worker gets no s.90 finding', () => {
    const p = screen({ sector: 'domestic' });
    expect(p.violations.map((v) => v.section)).not.toContain('90');
    expect(p.undetermined.map((u) => u.rule)).toContain('lpa-90-minimum-wage');
  });
});
