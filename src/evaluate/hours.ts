import type { EmployeeFacts } from '../facts/employee.js';
import type { RulePack } from '../pack/load.js';

/** One employee's per-day hours and weekly overtime, as the report charts draw them. */
export interface HoursSeries {
  employee_id: string;
  days: {
    date: string;
    day_type: 'work' | 'weekly_holiday' | 'public_holiday';
    worked_min: number;
    normal_min: number;
    overtime_min: number;
    holiday_min: number;
    holiday_overtime_min: number;
    /** The day's normal limit L. */
    limit_min: number;
  }[];
  weeks: {
    start: string;
    end: string;
    /** Overtime + holiday work + holiday overtime: what the weekly cap (s.26) counts. */
    overtime_min: number;
    /** The weekly cap in force at the week's start, when the rule pack has one. */
    cap_min?: number;
  }[];
}

/** The chart series of one employee's facts, or undefined when they worked no day. */
export function hoursSeriesOf(pack: RulePack, f: EmployeeFacts): HoursSeries | undefined {
  if (f.days.length === 0) return undefined;
  return {
    employee_id: f.employee.employee_id,
    days: f.days.map((d) => ({
      date: d.date,
      day_type: d.day_type,
      worked_min: d.workedMin,
      normal_min: d.normalMin,
      overtime_min: d.overtimeMin,
      holiday_min: d.holidayMin,
      holiday_overtime_min: d.holidayOvertimeMin,
      limit_min: d.limitMin,
    })),
    weeks: f.weeks.map((w) => {
      const cap = weeklyOvertimeCapMin(pack, w.start);
      return {
        start: w.start,
        end: w.end,
        overtime_min: w.overtimeMin + w.holidayMin + w.holidayOvertimeMin,
        ...(cap !== undefined ? { cap_min: cap } : {}),
      };
    }),
  };
}

/**
 * The weekly overtime cap (s.26, MR No.3) in force on a date, in minutes, for the charts: a number
 * parameter of the s.26 rule, or a pack parameter named for weekly overtime; in hours.
 */
export function weeklyOvertimeCapMin(pack: RulePack, date: string): number | undefined {
  const candidates = [
    ...pack.rules
      .filter((r) => r.citation.section === '26' || r.id.startsWith('lpa-26'))
      .flatMap((r) => Object.values(r.resolved).map((p) => p.series)),
    ...pack.params
      .names()
      .filter((n) => /overtime|(^|_)ot(_|$)/.test(n) && /week/.test(n))
      .map((n) => pack.params.get(n)!),
  ];
  for (const s of candidates) {
    let hit: unknown;
    for (const v of [...s.values].sort((a, b) => a.from.localeCompare(b.from)))
      if (v.from <= date) hit = v.value;
    if (typeof hit === 'number' && (s.unit === undefined || /^h/.test(s.unit))) return Math.round(hit * 60);
  }
  return undefined;
}
