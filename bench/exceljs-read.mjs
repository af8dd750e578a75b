// The reference row: exceljs readFile over the same files, visiting every cell and merge as
// bench/floor.mjs does. Prints "cells merges chars".
//   node bench/exceljs-read.mjs <file.xlsx | folder>...
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

function files(p) {
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).sort().flatMap((n) => files(join(p, n)));
}

const totals = { cells: 0, merges: 0, chars: 0 };
for (const arg of process.argv.slice(2)) {
  for (const f of files(arg)) {
    if (!f.endsWith('.xlsx')) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    wb.eachSheet((ws) => {
      totals.merges += Object.keys(ws._merges ?? {}).length;
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          totals.cells++;
          totals.chars += String(cell.text ?? '').length;
        });
      });
    });
  }
}
process.stdout.write(`${totals.cells} ${totals.merges} ${totals.chars}\n`);
