import type { RawRow } from './csv.js';

// ZKTeco punch logs without a header (docs/inputs.md, Time-clock logs): one punch per line, fields
// separated by tabs or spaces, the PIN right-aligned with spaces.
//   USB download (attlog.dat):  PIN  YYYY-MM-DD HH:MM:SS  device  state  verify  workcode
//   push (ADMS ATTLOG body):    PIN  YYYY-MM-DD HH:MM:SS  state  verify  workcode  reserved...
// Some devices write the serial number as the first line and a checksum as the last.

const PUNCH = /^\s*(\S+)\s+(\d{4}-\d{1,2}-\d{1,2})[ T]+(\d{1,2}:\d{2}(?::\d{2})?)((?:\s+\S+)*)\s*$/;

function lines(text: string): { line: number; text: string }[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((t, i) => ({ line: i + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
}

// A record whose fields are there but whose values cannot be (a damaged write: "1971-10-29 -23:-59:-59").
const LOOSE = /^\s*(\S+)\s+(-?\d+-\d+-\d+)[ T]+(-?\d+:-?\d+(?::-?\d+)?)/;

const hasNul = (t: string) => t.includes('\u0000');

/** True when most of the first lines are ZKTeco punch lines (lines of NUL bytes, a damaged write, aside). */
export function looksLikeAttlog(text: string): boolean {
  const first = lines(text.slice(0, 64 * 1024))
    .filter((l) => !hasNul(l.text))
    .slice(0, 50);
  const hits = first.filter((l) => PUNCH.test(l.text)).length;
  return hits > 0 && hits >= 0.8 * (first.length - 2);
}

/** What is wrong with a date and time a device wrote, or undefined when it is a real one. */
function impossible(date: string, time: string): string | undefined {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, se] = time.split(':').map(Number);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const ok =
    y >= 1900 &&
    y <= 2200 &&
    mo >= 1 &&
    mo <= 12 &&
    d >= 1 &&
    d <= days &&
    h >= 0 &&
    h <= 23 &&
    mi >= 0 &&
    mi <= 59;
  return ok && (se === undefined || (se >= 0 && se <= 59)) ? undefined : `impossible date ${date} ${time}`;
}

/** Why a line is not a punch, as precisely as the line allows; `what` without the line's fields. */
function corrupt(text: string): { reason: string; what: string } {
  if (hasNul(text)) {
    const n = text.split('\u0000').length - 1;
    const reason = `a corrupt record: ${n} NUL byte${n > 1 ? 's' : ''} (a damaged write to the device's storage)`;
    return { reason, what: reason };
  }
  const m = LOOSE.exec(text);
  if (m)
    return {
      reason: `a corrupt record: ${impossible(m[2], m[3]) ?? `unreadable fields after ${m[2]} ${m[3]}`}`,
      what: 'a corrupt record',
    };
  const reason = 'not a punch line (expected PIN, YYYY-MM-DD HH:MM:SS, then numbers)';
  return { reason, what: reason };
}

export interface Attlog {
  variant: 'usb' | 'push';
  header: string[];
  rows: RawRow[];
  notes: string[];
}

export function readAttlog(text: string): Attlog {
  const all = lines(text);
  const notes: string[] = [];
  const parsed = all.map((l) => ({ ...l, m: PUNCH.exec(l.text) }));
  const single = (t: string) => /^\s*\S+\s*$/.test(t) && !hasNul(t);
  if (parsed.length > 1 && !parsed[0].m && single(parsed[0].text)) {
    notes.push(
      `line ${parsed[0].line} ("${parsed[0].text.trim().slice(0, 30)}") taken as the device serial number`,
    );
    parsed.shift();
  }
  const last = parsed[parsed.length - 1];
  if (parsed.length > 1 && last && !last.m && single(last.text)) {
    notes.push(`line ${last.line} taken as the file's checksum`);
    parsed.pop();
  }
  // Which variant: the USB download has exactly four fields after the time (device first).
  const counts = new Map<number, number>();
  for (const p of parsed) {
    if (!p.m) continue;
    const n = p.m[4].trim() === '' ? 0 : p.m[4].trim().split(/\s+/).length;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const mode = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 4;
  const variant = mode === 4 ? 'usb' : 'push';
  const header =
    variant === 'usb'
      ? ['employee_id', 'datetime', 'device', 'state', 'verify', 'workcode']
      : [
          'employee_id',
          'datetime',
          'state',
          'verify',
          'workcode',
          ...Array.from({ length: Math.max(0, mode - 3) }, (_, i) => `reserved${i + 1}`),
        ];
  notes.push(
    variant === 'usb'
      ? 'ZKTeco attendance log (USB download): PIN, time, device, state, verify mode, work code'
      : 'ZKTeco attendance log (push / ADMS): PIN, time, state, verify mode, work code',
  );
  const rows: RawRow[] = parsed.map((p) => {
    if (!p.m) {
      return {
        line: p.line,
        cells: [p.text.replaceAll('\u0000', '').slice(0, 200)],
        problem: corrupt(p.text),
      };
    }
    const bad = impossible(p.m[2], p.m[3]);
    if (bad)
      return {
        line: p.line,
        cells: [p.m[1], `${p.m[2]} ${p.m[3]}`],
        problem: {
          cell: 1,
          reason: `a corrupt record: ${bad}`,
          what: 'a corrupt record: an impossible date',
        },
      };
    const rest = p.m[4].trim() === '' ? [] : p.m[4].trim().split(/\s+/);
    return { line: p.line, cells: [p.m[1], `${p.m[2]} ${p.m[3]}`, ...rest] };
  });
  return { variant, header, rows, notes };
}
