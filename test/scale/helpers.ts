// A small catalog repository in a temp folder, laid out as a CI checkout would be: districts
// in folders, a stray non-catalog file, an Office lock file. The CLI runs inside it, so paths
// in reports are relative, as users give them.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, tempDir, type JsonReport } from '../cli/helpers.js';

const SAMPLES = join(ROOT, 'fixtures/samples');

/** Repository path → sample file it is a copy of. */
export const REPO_FILES: Record<string, string> = {
  '渝北区/户籍管理.xlsx': '01_福建省泉州市洛江区_户籍管理.xlsx',
  '渝北区/社会救助.xlsx': '04_辽宁省营口市盖州市_社会救助.xlsx',
  '渝北区/社会救助-导出.csv': '03_天津市宝坻区_社会救助.gbk.csv',
  '江北区/安全生产.xlsx': '06_山东省枣庄市_安全生产.xlsx',
  '江北区/乡镇/三龙镇_救灾.xlsx': '08_江西省景德镇市浮梁县三龙镇_救灾.xlsx',
  'a-first.xlsx': '18_上海市青浦区_义务教育.xlsx',
  '北碚区/公共法律服务.xlsx': '12_广东省梅州市梅县区_公共法律服务.xlsx',
  '北碚区/卫生健康.xlsx': '16_内蒙古自治区锡林郭勒盟锡林浩特市_卫生健康.xlsx',
};

export function makeRepo(): string {
  const dir = tempDir('catalog-check-scale-');
  for (const [path, sample] of Object.entries(REPO_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    copyFileSync(join(SAMPLES, sample), join(dir, path));
  }
  writeFileSync(join(dir, '渝北区/说明.txt'), 'not a catalog');
  writeFileSync(join(dir, '渝北区/~$户籍管理.xlsx'), 'an Office lock file');
  return dir;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(cwd: string, args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runJson(cwd: string, args: string[], input?: string): { code: number | null; report: JsonReport; stderr: string } {
  const r = run(cwd, [...args, '--format', 'json'], input);
  try {
    return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** The `--debug` line that says how many files came from the cache and how the rest ran. */
export function runStats(stderr: string): { files: number; cached: number; linted: number; mode: string } | null {
  const m = /(\d+) 个文件：(\d+) 个来自缓存，(\d+) 个已检查（([^）]+)）|(\d+) file\(s\): (\d+) from the cache, (\d+) linted \(([^)]+)\)/.exec(stderr);
  if (!m) return null;
  const [files, cached, linted, mode] = m[1] ? [m[1], m[2], m[3], m[4]] : [m[5], m[6], m[7], m[8]];
  return { files: Number(files), cached: Number(cached), linted: Number(linted), mode };
}
