import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clockMapping } from '../../src/parse/header.js';
import { parseGrid, type Warning } from '../../src/parse/ingest.js';
import { parseProfile } from '../../src/parse/profile.js';
import { gridOfText } from '../../src/read/table.js';
import { cli, tempFolders } from '../helpers.js';
import { AS_OF, FIELD, observe } from './field-clock.js';

// Punch lists exported as tables (docs/inputs.md, Time-clock logs), read as such files are:
// ZKBio Time transactions, which write the punch state and the terminal twice; a Thai punch
// list that ends in a totals row and signature lines; B.E. dates. The field corpus folders
// zk-biotime-csv, zk-biotime-xlsx, clock-thai-footer and clock-be-datetime hold them whole.

const hours = (text: string, profileYaml?: string) => {
  const warnings: Warning[] = [];
  const profile = profileYaml === undefined ? undefined : parseProfile(profileYaml, 'profile.yaml');
  const p = parseGrid(gridOfText('punches.csv', text), 'hours', warnings, { profile });
  const s = p.stats;
  // Every row read is used, rejected or skipped, once.
  expect(s.rows_read).toBe(s.rows_used + s.rows_rejected + s.rows_skipped);
  return { ...p, warnings: warnings.map((w) => w.message) };
};

const folder = tempFolders();

/** The columns of a ZKBio Time transaction export (API and CSV field names). */
const ZKBIO =
  'emp_code,first_name,last_name,department,position,punch_time,punch_state,punch_state_display,verify_type,work_code,gps_location,area_alias,terminal_sn,temperature,terminal_alias,upload_time';

describe('ZKBio Time: a field written twice is one column', () => {
  const header = ZKBIO.split(',');

  it('the state is read from its code (punch_state), the device from its serial number; the second forms are named as ignored, with why', () => {
    const m = clockMapping(header);
    expect(m.conflicts).toEqual([]);
    expect(m.byColumn.get('state')).toEqual([header.indexOf('punch_state')]);
    expect(m.byColumn.get('device')).toEqual([header.indexOf('terminal_sn')]);
    expect(m.ignored.map((w) => w.text)).toContain(
      'punch_state_display (the text of punch_state, read for state)',
    );
    expect(m.ignored.map((w) => w.text)).toContain(
      'terminal_alias (the name of terminal_sn, read for device)',
    );
  });

  it('as the GUI writes the headers (Punch State, Punch State Display) the same', () => {
    const m = clockMapping([
      'Emp Code',
      'Punch Time',
      'Punch State Display',
      'Punch State',
      'Terminal Alias',
    ]);
    expect(m.conflicts).toEqual([]);
    expect(m.byColumn.get('state')).toEqual([3]);
    expect(m.byColumn.get('device')).toEqual([4]);
  });

  it('either form alone is the column', () => {
    const m = clockMapping(['emp_code', 'punch_time', 'punch_state_display', 'terminal_alias']);
    expect(m.byColumn.get('state')).toEqual([2]);
    expect(m.byColumn.get('device')).toEqual([3]);
  });

  it('a profile that names the display text for the state is followed', () => {
    const profile = parseProfile('hours:\n  columns:\n    state: punch_state_display\n', 'p.yaml');
    const m = clockMapping(header, profile.hours);
    expect(m.conflicts).toEqual([]);
    expect(m.byColumn.get('state')).toEqual([header.indexOf('punch_state_display')]);
  });

  it('two columns that are not forms of one field stay ambiguous: a usage error', () => {
    for (const h of [
      ['emp_code', 'punch_time', 'punch_state', 'Attendance Status'],
      ['emp_code', 'punch_time', 'punch_state_display', 'Status'],
      ['emp_code', 'punch_time', 'สถานะ', 'checktype'],
    ])
      expect(
        clockMapping(h).conflicts.map((w) => w.text),
        h.join(','),
      ).toEqual([expect.stringMatching(/both map to state$/)]);
    expect(() =>
      hours('emp_code,punch_time,punch_state,Attendance Status\n7,2025-08-04 08:00:00,0,Check In\n'),
    ).toThrow(/columns "punch_state" and "Attendance Status" both map to state/);
  });

  it('the whole export reads: states from the code, one terminal, no conflict', () => {
    const rows = [
      '1001,สมชาย,ใจดี,Production,Operator,2025-08-04 07:56:12,0,Check In,1,0,,Head Office,CQZ7232260012,0.0,Main Gate,2025-08-04 07:56:19',
      '1001,สมชาย,ใจดี,Production,Operator,2025-08-04 12:00:41,2,Break Out,1,0,,Head Office,CQZ7232260012,0.0,Main Gate,2025-08-04 12:00:48',
      '1001,สมชาย,ใจดี,Production,Operator,2025-08-04 13:01:05,3,Break In,1,0,,Head Office,CQZ7232260012,0.0,Main Gate,2025-08-04 13:01:12',
      '1001,สมชาย,ใจดี,Production,Operator,2025-08-04 17:02:30,1,Check Out,1,0,,Head Office,CQZ7232260012,0.0,Main Gate,2025-08-04 17:02:37',
    ];
    const p = hours(`${ZKBIO}\n${rows.join('\n')}\n`);
    expect(p.layout.clock?.format).toBe('ZKBio Time transactions export');
    expect(p.layout.clock?.direction).toBe('in/out as recorded by the device');
    // Minutes after midnight: 07:56-12:00 and 13:01-17:02, the break-out (2) and break-in (3) by their codes.
    expect(p.records.map((s) => [s.date, s.start, s.end])).toEqual([
      ['2025-08-04', 7 * 60 + 56, 12 * 60],
      ['2025-08-04', 13 * 60 + 1, 17 * 60 + 2],
    ]);
    expect(p.rejected).toEqual([]);
  });

  it('the CLI: validate and check read the export (exit 0), saying which column was read', () => {
    const dir = join(FIELD, 'zk-biotime-csv');
    const file = join(dir, 'transactions.csv');
    const v = cli(['validate', '--kind', 'hours', file]);
    expect([v.code, v.stderr]).toEqual([0, '']);
    expect(v.stdout).toContain('state                <- punch_state  (alias)');
    expect(v.stdout).toContain('punch_state_display (the text of punch_state, read for state)');
    const c = cli(['check', '--hours', file, '--employees', join(dir, 'employees.csv'), '--as-of', AS_OF]);
    expect([c.code, c.stderr]).toEqual([0, '']);
    // A genuine ambiguity is still one line and exit 2.
    const bad = folder({
      'punches.csv': 'emp_code,punch_time,punch_state,Attendance Status\n7,2025-08-04 08:00:00,0,Check In\n',
    });
    const b = cli(['validate', '--kind', 'hours', join(bad, 'punches.csv')]);
    expect(b.code).toBe(2);
    expect(b.stderr.trim().split('\n')).toEqual([expect.stringContaining('both map to state')]);
  });
});

describe('a punch list ends as other exports do: its footer is skipped and counted', () => {
  const HEAD = 'รหัสพนักงาน,ชื่อ-สกุล,วันที่,เวลา,สถานะ\n';
  const DAY =
    'A01,สมหญิง ใจงาม,04/08/2568,08:00,เข้างาน\nA01,สมหญิง ใจงาม,04/08/2568,12:00,ออกพัก\nA01,สมหญิง ใจงาม,04/08/2568,13:00,กลับจากพัก\nA01,สมหญิง ใจงาม,04/08/2568,17:00,ออกงาน\n';

  it('a totals row right under the punches, a blank row and signature lines', () => {
    const p = hours(`${HEAD}${DAY}รวม,,,,\n\nผู้จัดทำ ....,,,,\nPrinted by admin,,,,\n`);
    expect([p.stats.rows_read, p.stats.rows_used, p.stats.rows_rejected, p.stats.rows_skipped]).toEqual([
      7, 4, 0, 3,
    ]);
    expect(p.rejected).toEqual([]);
    expect(p.records).toHaveLength(2);
    expect(p.warnings).toContain('3 footer or totals rows under the table skipped (lines 6, 8-9)');
  });

  it('Total with a count, in a ZKBio Time export', () => {
    const p = hours(
      `${ZKBIO}\n1001,A,B,P,O,2025-08-04 08:00:00,0,Check In,1,0,,HQ,SN1,0.0,Gate,2025-08-04 08:00:07\n1001,A,B,P,O,2025-08-04 12:00:00,1,Check Out,1,0,,HQ,SN1,0.0,Gate,2025-08-04 12:00:07\nTotal: 2,,,,,,,,,,,,,,,\n`,
    );
    expect([p.stats.rows_used, p.stats.rows_rejected, p.stats.rows_skipped]).toEqual([2, 0, 1]);
  });

  it('a signature in the date column is no punch; after the end, a punch without an id still is one, rejected and its days unknown', () => {
    const p = hours(
      `ลำดับ,${HEAD}${DAY.split('\n')
        .filter(Boolean)
        .map((r, i) => `${i + 1},${r}`)
        .join('\n')}\nรวม 4 รายการ,,,,,\n,,,,,\nผู้จัดทำ ....,,,ผู้ตรวจสอบ ....,,\n5,,,05/08/2568,08:00,เข้างาน\n`,
    );
    expect(p.stats.rows_skipped).toBe(2);
    expect(p.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [9, 'employee_id', 'required value is missing'],
    ]);
    expect(p.warnings).toContain('2 footer or totals rows under the table skipped (lines 6, 8)');
  });

  it('an employee whose punches come after the footer is read', () => {
    const p = hours(
      `${HEAD}${DAY}รวม,,,,\nA02,ประเสริฐ มั่นคง,04/08/2568,08:00,เข้างาน\nA02,ประเสริฐ มั่นคง,04/08/2568,12:00,ออกงาน\n`,
    );
    expect(p.records.map((s) => s.employee_id)).toEqual(['A01', 'A01', 'A02']);
    expect(p.stats.rows_skipped).toBe(1);
  });

  it('skip_footer: false reads the footer as punches, rejected where they do not fit', () => {
    const p = hours(`${HEAD}${DAY}รวม,,,,\n`, 'hours: { skip_footer: false }');
    expect(p.stats.rows_skipped).toBe(0);
    expect(p.rejected.map((r) => r.row)).toEqual([6]);
  });

  it('the field export (title row, sequence column, CRLF, BOM): 40 punches used, 2 footer rows skipped, nothing rejected', async () => {
    const o = await observe('clock-thai-footer');
    expect([o.rows, o.skipped, o.rejected]).toEqual([[42, 40, 0], 2, []]);
    expect(o.warnings).toEqual(['2 footer or totals rows under the table skipped (lines 43, 45)']);
  });
});

describe('B.E. dates in a punch list are said, as in other files', () => {
  const NOTE = /^(\d+) dates? with a Buddhist-era year read as B\.E\. \(year - 543\)$/;
  const noteOf = (notes: string[]) => notes.find((n) => NOTE.test(n));

  it('in a date column and in a date-and-time column', () => {
    const dated = hours(
      'รหัสพนักงาน,วันที่,เวลา\nA01,04/08/2568,08:00\nA01,04/08/2568,17:00\nA01,05/08/2568,08:00\nA01,05/08/2568,17:00\n',
    );
    expect(noteOf(dated.layout.notes)).toBe('4 dates with a Buddhist-era year read as B.E. (year - 543)');
    expect(dated.records.map((s) => s.date)).toEqual(['2025-08-04', '2025-08-05']);
    const stamped = hours(
      'รหัสพนักงาน,วันเวลา\nB07,04/08/2568 08:01:13\nB07,04/08/2568 17:00:02\nB07,2568-08-05 08:00:00\nB07,2568-08-05 17:00:00\n',
    );
    expect(noteOf(stamped.layout.notes)).toBe('4 dates with a Buddhist-era year read as B.E. (year - 543)');
    expect(stamped.records.map((s) => s.date)).toEqual(['2025-08-04', '2025-08-05']);
  });

  it('none in a C.E. punch list', () => {
    const p = hours('emp_code,punch_time,punch_state\n7,2025-08-04 08:00:00,0\n7,2025-08-04 17:00:00,1\n');
    expect(noteOf(p.layout.notes)).toBeUndefined();
  });

  it('the field export (windows-874, one date-and-time cell, no states): every punch counted', async () => {
    const o = await observe('clock-be-datetime');
    expect(noteOf(o.notes)).toBe('40 dates with a Buddhist-era year read as B.E. (year - 543)');
    expect(o.stretches[0]).toBe('B07 2025-08-04 08:01-12:00 inferred');
  });
});
