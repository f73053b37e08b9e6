import { readReport } from '#src/lib/import/read-report.ts';
for (const f of process.argv.slice(2)) {
  console.log('=====', f);
  for (const b of await readReport(f)) console.log(JSON.stringify(b).slice(0, 200));
}
