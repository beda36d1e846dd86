/**
 * A piece-paid employee's last half of July 2025 with the King's birthday (28 July) announced:
 * 1,500 baht over 29-31 July, 500 a day owed for the holiday (s.56), and `more` hours rows.
 * Shared by the tests of what rejected rows do to the period average (undated and lost days).
 */
export const pieceHolidayFiles = (more: string[]) => ({
  employees: 'employee_id,birth_date,province,wage_type\nE1,1990-01-01,Bangkok,piece',
  hours: [
    'employee_id,date,start,end',
    ...[29, 30, 31].map((d) => `E1,2025-07-${d},08:00,17:00`),
    ...more,
  ].join('\n'),
  payroll:
    'employee_id,period_start,period_end,pay_date,base_pay,other_wages,holiday_pay\nE1,2025-07-16,2025-07-31,2025-07-31,1500,0,0',
  holidays: 'date,name\n2025-07-28,King',
});
