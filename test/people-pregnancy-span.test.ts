import { describe, expect, it } from 'vitest';
import { publish, redactKey } from '../src/findings/redact.js';
import type { Result } from '../src/findings/result.js';
import { run } from './helpers.js';

// An HR export's pregnancy columns are often filled once and never closed: pregnant_from set
// when the employer learned of it, pregnant_to left empty after the birth. Read as "pregnant
// ever since", that empty cell made every overtime hour, night shift or vehicle job of the
// employee years later a §39/§39/1 finding. An open span is taken to run 280 days (a whole
// pregnancy); days worked after it are undetermined with the reason, never a finding. An end
// without a start says nothing of when the pregnancy began: undetermined, not passed.

const PREGNANCY = [
  'lpa-39-1-pregnant-overtime-holiday',
  'lpa-39-1-pregnant-night-work',
  'lpa-39-prohibited-work',
];
const HEAD =
  'รหัสพนักงาน,ชื่อ-สกุล,วันเกิด,วันที่เริ่มงาน,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง,เพศ,ตำแหน่ง,ตั้งครรภ์ตั้งแต่,ตั้งครรภ์ถึง,work_categories';
const employees = (from: string, to: string) =>
  [
    HEAD,
    `E01,นาง สมใจ ใจดี,02/03/2538,10/01/2565,กรุงเทพมหานคร,daily,400,หญิง,พนักงานฝ่ายผลิต,${from},${to},vehicle`,
  ].join('\n');
// August 2568: Monday to Saturday, 08:00-12:00 and 13:00-19:00 (two hours of overtime a day).
const DAYS = [1, 2, 4, 5, 6, 7, 8, 9];
const HOURS = [
  'employee_id,date,start,end',
  ...DAYS.flatMap((d) => [`E01,${d}/08/2568,08:0${d % 7},12:00`, `E01,${d}/08/2568,13:00,19:0${d % 5}`]),
].join('\n');

const of = (r: Result, rule: string) => ({
  findings: r.findings.filter((f) => f.rule === rule).length,
  reasons: r.undetermined.filter((u) => u.rule === rule).map((u) => u.reason),
});

describe('pregnancy span (s.39, s.39/1)', () => {
  it('does not take an empty pregnant_to as pregnant for years: undetermined after 280 days', () => {
    const r = run({ employees: employees('01/05/2566', ''), hours: HOURS }, '2025-09-30', PREGNANCY);
    for (const rule of PREGNANCY) {
      const got = of(r, rule);
      expect(got.findings, rule).toBe(0);
      expect(got.reasons.join(' | '), rule).toMatch(
        /pregnant_to empty: the pregnancy from "2023-05-01" .* "2024-02-04"/,
      );
    }
  });

  it('still finds overtime and prohibited work inside an open span', () => {
    const r = run({ employees: employees('01/05/2568', ''), hours: HOURS }, '2025-09-30', PREGNANCY);
    expect(of(r, 'lpa-39-1-pregnant-overtime-holiday').findings).toBe(DAYS.length);
    expect(of(r, 'lpa-39-prohibited-work').findings).toBe(1);
    expect(r.undetermined.filter((u) => PREGNANCY.includes(u.rule))).toEqual([]);
  });

  it('makes an end without a start undetermined, not passed', () => {
    const r = run({ employees: employees('', '30/11/2568'), hours: HOURS }, '2025-09-30', PREGNANCY);
    for (const rule of PREGNANCY) {
      const got = of(r, rule);
      expect(got.findings, rule).toBe(0);
      expect(got.reasons.join(' | '), rule).toMatch(/pregnant_to "2025-11-30" without pregnant_from/);
    }
  });
});

describe('pregnancy span reasons under --redact', () => {
  it('drops the pregnancy dates, which are personal', () => {
    const r = run({ employees: employees('01/05/2566', ''), hours: HOURS }, '2025-09-30', PREGNANCY);
    expect(JSON.stringify(r)).toContain('2023-05-01');
    const out = JSON.stringify(publish(r, redactKey({ key: 'inspector-key' })));
    expect(out).toContain('pregnant_to empty');
    expect(out).not.toMatch(/2023-05-01|2024-02-04/);
    const s = run({ employees: employees('', '30/11/2568'), hours: HOURS }, '2025-09-30', PREGNANCY);
    expect(JSON.stringify(publish(s, redactKey({ key: 'inspector-key' })))).not.toContain('2025-11-30');
  });
});
