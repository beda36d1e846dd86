// An hours file of about `bytes` where nine rows in ten have an unbalanced quote (the shape of
// a file whose export quoted a cell and lost the closing quote): the worst case for error
// recovery in the CSV reader. Used by `npm run bench` and by its row-count test.
export function badRowsCsv(bytes: number): string {
  const lines = ['employee_id,date,start,end'];
  let size = lines[0].length + 1;
  for (let i = 0; size < bytes; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const line =
      i % 10 === 9 ? `E${i % 50},2025-07-${day},08:00,17:00` : `E${i % 50},2025-07-${day},08:00,"17:00`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}
