// The command line. Parses arguments, loads config and reference data, runs, reports,
// and maps the outcome to exit codes 0 / 1 / 2 (CONTRACT.md).
import { Command, CommanderError, Option } from 'commander';
import { runLintCommand, type LintCliOptions } from './lint-command.js';
import type { MergeCliOptions } from './merge-command.js';
// Commands other than lint are imported when run: a lint run does not load them.
import type { InitOptions } from './init-command.js';
import { runDiffCommand, FAIL_ON, type DiffCliOptions } from './diff-command.js';
import { TOOL_VERSION } from '../version.js';
import { injectFault } from '../read/index.js';

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('catalog-check');
  program
    .description('基层政务公开标准目录自查工具 / linter for government-affairs disclosure standard catalogs')
    .version(TOOL_VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError(false);

  const collect = (value: string, previous: string[] = []) => previous.concat(value);
  program
    .command('lint', { isDefault: true })
    .description('检查目录文件（文件、文件夹或通配符）/ lint catalogs')
    .argument('[paths...]', 'xlsx or csv files, folders, globs, or - for a list on stdin')
    .addOption(new Option('-f, --format <format>', 'text | json | sarif | html').default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'zh | en').choices(['zh', 'en']))
    .option('--no-color', 'no colour in text output')
    .option('-c, --config <file>', 'config file (default: catalog-check.config.json found upward)')
    .option('--rule <id=severity>', 'set a rule severity: off | info | warn | error (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', (v) => Number(v))
    .option('--quiet', 'report errors only')
    .option('--city <file...>', 'the city department catalog (市、区县、乡镇三级目录)')
    .option('--power-list <file...>', '权责清单')
    .option('--service-list <file...>', '公共服务事项清单')
    .option('--subjects <file>', "the district's departments, townships and streets")
    .option('--baseline <file>', 'the previous version of the catalog')
    .option('--debug', 'print stack traces for bug reports')
    .option('--annotate <out>', '批注副本：标色并加批注的工作簿（多个输入时为文件夹）/ write annotated copies (a folder for several inputs)')
    .option('--fix', '修正无需判断的问题，写到 -o 指定的副本并检查副本 / write fixed copies to -o and check those')
    .option('-j, --jobs <n>', '并行线程数（默认为 CPU 核数，1 为不开线程）/ worker threads (default: the number of cores; 1: none)')
    .option('--shard <i/n>', '只检查 n 份中的第 i 份，供 CI 分片；用 merge 合并报告 / check shard i of n (CI job matrix); see merge')
    .option('--cache', '跳过内容与设置都未改动的文件 / skip files whose content and settings are unchanged')
    .option('--cache-location <path>', '缓存文件或文件夹（默认 .catalog-check-cache）/ the cache file or folder')
    .action(async (paths: string[], opts: LintCliOptions) => {
      exitCode = await runLintCommand(paths, opts);
    });

  program
    .command('init')
    .description('生成空白标准目录模板 / write a blank catalog in the standard shape')
    .option('--domain <domain>', '领域，例如 户籍管理 / the domain, e.g. 户籍管理')
    .option('--level <level>', '区县 | 乡镇', '区县')
    .option('-o, --output <file>', '保存位置（默认：<领域>领域基层政务公开标准目录.xlsx）/ where to write it')
    .option('--rows <n>', '空白事项行数 / number of blank rows', '20')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .addOption(new Option('--lang <lang>', 'zh | en').choices(['zh', 'en']).default('zh'))
    .option('--debug', 'print stack traces for bug reports')
    .action(async (opts: InitOptions) => {
      const { runInitCommand } = await import('./init-command.js');
      exitCode = await runInitCommand(opts);
    });

  program
    .command('merge')
    .description('合并 --shard 分片的报告 / merge the reports of --shard runs into one')
    .argument('<reports...>', 'JSON or SARIF reports written by catalog-check --shard')
    .addOption(new Option('-f, --format <format>', 'json | sarif (default: that of the reports)').choices(['json', 'sarif']))
    .option('-o, --output <file>', 'write the merged report to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'zh | en').choices(['zh', 'en']))
    .option('--debug', 'print stack traces for bug reports')
    .action(async (reports: string[], opts: MergeCliOptions) => {
      // Loaded on demand: a lint run does not pay for the commands it does not use.
      const { runMergeCommand } = await import('./merge-command.js');
      exitCode = runMergeCommand(reports, opts);
    });

  program
    .command('rules')
    .description('列出全部规则 / list the rules')
    .addOption(new Option('-f, --format <format>', 'text | json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'zh | en').choices(['zh', 'en']).default('zh'))
    .option('--debug', 'print stack traces for bug reports')
    .action(async (opts: { format: string; lang: 'zh' | 'en' }) => {
      const { runRulesCommand } = await import('./rules-command.js');
      exitCode = runRulesCommand(opts);
    });

  program
    .command('dump')
    .description('显示读取到的目录结构 / print the catalog model the reader built')
    .argument('<file>')
    .addOption(new Option('-f, --format <format>', 'text | json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'zh | en').choices(['zh', 'en']).default('zh'))
    .option('--debug', 'print stack traces for bug reports')
    .action(async (file: string, opts: { format: string; lang: 'zh' | 'en' }) => {
      const { runDumpCommand } = await import('./dump-command.js');
      exitCode = runDumpCommand(file, opts);
    });

  program
    .command('diff')
    .description('对比目录的两个版本 / compare two versions of a catalog')
    .argument('<old>', 'the older version (xlsx or csv)')
    .argument('<new>', 'the newer version (xlsx or csv)')
    .addOption(new Option('-f, --format <format>', 'text | json | markdown | html').choices(['text', 'json', 'markdown', 'md', 'html']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'zh | en').choices(['zh', 'en']))
    .option('--no-color', 'no colour in text output')
    .addOption(new Option('--fail-on <what>', 'exit 1 when items were removed | changed (incl. removed, renamed) | any').choices([...FAIL_ON]))
    .option('--debug', 'print stack traces for bug reports')
    .action((oldPath: string, newPath: string, opts: DiffCliOptions) => {
      exitCode = runDiffCommand(oldPath, newPath, opts);
    });

  // Every command takes --debug; the test hook lets tests fail any command on purpose.
  program.hook('preAction', () => injectFault('command'));
  const debug = argv.includes('--debug');
  if (debug) process.env.CATALOG_CHECK_DEBUG = '1';
  guardProcess(debug);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every argument error is a failed run.
      return err.exitCode === 0 ? 0 : 2;
    }
    return reportCrash(err, debug);
  }
  return exitCode;
}

/**
 * Failures that escape the command's promise (an error event on a stream, a rejected promise
 * nobody awaited) would otherwise reach Node's default handler, which prints a stack trace.
 * A closed stdout (`catalog-check … | head`) is not a failure at all: the reader has seen enough.
 */
function guardProcess(debug: boolean): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exit(reportCrash(err, debug));
  });
  const crash = (err: unknown) => process.exit(reportCrash(err, debug));
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

/** The last line of defence: never a stack trace unless --debug asks for one. */
export function reportCrash(err: unknown, debug: boolean): number {
  if (debug) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  else process.stderr.write(`catalog-check: 内部错误 / internal error: ${oneLine((err as Error)?.message ?? String(err))}（加 --debug 查看详情 / run with --debug for details）\n`);
  return 2;
}

/** An error message can quote input (a path, a parser's excerpt): one line, no control characters. */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').slice(0, 500);
}
