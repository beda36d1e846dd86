import { day, isoOf } from '../base/calendar.js';
import type { Result } from '../findings/result.js';
import { type ReportOptions, showDate, words } from './common.js';
import { esc } from './escape.js';

// The hours chart of an employee's section in the HTML report, as inline SVG: daily hours as
// stacked bars (normal, overtime, holiday work) against the day's normal limit, and below it
// each week's overtime and holiday work against the weekly cap (s.26).

type Series = NonNullable<Result['hours']>[number];

const W = 720;
const LEFT = 34;
const RIGHT = 78;
const TOP = 20;
const DAILY_H = 150;
const GAP = 44;
const WEEKLY_H = 80;
const AXIS = 18;
export const COLORS = {
  normal: '#4a78b5',
  overtime: '#e0861a',
  holiday: '#8d5bb5',
  limit: '#c0392b',
  grid: '#d9d9d9',
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

  // Date labels: the first day, the first of each month in between (at most 12), the last day.
  const ticks: number[] = [first];
  const months: number[] = [];
  for (let d = first + 1; d < last; d++) if (isoOf(d).endsWith('-01')) months.push(d);
  const every = Math.ceil(months.length / 12) || 1;
  months.forEach((d, i) => {
    if (i % every === 0 && d - first > span / 20 && last - d > span / 20) ticks.push(d);
  });
  if (last !== first) ticks.push(last);
  const height = top2 + WEEKLY_H + AXIS;
  const label = (d: number, y: number) =>
    `<text x="${n2(xOf(d) + bw / 2)}" y="${y}" text-anchor="middle">${esc(showDate(isoOf(d), o))}</text>`;

  const title = `${w.hours} ${s.employee_id}: ${showDate(s.days[0].date, o)} – ${showDate(s.days[s.days.length - 1].date, o)}`;
  return [
    `<svg class="chart" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${esc(title)}</title>`,
    `<text class="panel" x="${LEFT}" y="${TOP - 8}">${esc(w.chartDaily)} (h)</text>`,
    ...grid,
    `<path d="${paths.normal}" fill="${COLORS.normal}"/>`,
    `<path d="${paths.overtime}" fill="${COLORS.overtime}"/>`,
    `<path d="${paths.holiday}" fill="${COLORS.holiday}"/>`,
    `<path class="limit" d="${limit}" fill="none" stroke="${COLORS.limit}" stroke-width="1.2" stroke-dasharray="4 3"/>`,
    `<text class="line-label" x="${W - RIGHT + 4}" y="${n2(yOf(lastLimit) + 3)}" fill="${COLORS.limit}">${esc(`${limits.length > 1 ? '≤ ' : ''}${n2(lastLimit)} h`)}</text>`,
    ...ticks.map((d) => label(d, TOP + DAILY_H + 12)),
    `<text class="panel" x="${LEFT}" y="${top2 - 10}">${esc(w.chartWeekly)} (h)</text>`,
    ...grid2,
    `<path d="${weekly}" fill="${COLORS.overtime}" fill-opacity="0.85"/>`,
    capPath
      ? `<path class="cap" d="${capPath}" fill="none" stroke="${COLORS.limit}" stroke-width="1.2" stroke-dasharray="4 3"/>`
      : '',
    lastCap !== undefined
      ? `<text class="line-label" x="${W - RIGHT + 4}" y="${n2(y2(lastCap) + 3)}" fill="${COLORS.limit}">${esc(`${n2(lastCap)} h/${o.lang === 'th' ? 'สัปดาห์' : 'week'}`)}</text>`
      : `<text class="line-label" x="${W - RIGHT + 4}" y="${top2 + 10}" fill="#777">${esc(o.lang === 'th' ? 'ไม่มีเพดาน' : 'no cap')}</text>`,
    ...ticks.map((d) => label(d, top2 + WEEKLY_H + 12)),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}
