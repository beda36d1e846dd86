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

/** True when most of the first lines are ZKTeco punch lines. */
export function looksLikeAttlog(text: string): boolean {
  const first = lines(text.slice(0, 64 * 1024)).slice(0, 50);
  const hits = first.filter((l) => PUNCH.test(l.text)).length;
  return hits > 0 && hits >= 0.8 * (first.length - 2);
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
  const single = (t: string) => /^\s*\S+\s*$/.test(t);
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
        cells: [p.text.slice(0, 200)],
        problem: { reason: 'not a punch line (expected PIN, YYYY-MM-DD HH:MM:SS, then numbers)' },
      };
    }
    const rest = p.m[4].trim() === '' ? [] : p.m[4].trim().split(/\s+/);
    return { line: p.line, cells: [p.m[1], `${p.m[2]} ${p.m[3]}`, ...rest] };
  });
  return { variant, header, rows, notes };
}
