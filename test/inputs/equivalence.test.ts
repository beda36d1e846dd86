import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, checkAsync } from '../../src/api.js';
import type { Result } from '../../src/findings/result.js';
import { once } from '../helpers.js';

// Issue 4, "Done when": the same employer data as canonical UTF-8 CSV, as a windows-874 CSV
// with Thai headers and B.E. dates, and as .xlsx workbooks gives identical findings; a ZKTeco
// attlog for the week gives the findings of the equivalent hours.csv. The fixtures are written
// by scripts/make-fixtures.ts.

const DIR = join(import.meta.dirname, '..', 'fixtures', 'inputs');
const AS_OF = '2025-09-30';

/** Findings without the evidence file names (they differ by format by design). */
const comparable = (r: Result) =>
  r.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => e.row).length > 0 }));
/**
 * The findings of the canonical files less those a file of spans cannot make. A file whose
 * hours are arrival and departure times (เวลาเข้า, เวลาออก; Check-in, Check-out) or a clock's in
 * and out punches records one span from first in to last out, its break not recorded: the
 * third employee's 9-hour night shifts (20:00-05:00, one span each) are read as holding a break
 * of up to 2 hours, so their s.27 daily break is undetermined rather than found, and their
 * overtime (s.61) is at least 7 hours a night, none (docs/inputs.md, Spans from first in to
 * last out). The canonical hours.csv says its rows are continuous stretches and keeps both.
 */
const withoutSpanFindings = (r: Result, id: string) =>
  r.findings.filter(
    (f) => !(f.employee_id === id && (f.rule === 'lpa-27-daily-break' || f.rule === 'lpa-61-overtime-pay')),
  );
/** The days of the span employee's s.27 daily break, undetermined with why. */
const spanDays = (r: Result, id: string) =>
  r.undetermined
    .filter((u) => u.employee_id === id && u.rule === 'lpa-27-daily-break')
    .flatMap((u) => (u.reasons ?? []).filter((x) => x.id === 'breaks_unrecorded'));
const NIGHTS = {
  id: 'breaks_unrecorded',
  params: {
    dates: '2025-08-04, 2025-08-05, 2025-08-06 and 3 more days',
    dates_th: '2025-08-04, 2025-08-05, 2025-08-06 และอีก 3 วัน',
  },
};
const summary = (r: Result) =>
  r.findings.map(
    (f) =>
      `${f.rule} ${f.employee_id} ${f.date ?? f.period?.start}${f.owed_satang ? ` ${f.owed_satang}` : ''}`,
  );

describe('one employer, three file formats', () => {
  // Checked inside the first test that needs it: Stryker sees which tests reach the code.
  const canonical = once(() => check({ dir: join(DIR, 'canonical'), asOf: AS_OF }));

  it('the canonical files give the findings this data was built to show', () => {
    expect(summary(canonical())).toEqual([
      'lpa-61-overtime-pay E01 2025-08-01 28125',
      'lpa-76-deductions E01 2025-08-01 50000',
      'lpa-61-overtime-pay E02 2025-08-01 37500',
      'lpa-47-child-night-work E02 2025-08-05',
      'lpa-48-child-overtime-holiday E02 2025-08-05',
      'lpa-61-overtime-pay E03 2025-08-01 41850',
      'lpa-76-deductions E03 2025-08-01 30000',
      'lpa-27-daily-break E03 2025-08-04',
      'lpa-27-daily-break E03 2025-08-05',
      'lpa-27-daily-break E03 2025-08-06',
      'lpa-27-daily-break E03 2025-08-07',
      'lpa-27-daily-break E03 2025-08-08',
      'lpa-27-daily-break E03 2025-08-09',
    ]);
    expect(canonical().rejected).toEqual([]);
    // Net 8,000 against 9,672 less 783.60: 888.40 short, yet the payroll lists two deduction
    // columns of seven, so an unlisted deduction may explain it.
    expect(
      canonical()
        .undetermined.filter((u) => u.rule === 'data-net-pay')
        .map((u) => `${u.employee_id} ${u.reasons?.[0]?.id}`),
    ).toEqual(['E03 net_pay_columns_absent']);
  });

  it('windows-874 CSV with Thai headers, title rows, B.E. dates, Thai digits and บาท: identical findings but on spans', async () => {
    const thai = await checkAsync({ dir: join(DIR, 'thai-874'), asOf: AS_OF });
    expect(thai.inputs.map((i) => i.encoding)).toEqual(['windows-874', 'windows-874', 'windows-874']);
    expect(thai.rejected).toEqual([]);
    // Its hours are เวลาเข้า and เวลาออก: E03's night shifts are spans (withoutSpanFindings).
    const expected = { ...canonical(), findings: withoutSpanFindings(canonical(), 'E03') };
    expect(comparable(thai)).toEqual(comparable(expected));
    expect(spanDays(thai, 'E03')).toEqual([NIGHTS]);
    // The evidence points at the same records, shifted by the title rows above each header.
    const shift: Record<string, number> = { 'employees.csv': 1, 'hours.csv': 0, 'payroll.csv': 2 };
    const where = (r: Result, offset: boolean) =>
      r.findings.map((f) =>
        f.evidence.map((e) => `${basename(e.file)}:${e.row - (offset ? shift[basename(e.file)] : 0)}`),
      );
    expect(where(thai, true)).toEqual(where(expected, false));
  });

  it('.xlsx workbooks with date cells, Excel serials, time cells, a formula and title rows: identical findings', async () => {
    const x = (f: string) => join(DIR, 'xlsx', f);
    const book = await checkAsync({
      employees: x('employees.xlsx'),
      hours: x('hours.xlsx'),
      payroll: x('payroll.xlsx'),
      asOf: AS_OF,
    });
    expect(book.inputs.map((i) => [i.encoding, i.rows_read, i.rows_used])).toEqual([
      ['xlsx', 3, 3],
      ['xlsx', 31, 31],
      ['xlsx', 3, 3],
    ]);
    expect(book.rejected).toEqual([]);
    expect(comparable(book)).toEqual(comparable(canonical()));
  });

  it('a folder of .xlsx files is read like a folder of CSVs', async () => {
    const book = await checkAsync({ dir: join(DIR, 'xlsx'), asOf: AS_OF });
    expect(comparable(book)).toEqual(comparable(canonical()));
  });

  it('the synchronous API refuses a workbook with a pointer to the asynchronous one', () => {
    expect(() => check({ dir: join(DIR, 'xlsx'), asOf: AS_OF })).toThrow(/checkAsync/);
  });
});

describe('a week of time-clock punches', () => {
  const hoursCsv = once(() => check({ dir: join(DIR, 'attlog-canonical'), asOf: AS_OF }));
  // What a log of in and out punches gives: the night shifts of employee 03 are spans (withoutSpanFindings).
  const spans = once(() => ({ ...hoursCsv(), findings: withoutSpanFindings(hoursCsv(), '03') }));

  it('a ZKTeco attlog with in/out states gives the findings of the equivalent hours.csv but on spans', () => {
    const log = check({ dir: join(DIR, 'attlog'), asOf: AS_OF });
    expect(log.inputs[1]).toMatchObject({
      file: join(DIR, 'attlog', '1_attlog.dat'),
      rows_read: 69,
      rows_used: 69,
      rows_rejected: 0,
    });
    expect(log.findings.length).toBe(6);
    expect(comparable(log)).toEqual(comparable(spans()));
    expect(spanDays(log, '03')).toEqual([NIGHTS]);
  });

  it('evidence points at the attlog line of the punch that opened the stretch', () => {
    const log = check({ dir: join(DIR, 'attlog'), asOf: AS_OF });
    const night = log.findings.find((f) => f.rule === 'lpa-47-child-night-work')!;
    expect(night.evidence.every((e) => e.file.endsWith('1_attlog.dat'))).toBe(true);
    expect(night.evidence.length).toBe(3);
  });

  it('without states (255) the same findings, and those resting on inferred punches say so', () => {
    const log = check({ dir: join(DIR, 'attlog-255'), asOf: AS_OF });
    const unmarked = log.findings.map((f) => {
      const { inferred_punches, ...params } = f.params;
      return {
        ...f,
        params,
        message: f.message.replace(' (the clock recorded no in/out: punch direction inferred)', ''),
        message_th: f.message_th.replace(/ \(เครื่องสแกน.*\)$/, ''),
        evidence: f.evidence.length > 0,
      };
    });
    expect(unmarked).toEqual(comparable(spans()));
    expect(spanDays(log, '03')).toEqual([NIGHTS]);
    const marked = log.findings.filter((f) => f.params.inferred_punches);
    // Every finding about hours rests on the punches; the payroll-only ones do not.
    expect(marked.map((f) => f.rule).sort()).toEqual(
      log.findings
        .filter((f) => f.evidence.some((e) => e.file.endsWith('1_attlog.dat')))
        .map((f) => f.rule)
        .sort(),
    );
    expect(marked.length).toBeGreaterThan(0);
    expect(marked[0].message).toContain('punch direction inferred');
    expect(log.findings.find((f) => f.rule === 'lpa-76-deductions')?.params.inferred_punches).toBeUndefined();
  });

  it('a Hikvision export (title rows, apostrophe IDs, dd/mm/yyyy, Check-in/Check-out) gives the same findings but on spans', () => {
    const hik = check({ dir: join(DIR, 'hikvision'), asOf: AS_OF });
    expect(hik.rejected).toEqual([]);
    expect(comparable(hik)).toEqual(comparable(spans()));
    expect(spanDays(hik, '03')).toEqual([NIGHTS]);
  });
});
