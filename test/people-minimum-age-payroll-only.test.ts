import { describe, expect, it } from 'vitest';
import type { Result } from '../src/findings/result.js';
import { run } from './helpers.js';

// A payroll export without hire dates, and no hours for the worker: the pay period's start was
// taken as the start of employment. A boy who turns 15 on 20 สิงหาคม 2568 and joined after it
// (paid for 10 days of August), or a row of 0 baht the payroll system writes for every record
// in the master file, made a critical "employed while under 15" finding for the days before the
// birthday. Without a hire date or a day worked, such a period says nothing of employment under
// age: undetermined with the reason. A period that ends before the birthday stays a finding.

const only = ['lpa-44-minimum-age'];
const EMPLOYEES = [
  'รหัสพนักงาน,ชื่อ-สกุล,วันเกิด,วันที่เริ่มงาน,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
  'K1,ด.ช. หนึ่ง ดี,20/08/2553,,กรุงเทพมหานคร,daily,400',
  'K2,ด.ช. สอง ดี,20/08/2553,,กรุงเทพมหานคร,daily,400',
  'K3,ด.ช. สาม ดี,20/08/2553,,กรุงเทพมหานคร,monthly,12000',
  'K4,ด.ช. สี่ ดี,20/08/2553,,กรุงเทพมหานคร,daily,400',
  'K5,ด.ช. ห้า ดี,20/08/2553,,กรุงเทพมหานคร,monthly,12000',
].join('\n');
const PAYROLL = [
  'รหัสพนักงาน,งวดเริ่ม,งวดสิ้นสุด,วันที่จ่าย,ค่าจ้าง,วันทำงาน',
  'K1,01/08/2568,31/08/2568,31/08/2568,4000,10',
  'K2,01/07/2568,31/07/2568,31/07/2568,0,0',
  'K2,01/09/2568,30/09/2568,30/09/2568,4000,10',
  'K3,16/08/2568,31/08/2568,31/08/2568,4800,',
  'K5,16/08/2568,31/08/2568,31/08/2568,6000,',
  'K4,01/07/2568,31/07/2568,31/07/2568,4000,10',
].join('\n');

const of = (r: Result, id: string) => ({
  findings: r.findings.filter((f) => f.employee_id === id).map((f) => `${f.date} ${f.message}`),
  reasons: r.undetermined.filter((u) => u.employee_id === id).map((u) => u.reason),
});

describe('s.44 from a payroll alone: the start of employment unknown', () => {
  const r = () => run({ employees: EMPLOYEES, payroll: PAYROLL }, '2025-10-31', only);

  it('does not take the start of a period holding the 15th birthday as employment under 15', () => {
    for (const id of ['K1', 'K3']) {
      const got = of(r(), id);
      expect(got.findings, id).toEqual([]);
      expect(got.reasons.join(' | '), id).toMatch(
        /no hire_date and no day worked: employment before the 15th birthday is unknown/,
      );
    }
  });

  it('does not take a row of nothing paid as employment', () => {
    const got = of(r(), 'K2');
    expect(got.findings).toEqual([]);
    expect(got.reasons.join(' | ')).toContain('2025-07-01..2025-07-31');
  });

  it('finds the days before the birthday that the pay shows: half a month paid for 16-31', () => {
    // 6,000 of 12,000 a month buys 15 days; 12 lie from the birthday on: 3 before it.
    expect(of(r(), 'K5').findings).toEqual([
      expect.stringMatching(
        /^2025-08-17 .*employed while under 15.*3 days employed from 2025-08-17 to 2025-08-19/,
      ),
    ]);
  });

  it('still finds a period paid wholly before the birthday', () => {
    expect(of(r(), 'K4').findings).toHaveLength(1);
    expect(of(r(), 'K4').findings[0]).toMatch(/^2025-07-01 .*employed while under 15/);
  });
});
