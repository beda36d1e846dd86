import { createReadStream, readFileSync } from 'node:fs';

// The parser comparison behind the choice in docs/speed.md: each candidate reads a file
// and counts records (with line numbers where the parser can give them), in its own process
// so that peak RSS is its own. Alternatives are not dependencies of the project: install
// them for a run with
//   npm install --no-save papaparse@5.7.1 csv-parser@3.2.1 @fast-csv/parse@5.0.8 udsv@0.7.3 d3-dsv@3.0.2
// then `npx tsx scripts/bench/parsers.ts FILE` (one candidate: add its name).

type Each = (cells: string[], line?: number) => void;
type Candidate = (file: string, each?: Each) => Promise<{ rows: number; lastLine?: number }>;

// biome-ignore lint/suspicious/noExplicitAny: the alternatives are untyped optional modules
const load = async (name: string): Promise<any> => import(name);
const CHUNK = 1 << 20;

export const CANDIDATES: Record<string, Candidate> = {
  /** The foundation's reader: sync, whole file, info objects for line numbers. */
  'csv-parse sync info': async (file, each) => {
    const { parse } = await load('csv-parse/sync');
    const rs = parse(readFileSync(file), {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    });
    for (const r of rs) each?.(r.record, r.info.lines);
    return { rows: rs.length, lastLine: rs[rs.length - 1].info.lines };
  },
  'csv-parse sync arrays': async (file, each) => {
    const { parse } = await load('csv-parse/sync');
    const rs = parse(readFileSync(file), { relax_column_count: true, skip_empty_lines: true, bom: true });
    for (const r of rs) each?.(r);
    return { rows: rs.length };
  },
  /** Streaming Transform, records read synchronously after each write; lines from on_record's context. */
  'csv-parse stream on_record': async (file, each) => {
    const { Parser } = await load('csv-parse');
    let rows = 0;
    let lastLine = 0;
    const p = new Parser({
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      on_record: (r: string[], ctx: { lines: number }) => {
        lastLine = ctx.lines;
        each?.(r, ctx.lines);
        return r;
      },
    });
    p.on('error', () => {});
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      p.write(chunk);
      while (p.read() !== null) rows++;
      if (p.errored) throw p.errored;
    }
    p.end();
    while (p.read() !== null) rows++;
    if (p.errored) throw p.errored;
    return { rows, lastLine };
  },
  /** Streaming, the parser's `info.lines` read as each record is pushed (no per-record info object). */
  'csv-parse stream info.lines': async (file, each) => {
    const { Parser } = await load('csv-parse');
    let rows = 0;
    let lastLine = 0;
    const p = new Parser({ relax_column_count: true, skip_empty_lines: true, bom: true });
    const push = p.push.bind(p);
    p.push = (r: unknown) => {
      if (r !== null) {
        rows++;
        lastLine = p.info.lines;
        each?.(r as string[], lastLine);
        return true;
      }
      return push(r);
    };
    p.on('error', () => {});
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      p.write(chunk);
      if (p.errored) throw p.errored;
    }
    p.end();
    if (p.errored) throw p.errored;
    return { rows, lastLine };
  },
  'papaparse stream chunks': async (file, each) => {
    const Papa = (await load('papaparse')).default;
    let rows = 0;
    await new Promise<void>((resolve, reject) =>
      Papa.parse(createReadStream(file, { highWaterMark: CHUNK, encoding: 'utf8' }), {
        skipEmptyLines: true,
        chunk: (r: { data: string[][] }) => {
          rows += r.data.length;
          for (const x of r.data) each?.(x);
        },
        complete: () => resolve(),
        error: reject,
      }),
    );
    return { rows };
  },
  'papaparse string': async (file, each) => {
    const Papa = (await load('papaparse')).default;
    const r = Papa.parse(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    for (const x of r.data) each?.(x);
    return { rows: r.data.length };
  },
  'csv-parser stream': async (file, each) => {
    const csv = (await load('csv-parser')).default;
    let rows = 0;
    await new Promise<void>((resolve, reject) =>
      createReadStream(file, { highWaterMark: CHUNK })
        .pipe(csv({ headers: false }))
        .on('data', (r: Record<string, string>) => {
          rows++;
          each?.(Object.values(r));
        })
        .on('end', resolve)
        .on('error', reject),
    );
    return { rows };
  },
  '@fast-csv/parse stream': async (file, each) => {
    const { parseStream } = await load('@fast-csv/parse');
    let rows = 0;
    await new Promise<void>((resolve, reject) =>
      parseStream(createReadStream(file, { highWaterMark: CHUNK }), { ignoreEmpty: true })
        .on('data', (r: string[]) => {
          rows++;
          each?.(r);
        })
        .on('end', resolve)
        .on('error', reject),
    );
    return { rows };
  },
  'udsv chunks': async (file, each) => {
    const { inferSchema, initParser } = await load('udsv');
    let rows = 0;
    // biome-ignore lint/suspicious/noExplicitAny: untyped optional module
    let parser: any;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK, encoding: 'utf8' })) {
      parser ??= initParser(inferSchema(chunk as string));
      parser.chunk(chunk, parser.stringArrs, (row: string[]) => {
        rows++;
        each?.(row);
      });
    }
    parser.end();
    return { rows };
  },
  'd3-dsv csvParseRows': async (file, each) => {
    const { csvParseRows } = await load('d3-dsv');
    const rs: string[][] = csvParseRows(readFileSync(file, 'utf8'));
    for (const r of rs) each?.(r);
    return { rows: rs.length };
  },
};

/** Small files that real exports get wrong, to compare what each parser makes of them. */
export const MALFORMED: Record<string, string> = {
  'unclosed quote': 'a,b,c\n1,"2,3\n4,5,6\n',
  'quote inside a cell': 'a,b,c\n1,2"x,3\n4,5,6\n',
  'text after closing quote': 'a,b,c\n1,"2"x,3\n4,5,6\n',
  'ragged rows': 'a,b,c\n1,2\n1,2,3,4\n',
  'quoted newline': 'a,b,c\n1,"two\nlines",3\n4,5,6\n',
  'blank lines, CRLF': 'a,b,c\r\n\r\n1,2,3\r\n\r\n4,5,6\r\n',
  BOM: '\ufeffa,b,c\n1,2,3\n',
};

async function malformedTable(): Promise<string> {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'lc-malformed-'));
  const names = Object.keys(CANDIDATES).filter(
    (n) => n !== 'csv-parse sync arrays' && n !== 'papaparse string',
  );
  const lines = [`| input | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`];
  for (const [what, text] of Object.entries(MALFORMED)) {
    const file = join(dir, `${what.replace(/\W+/g, '-')}.csv`);
    writeFileSync(file, text);
    const cells: string[] = [];
    for (const name of names) {
      const out: string[] = [];
      try {
        await CANDIDATES[name](file, (r, line) =>
          out.push(`${line === undefined ? '' : `${line}:`}${JSON.stringify(r)}`),
        );
        cells.push(out.join(' ').replaceAll('|', '\\|'));
      } catch (e) {
        cells.push(
          `error: ${String((e as Error).message)
            .split('\n')[0]
            .slice(0, 80)}`,
        );
      }
    }
    lines.push(`| ${what} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('parsers.ts')) {
  if (process.argv[2] === '--malformed') {
    console.log(await malformedTable());
    process.exit(0);
  }
  const [file, only] = process.argv.slice(2);
  if (!file) {
    console.error(
      `usage: tsx scripts/bench/parsers.ts FILE [candidate]\ncandidates: ${Object.keys(CANDIDATES).join(', ')}`,
    );
    process.exit(2);
  }
  const { spawnSync } = await import('node:child_process');
  if (only) {
    const t = performance.now();
    const r = await CANDIDATES[only](file);
    const u = process.resourceUsage();
    console.log(
      JSON.stringify({
        ...r,
        wall: (performance.now() - t) / 1000,
        cpu: (u.userCPUTime + u.systemCPUTime) / 1e6,
        rssMb: Math.round(u.maxRSS / 1024),
      }),
    );
  } else {
    console.log(
      '| parser | rows | last line | parse wall s | cpu s | peak RSS MB |\n|---|---|---|---|---|---|',
    );
    for (const name of Object.keys(CANDIDATES)) {
      const runs = [1, 2, 3].map(() => {
        const c = spawnSync(process.execPath, [...process.execArgv, process.argv[1], file, name], {
          encoding: 'utf8',
        });
        if (c.status !== 0) return { error: c.stderr.split('\n').find((l) => l.trim()) ?? 'failed' };
        return JSON.parse(c.stdout.trim().split('\n').pop()!);
      });
      const ok = runs.filter((r) => !r.error);
      if (ok.length === 0) {
        console.log(`| ${name} | ${runs[0].error} | | | | |`);
        continue;
      }
      const med = (k: string) =>
        ok.map((r) => r[k] as number).sort((a, b) => a - b)[Math.floor(ok.length / 2)];
      console.log(
        `| ${name} | ${ok[0].rows} | ${ok[0].lastLine ?? '-'} | ${med('wall').toFixed(2)} | ${med('cpu').toFixed(2)} | ${med('rssMb')} |`,
      );
    }
  }
}
