import { describe, expect, it } from 'vitest';
import { lookupValue } from '../../src/parse/cells.js';
import { run } from '../helpers.js';

// Value aliases are looked up by the cell's text: only the table's own keys count, so a cell
// reading "constructor" is not taken for Object's constructor.

describe('value aliases', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('"%s" is no alias', (v) => {
    expect(lookupValue('wage_type', v)).toBeUndefined();
    const r = run(
      { employees: `employee_id,birth_date,province,wage_type,wage_rate\nE1,1990-01-01,Bangkok,${v},400` },
      '2025-09-30',
    );
    expect(r.rejected.map((x) => x.reason)).toEqual([
      `"${v}": expected one of monthly, daily, hourly, piece`,
    ]);
  });

  it('a real alias still maps: รายวัน is daily', () => {
    expect(lookupValue('wage_type', 'รายวัน')).toBe('daily');
  });
});
