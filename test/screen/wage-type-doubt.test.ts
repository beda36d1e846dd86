import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/screen/account.js';
import { buildPacket } from '../../src/screen/packet.js';
import { screenAccount } from '../../src/screen/screen.js';
import { data, en, exampleAccount, pack, th } from './helpers.js';

// A caseworker who gives a month's wage as a day's (9,000 a day in Bangkok) made the packet's
// headline an estimate of 2.6 million baht; a day's wage as a month's (400 a month) one of
// 223,000. A wage far from the minimum for its unit is said as a warning with the minimum it
// was set against (rules/screen/questions.yaml: wage_doubt_above_times, wage_doubt_below_share);
// the estimate keeps the wage as given (amounts in satang; Bangkok's minimum 400 a day from
// 2025-07-01, the account's screening date 2025-10-20).

const warnings = (over: Partial<Account>, m = en) =>
  buildPacket(screenAccount({ ...exampleAccount(), ...over } as Account, pack, data), pack, data, m, {
    redact: true,
  }).warnings;

describe('a wage far from the minimum for its wage type', () => {
  it('the example account (9,000 a month) says nothing', () => {
    expect(warnings({})).toEqual([]);
  });

  it('9,000 a day: more than 10 times the daily minimum, perhaps a monthly wage', () => {
    expect(warnings({ wage_type: 'daily', wage_amount: 900000 })).toEqual([
      'the wage, 9,000.00 baht a day, is more than 10 times the minimum wage for a day (400.00): if it is paid by the month, give that wage type; the estimate takes the wage as given',
    ]);
    // 10 times exactly is not more than 10 times.
    expect(warnings({ wage_type: 'daily', wage_amount: 400000 })).toEqual([]);
    expect(warnings({ wage_type: 'daily', wage_amount: 400001 })).toHaveLength(1);
  });

  it('400 a month: below a fifth of the minimum for a month (400 x 30), perhaps a daily wage', () => {
    expect(warnings({ wage_type: 'monthly', wage_amount: 40000 })).toEqual([
      'the wage, 400.00 baht a month, is less than 1/5 of the minimum wage for a month (12,000.00): if it is paid by the day, give that wage type; the estimate takes the wage as given',
    ]);
    // A fifth exactly (2,400) is not below it.
    expect(warnings({ wage_type: 'monthly', wage_amount: 240000 })).toEqual([]);
    expect(warnings({ wage_type: 'monthly', wage_amount: 239999 })).toHaveLength(1);
  });

  it('an hourly wage of 600 (perhaps a day) and a monthly one of 150,000 (no other type): check', () => {
    expect(warnings({ wage_type: 'hourly', wage_amount: 60000 })).toEqual([
      'the wage, 600.00 baht an hour, is more than 10 times the minimum wage for an hour (50.00): if it is paid by the day, give that wage type; the estimate takes the wage as given',
    ]);
    expect(warnings({ wage_type: 'monthly', wage_amount: 15000000 })[0]).toContain(
      'more than 10 times the minimum wage for a month (12,000.00): check the amount;',
    );
    expect(warnings({ wage_type: 'hourly', wage_amount: 900 })[0]).toContain('less than 1/5');
    // In Thai, "check the amount" too.
    expect(warnings({ wage_type: 'monthly', wage_amount: 15000000 }, th)).toEqual([
      'ค่าจ้าง 150,000.00 บาทต่อเดือน สูงกว่าค่าจ้างขั้นต่ำต่อเดือน (12,000.00) เกิน 10 เท่า: ตรวจสอบจำนวนเงิน การประมาณใช้ค่าจ้างตามที่ให้มา',
    ]);
  });

  it('a district not known or not given: the minimum of the province, 400.00 a day in Bangkok', () => {
    const said =
      'the wage, 9,000.00 baht a day, is more than 10 times the minimum wage for a day (400.00): if it is paid by the month, give that wage type; the estimate takes the wage as given';
    expect(warnings({ wage_type: 'daily', wage_amount: 900000, district: 'unknown' })).toEqual([said]);
    expect(warnings({ wage_type: 'daily', wage_amount: 900000, district: undefined })).toEqual([said]);
  });

  it('work that ended before the first minimum wage in the tables (2018-04-01): nothing to set it against', () => {
    expect(
      warnings({ wage_type: 'daily', wage_amount: 900000, start_date: '2016-01', end_date: '2017-06-30' }),
    ).toEqual([]);
  });

  it('in Thai, and nothing when the wage or its type is not known', () => {
    expect(warnings({ wage_type: 'daily', wage_amount: 900000 }, th)).toEqual([
      'ค่าจ้าง 9,000.00 บาทต่อวัน สูงกว่าค่าจ้างขั้นต่ำต่อวัน (400.00) เกิน 10 เท่า: ถ้าจ่ายเป็นรายเดือน ให้ระบุประเภทค่าจ้างนั้น การประมาณใช้ค่าจ้างตามที่ให้มา',
    ]);
    expect(warnings({ wage_type: 'daily', wage_amount: 'unknown' })).toEqual([]);
    expect(warnings({ wage_type: 'unknown', wage_amount: 900000 })).toEqual([]);
    expect(warnings({ wage_type: 'piece', wage_amount: 5 })).toEqual([]);
  });
});
