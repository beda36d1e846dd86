import { day, isoOf, weekday } from '../base/calendar.js';
import type { Result } from '../findings/result.js';
import { type ReportOptions, showDate, words } from './common.js';
import { esc } from './escape.js';

// The hours chart of an employee's section in the HTML report, as inline SVG: daily hours as
// stacked bars (normal, overtime, holiday work) against the day's normal limit, and below it
// each week's overtime and holiday work against the weekly cap (s.26). Weekly and public
// holidays are shaded; the date axis has a tick a day, weekday initials when there is room,
// and a date under each Monday.

type Series = NonNullable<Result['hours']>[number];

const W = 720;
const LEFT = 34;
const RIGHT = 100;
const TOP = 20;
const DAILY_H = 150;
const GAP = 62;
const WEEKLY_H = 80;
const AXIS = 30;
export const COLORS = {
  normal: '#4a78b5',
  overtime: '#e0861a',
  holiday: '#8d5bb5',
  limit: '#c0392b',
  grid: '#d9d9d9',
  weeklyHoliday: '#e9ecf1',
  publicHoliday: '#f1e6fa',
  axis: '#8a8f98',
};

const n2 = (x: number) => String(Math.round(x * 100) / 100);
const rect = (x: number, y: number, w: number, h: number) =>
  h > 0 ? `M${n2(x)} ${n2(y)}h${n2(w)}v${n2(h)}h${n2(-w)}Z` : '';

/** Nice grid step in hours for a scale of `max` hours. */
function step(max: number): number {
  for (const s of [1, 2, 4, 6, 8, 12, 24, 48]) if (max / s <= 6) return s;
  return 96;
}

export function hoursChart(s: Series, o: ReportOptions): string {
  const w = words(o);
  if (s.days.length === 0) return '';
  const first = day(s.days[0].date);
  const last = day(s.days[s.days.length - 1].date);
  const span = last - first + 1;
  const plotW = W - LEFT - RIGHT;
  const bw = plotW / span;
  const barW = Math.max(bw * 0.8, 0.6);
  const xOf = (d: number) => LEFT + (d - first) * bw;

  // Daily panel.
  const maxDay = Math.max(...s.days.map((d) => Math.max(d.worked_min, d.limit_min))) / 60;
  const yMax = Math.max(12, Math.ceil(maxDay + 1));
  const yOf = (h: number) => TOP + DAILY_H - (h / yMax) * DAILY_H;
  const paths = { normal: '', overtime: '', holiday: '' };
  for (const d of s.days) {
    const x = xOf(day(d.date)) + (bw - barW) / 2;
    const normal = d.normal_min / 60;
    const ot = d.overtime_min / 60;
    const hol = (d.holiday_min + d.holiday_overtime_min) / 60;
    paths.normal += rect(x, yOf(normal), barW, yOf(0) - yOf(normal));
    paths.overtime += rect(x, yOf(normal + ot), barW, yOf(normal) - yOf(normal + ot));
    paths.holiday += rect(x, yOf(hol), barW, yOf(0) - yOf(hol));
  }
  // The normal limit as a step line over the days that have one.
  let limit = '';
  let prev: number | undefined;
  for (const d of s.days) {
    const y = yOf(d.limit_min / 60);
    const x0 = xOf(day(d.date));
    limit += prev === undefined ? `M${n2(x0)} ${n2(y)}` : y === prev ? '' : `V${n2(y)}`;
    limit += `H${n2(x0 + bw)}`;
    prev = y;
  }
  const limits = [...new Set(s.days.map((d) => d.limit_min))];
  const lastLimit = s.days[s.days.length - 1].limit_min / 60;

  const grid: string[] = [];
  const st = step(yMax);
  for (let h = 0; h <= yMax; h += st) {
    grid.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${n2(yOf(h))}" y2="${n2(yOf(h))}" stroke="${COLORS.grid}" stroke-width="0.5"/>`,
    );
    grid.push(`<text x="${LEFT - 4}" y="${n2(yOf(h) + 3)}" text-anchor="end">${h}</text>`);
  }

  // Weekly panel.
  const top2 = TOP + DAILY_H + GAP;
  const caps = s.weeks.map((x) => x.cap_min).filter((x): x is number => x !== undefined);
  const maxWeek = Math.max(...s.weeks.map((x) => x.overtime_min), ...caps, 60) / 60;
  const y2Max = Math.ceil(maxWeek * 1.1);
  const y2 = (h: number) => top2 + WEEKLY_H - (h / y2Max) * WEEKLY_H;
  let weekly = '';
  let capPath = '';
  let prevCap: number | undefined;
  for (const wk of s.weeks) {
    const a = Math.max(day(wk.start), first);
    const b = Math.min(day(wk.end), last);
    const x = xOf(a) + Math.min(bw * 0.1, 1);
    const width = Math.max((b - a + 1) * bw - Math.min(bw * 0.2, 2), 0.6);
    const h = wk.overtime_min / 60;
    weekly += rect(x, y2(h), width, y2(0) - y2(h));
    if (wk.cap_min !== undefined) {
      const y = y2(wk.cap_min / 60);
      capPath += prevCap === undefined ? `M${n2(xOf(a))} ${n2(y)}` : y === prevCap ? '' : `V${n2(y)}`;
      capPath += `H${n2(xOf(b) + bw)}`;
      prevCap = y;
    } else if (prevCap !== undefined) {
      prevCap = undefined;
    }
  }
  const grid2: string[] = [];
  const st2 = step(y2Max);
  for (let h = 0; h <= y2Max; h += st2) {
    grid2.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${n2(y2(h))}" y2="${n2(y2(h))}" stroke="${COLORS.grid}" stroke-width="0.5"/>`,
    );
    grid2.push(`<text x="${LEFT - 4}" y="${n2(y2(h) + 3)}" text-anchor="end">${h}</text>`);
  }
  const lastCap = caps.length ? caps[caps.length - 1] / 60 : undefined;

  const height = top2 + WEEKLY_H + AXIS;
  const label = (d: number, y: number) =>
    `<text x="${n2(xOf(d) + bw / 2)}" y="${y}" text-anchor="middle">${esc(showDate(isoOf(d), o))}</text>`;

  // Holidays shaded across both panels; a tick a day, weekday initials when a day is wide
  // enough to carry one, and the date under each Monday (and the first and last day).
  const shade: string[] = [];
  for (const d of s.days) {
    if (d.day_type === 'work') continue;
    const fill = d.day_type === 'public_holiday' ? COLORS.publicHoliday : COLORS.weeklyHoliday;
    const x = n2(xOf(day(d.date)));
    shade.push(
      `<rect class="holiday ${d.day_type}" x="${x}" y="${TOP}" width="${n2(bw)}" height="${DAILY_H}" fill="${fill}"/>`,
      `<rect x="${x}" y="${top2}" width="${n2(bw)}" height="${WEEKLY_H}" fill="${fill}"/>`,
    );
  }
  const dayTicks = (y: number) => {
    const out: string[] = [];
    const initials = bw >= 9;
    for (let d = first; d <= last; d++) {
      const x = n2(xOf(d) + bw / 2);
      const monday = weekday(d) === 0;
      out.push(
        `<line x1="${x}" x2="${x}" y1="${y}" y2="${y + (monday ? 5 : 3)}" stroke="${COLORS.axis}" stroke-width="${monday ? 1 : 0.5}"/>`,
      );
      if (initials)
        out.push(
          `<text class="wd" x="${x}" y="${y + 12}" text-anchor="middle" font-size="7">${esc(w.weekdayInitials[weekday(d)])}</text>`,
        );
    }
    return out;
  };
  const dated = new Set<number>([first, last]);
  const weeks = span / 7;
  const every = Math.max(1, Math.ceil(weeks / 10));
  let k = 0;
  for (let d = first; d <= last; d++)
    if (weekday(d) === 0 && k++ % every === 0 && d - first >= 3 && last - d >= 3) dated.add(d);
  const dateLabels = (y: number) =>
    [...dated].sort((a, b) => a - b).map((d) => label(d, y + (bw >= 9 ? 22 : 14)));

  const title = `${w.hours} ${s.employee_id}: ${showDate(s.days[0].date, o)} – ${showDate(s.days[s.days.length - 1].date, o)}`;
  return [
    `<svg class="chart" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${esc(title)}</title>`,
    `<text class="panel" x="${LEFT}" y="${TOP - 8}">${esc(w.chartDaily)} (${esc(w.hoursUnit)})</text>`,
    ...shade,
    ...grid,
    `<path d="${paths.normal}" fill="${COLORS.normal}"/>`,
    `<path d="${paths.overtime}" fill="${COLORS.overtime}"/>`,
    `<path d="${paths.holiday}" fill="${COLORS.holiday}"/>`,
    `<path class="limit" d="${limit}" fill="none" stroke="${COLORS.limit}" stroke-width="1.2" stroke-dasharray="4 3"/>`,
    `<text class="line-label" x="${W - RIGHT + 4}" y="${n2(yOf(lastLimit) + 3)}" fill="${COLORS.limit}">${esc(`${limits.length > 1 ? '≤ ' : ''}${n2(lastLimit)} ${w.hoursUnit}`)}</text>`,
    `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${TOP + DAILY_H}" y2="${TOP + DAILY_H}" stroke="${COLORS.axis}" stroke-width="0.8"/>`,
    ...dayTicks(TOP + DAILY_H),
    ...dateLabels(TOP + DAILY_H),
    `<text class="panel" x="${LEFT}" y="${top2 - 10}">${esc(w.chartWeekly)} (${esc(w.hoursUnit)})</text>`,
    ...grid2,
    `<path d="${weekly}" fill="${COLORS.overtime}" fill-opacity="0.85"/>`,
    capPath
      ? `<path class="cap" d="${capPath}" fill="none" stroke="${COLORS.limit}" stroke-width="1.2" stroke-dasharray="4 3"/>`
      : '',
    lastCap !== undefined
      ? `<text class="line-label" x="${W - RIGHT + 4}" y="${n2(y2(lastCap) + 3)}" fill="${COLORS.limit}">${esc(`${n2(lastCap)} ${w.perWeek}`)}</text>`
      : `<text class="line-label" x="${W - RIGHT + 4}" y="${top2 + 10}" fill="#777">${esc(w.noCapShort)}</text>`,
    `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${top2 + WEEKLY_H}" y2="${top2 + WEEKLY_H}" stroke="${COLORS.axis}" stroke-width="0.8"/>`,
    ...dayTicks(top2 + WEEKLY_H),
    ...dateLabels(top2 + WEEKLY_H),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
