// A deterministic caseload of worker accounts for `screen --batch`: used by the screen's
// batch test (issue 6) and by `npm run bench`, which times it.

/** A small deterministic generator (mulberry32), so the caseload is the same on every run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS = [
  'reference',
  'name',
  'age',
  'birth_date',
  'province',
  'district',
  'sector',
  'start_date',
  'end_date',
  'wage_type',
  'wage_amount',
  'work_start',
  'work_end',
  'break_minutes',
  'days_per_week',
  'rest_days',
  'overtime_pay_per_month',
  'holiday_work',
  'deductions',
  'pay_delay_days',
  'withheld_months',
  'final_pay_days',
  'documents_held',
  'debt_owed',
  'can_leave_workplace',
  'threats',
  'housing_by_employer',
  'housing_degrading',
  'interviewed_on',
];

export function caseload(n: number): string {
  const r = rng(20251020);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const places = [
    ['Bangkok', ''],
    ['Chiang Mai', 'Mueang Chiang Mai'],
    ['Songkhla', 'Hat Yai'],
    ['Phuket', ''],
    ['Pattani', ''],
    ['สมุทรสาคร', ''],
    ['Tak', 'Mae Sot'],
  ];
  const rows: string[] = [COLUMNS.join(',')];
  for (let i = 0; i < n; i++) {
    const [province, district] = pick(places);
    const wageType = pick(['monthly', 'monthly', 'daily', 'daily', 'hourly', 'piece']);
    const wage: number = {
      monthly: pick([7000, 9000, 10500, 12000, 15000]),
      daily: pick([250, 300, 350, 372, 400]),
      hourly: pick([40, 45, 60]),
      piece: pick([6000, 9000]),
    }[wageType]!;
    const month = 1 + Math.floor(r() * 12);
    const start =
      r() < 0.4
        ? `2024-${String(month).padStart(2, '0')}`
        : `2024-${String(month).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const left = r() < 0.4;
    const end = left
      ? `2025-${String(1 + Math.floor(r() * 8)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
      : pick(['still_working', 'still_working', 'unknown']);
    const days = pick([5, 6, 6, 7, 7]);
    const ageOnly = r() < 0.6;
    const deductions = pick([
      'none',
      '2000 recruitment_fee',
      '1500 recruitment_fee; 800 housing',
      '450 tax_social_security',
      '300 cooperative',
      'unknown',
      '1000 savings_held_by_employer',
    ]);
    const row: Record<string, string | number> = {
      reference: `CASE-${String(i + 1).padStart(3, '0')}`,
      name: `Worker ${i + 1}`,
      age: ageOnly ? pick([14, 16, 19, 25, 34, 41, 'unknown']) : '',
      birth_date: ageOnly ? '' : pick(['1990-02-28', '2009-06-15', '1985-12-01']),
      province,
      district,
      sector: pick(['other', 'other', 'hotel', 'agriculture', 'domestic', 'unknown', 'sea_fishing']),
      start_date: start,
      end_date: end,
      wage_type: r() < 0.1 ? 'unknown' : wageType,
      wage_amount: wage,
      work_start: '',
      work_end: '',
      break_minutes: pick([0, 30, 60, 60, 'unknown']),
      days_per_week: r() < 0.1 ? 'unknown' : days,
      rest_days: days === 6 ? pick(['sunday', '', 'wednesday']) : days === 5 ? 'saturday;sunday' : '',
      overtime_pay_per_month: pick([0, 0, 500, 2000, 'unknown']),
      holiday_work: pick(['yes', 'no', 'unknown']),
      deductions,
      pay_delay_days: pick([0, 5, 10, 'unknown']),
      withheld_months: pick([0, 0, 0, 1, 2, 3, 'unknown']),
      final_pay_days: left ? pick([0, 2, 10, 'not_paid', 'unknown']) : '',
      documents_held: pick(['yes', 'no', 'unknown']),
      debt_owed: pick(['yes', 'no', 'unknown']),
      can_leave_workplace: pick(['yes', 'no']),
      threats: pick(['yes', 'no', 'no']),
      housing_by_employer: pick(['yes', 'no']),
      housing_degrading: pick(['yes', 'no', '']),
      interviewed_on: '2025-10-20',
    };
    const shift = pick([
      ['06:00', '21:00'],
      ['07:00', '19:00'],
      ['08:00', '17:00'],
      ['22:00', '06:00'],
      ['06:00', '18:00'],
    ]);
    [row.work_start, row.work_end] = shift;
    rows.push(COLUMNS.map((c) => (String(row[c]).includes(',') ? `"${row[c]}"` : String(row[c]))).join(','));
  }
  return `${rows.join('\n')}\n`;
}
