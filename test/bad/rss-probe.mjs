// Loaded with `node --import` into a CLI run: on exit, writes the process's peak resident set
// size (KiB, worker threads included) to the file named by CATALOG_CHECK_RSS_OUT.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const out = process.env.CATALOG_CHECK_RSS_OUT;
  if (out) writeFileSync(out, String(process.resourceUsage().maxRSS));
});
