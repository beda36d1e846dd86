// The bench's DuckDB baseline: per employee-day hours summed from the hours file, days over
// eight hours kept (GROUP BY ... HAVING h > 8), the closest one-query relative of the
// daily-hours rules. Prints the number of such days. DuckDB uses every core it is given.
// Usage: node scripts/bench/duckdb.mjs HOURS.csv
import { DuckDBInstance } from '@duckdb/node-api';

const [hours] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const path = hours.replaceAll("'", "''");
const reader = await c.runAndReadAll(`
  SELECT count(*) AS days FROM (
    SELECT employee_id, date,
           sum(date_diff('minute', CAST("start" AS TIME), CAST("end" AS TIME))) / 60.0 AS h
    FROM read_csv('${path}', header = true, all_varchar = true)
    GROUP BY employee_id, date
    HAVING h > 8
  )`);
process.stdout.write(`${JSON.stringify({ days_over_8h: Number(reader.getRows()[0][0]) })}\n`);
