// Where one file's time goes, in one process: CPU ms to import the tool, read the workbook,
// build the model, run the rules and write the JSON report, and the peak RSS. Used by
// bench/run.mjs under its table; run it alone to see what a change does to one phase.
// --memory adds, after each phase, RSS / heap used / external MB and the peak RSS so far.
//   node bench/phases.mjs <file.xlsx> [--json] [--memory]
import { join } from 'node:path';

const root = new URL('../dist/', import.meta.url).pathname;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const out = {};
const memory = process.argv.includes('--memory');
const MB = (n) => Math.round(n / 1048576);
const lap = (k) => {
  const n = cpu();
  out[k] = Math.round(n - t);
  if (memory) {
    const m = process.memoryUsage();
    out[`${k}Mem`] = `${MB(m.rss)}/${MB(m.heapUsed)}/${MB(m.external)}/${Math.round(process.resourceUsage().maxRSS / 1024)}`;
  }
  t = cpu();
};
const { readWorkbook } = await import(join(root, 'src/read/index.js'));
const { buildCatalog } = await import(join(root, 'src/model/build.js'));
const { lintWorkbook } = await import(join(root, 'src/engine/engine.js'));
const { RULES } = await import(join(root, 'rules/index.js'));
const { enableRules } = await import(join(root, 'src/run/rules.js'));
const { jsonReporter } = await import(join(root, 'src/report/json.js'));
lap('import');
const file = process.argv[2];
let raw = readWorkbook(file);
lap('read');
const workbook = buildCatalog(raw);
raw = null; // as loadCatalog: the raw cells are not kept while the rules run
lap('build');
const findings = lintWorkbook(workbook, enableRules(RULES, {}, {}), { lang: 'zh', references: {} });
lap('lint');
jsonReporter({ files: [{ path: file, sheets: [], error: null, notes: [] }], findings, skippedForReferences: [], toolVersion: '0.0.0' }, { lang: 'zh', color: false, rules: RULES.map((r) => r.meta) });
lap('report');
out.findings = findings.length;
out.rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
if (process.argv.includes('--json')) console.log(JSON.stringify(out));
else console.log(Object.entries(out).map(([k, v]) => `${k} ${v}`).join(', '));
