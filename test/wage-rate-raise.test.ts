import { describe, expect, it } from 'vitest';
import type { Result } from '../src/findings/result.js';
import { run } from './helpers.js';

// An employee list gives one wage rate: the one on the day it was exported. Bangkok's minimum
// wage rose from 372 to 400 baht a day on 1 July 2025, and employers raised their workers to it
// that day; the list handed over in the autumn says 400. June's overtime and holiday wages were
// priced at 400 a day, and the 372 paid (the rate in force, and the minimum) made a debt of the
// raise: 52.50 baht of s.61 overtime owed for June, for a worker paid exactly what the Act asks.
// A period paid below wage_rate shows a rate at least what it paid: the checks price it at that
// (the minimum wage still a floor), and what only wage_rate would owe is undetermined.

const employees = [
  'รหัสพนักงาน,ชื่อ-นามสกุล,วันเกิด,วันเริ่มงาน,จังหวัด,ประเภทค่าจ้าง,อัตราค่าจ้าง',
  'D01,นายสมชาย ใจดี,01/01/2533,01/01/2563,กทม.,รายวัน,400',
  'D02,นายวิชัย บุญมี,01/01/2533,01/01/2563,กทม.,รายวัน,400',
  'M01,นางสมศรี รักดี,01/01/2533,01/01/2563,กรุงเทพฯ,รายเดือน,"15,000"',
].join('\n');

/**
 * June and July 2025, Monday to Saturday, 08:00-17:00 with an hour's lunch in the gap; on Mondays
 * two hours of overtime after a break (17:30-19:30). 3 June (Queen Suthida's birthday) is a
 * public holiday not worked.
 */
const hours = (() => {
  const rows = ['รหัสพนักงาน,วันที่,เวลาเข้า,เวลาออก,ประเภทวัน'];
  for (let n = Date.UTC(2025, 5, 1); n <= Date.UTC(2025, 6, 31); n += 86_400_000) {
    const d = new Date(n);
    const wd = d.getUTCDay();
    if (wd === 0) continue;
    const iso = d.toISOString().slice(0, 10);
    const th = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${Number(iso.slice(0, 4)) + 543}`;
    if (iso === '2025-06-03') continue;
    for (const id of ['D01', 'D02', 'M01']) {
      rows.push(`${id},${th},08:00,12:00,วันทำงาน`, `${id},${th},13:00,17:00,วันทำงาน`);
      if (wd === 1) rows.push(`${id},${th},17:30,19:30,วันทำงาน`);
    }
  }
  return rows.join('\n');
})();

// June: 24 days worked (25 Monday-Saturdays less the holiday), 5 Mondays = 10 h overtime;
// July: 27 days, 4 Mondays = 8 h. At 372 a day the June overtime is 372 / 8 x 1.5 x 10 = 697.50
// and the holiday's wage 372; at 400, 750.00 and 400.
const payroll = [
  'รหัสพนักงาน,ประจำเดือน,วันที่จ่าย,วันทำงาน,ค่าแรง,ค่าล่วงเวลา,ค่าจ้างวันหยุด,ประกันสังคม,รับสุทธิ',
  'D01,มิ.ย. 2568,30/06/2568,24,"8,928.00",697.50,372.00,499.88,"9,497.62"',
  'D01,ก.ค. 2568,31/07/2568,27,"10,800.00",600.00,0.00,570.00,"10,830.00"',
  'D02,มิ.ย. 2568,30/06/2568,24,"8,928.00",600.00,372.00,495.00,"9,405.00"',
  'D02,ก.ค. 2568,31/07/2568,27,"10,800.00",600.00,0.00,570.00,"10,830.00"',
  'M01,มิ.ย. 2568,30/06/2568,,"14,000.00",875.00,0.00,743.75,"14,131.25"',
  'M01,ก.ค. 2568,31/07/2568,,"15,000.00",750.00,0.00,750.00,"15,000.00"',
].join('\n');

const holidays = ['วันที่,ชื่อวันหยุด', '03/06/2568,วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี'].join('\n');

const findingsOf = (r: Result, rule: string) =>
  r.findings.filter((f) => f.rule === rule).map((f) => [f.employee_id, f.period?.start, f.owed_satang]);
const reasonIds = (r: Result, rule: string, id: string) =>
  r.undetermined.filter((u) => u.rule === rule && u.employee_id === id).flatMap((u) => u.reasons ?? []);

describe('a pay period before a raise: wage_rate of the employee list is today’s rate', () => {
  const rules = ['lpa-61-overtime-pay', 'lpa-56-holiday-wage', 'lpa-90-minimum-wage'];
  const r = () => run({ employees, hours, payroll, holidays }, '2025-10-31', rules);

  it('reads every row', () => {
    expect(r().rejected).toEqual([]);
  });

  it('owes no June overtime to a worker paid at the rate then in force', () => {
    // D01 and M01 were paid in full at their June rates (372 a day, 14,000 a month); D02 was
    // short 97.50 at 372 a day (the 150.00 short at 400 is not known to be owed).
    expect(findingsOf(r(), 'lpa-61-overtime-pay')).toEqual([['D02', '2025-06-01', 9750]]);
    for (const id of ['D01', 'M01']) {
      expect(reasonIds(r(), 'lpa-61-overtime-pay', id)).toEqual([
        expect.objectContaining({
          id: 'wage_rate_not_in_period',
          period: { start: '2025-06-01', end: '2025-06-30' },
        }),
      ]);
    }
  });

  it('says a finding priced at the rate the pay shows is so priced', () => {
    const f = r().findings.find((x) => x.rule === 'lpa-61-overtime-pay')!;
    expect(f.message).toContain('at 46.50 baht/h x 1.5');
    expect(f.params.wage_rate_in_period).toMatchObject({
      employees_file: 400,
      base_pay: 8928,
      contract_wages: 9600,
      shown: '372.00',
    });
  });

  it('owes no June holiday wage (s.56) beyond the 372 paid', () => {
    expect(findingsOf(r(), 'lpa-56-holiday-wage')).toEqual([]);
    expect(reasonIds(r(), 'lpa-56-holiday-wage', 'D01').map((x) => x.id)).toEqual([
      'wage_rate_not_in_period',
    ]);
  });

  it('still prices a period paid at wage_rate at wage_rate', () => {
    // July: 600 paid for 8 h at 400 / 8 x 1.5 = 600: nothing owed, nothing undetermined.
    const july = (id: string) =>
      r().undetermined.filter(
        (u) => u.rule === 'lpa-61-overtime-pay' && u.employee_id === id && u.reason.startsWith('2025-07'),
      );
    expect(july('D01')).toEqual([]);
    // 100 baht less overtime pay, and so 100 less net: a row that adds up (one that does not is
    // undetermined, test/payroll-money-typos.test.ts).
    const short = payroll.replace(
      'D01,ก.ค. 2568,31/07/2568,27,"10,800.00",600.00,0.00,570.00,"10,830.00"',
      'D01,ก.ค. 2568,31/07/2568,27,"10,800.00",500.00,0.00,570.00,"10,730.00"',
    );
    const s = run({ employees, hours, payroll: short, holidays }, '2025-10-31', rules);
    expect(findingsOf(s, 'lpa-61-overtime-pay')).toEqual([
      ['D01', '2025-07-01', 10000],
      ['D02', '2025-06-01', 9750],
    ]);
    expect(s.findings[0].params.wage_rate_in_period).toBeUndefined();
  });
});
