// The coverage checks end to end: the built CLI with every reference flag at once, as a
// reviewer runs it before sending the catalog to the city department.
import { describe, expect, it } from 'vitest';
import { cli, cliJson } from '../cli/helpers.js';
import { F } from './helpers.js';

const ALL = [F.district, '--city', F.city, '--power-list', F.power, '--service-list', F.serviceCsv, '--subjects', F.subjects, '--baseline', F.baseline];
const COVERAGE_RULES = ['baseline-item-removed', 'city-fewer-items', 'city-item-missing', 'city-item-renamed', 'city-township-level', 'list-item-uncovered', 'subject-not-in-list'];

describe('catalog-check with --city, --power-list, --service-list, --subjects and --baseline', () => {
  it('reports every coverage finding, each naming its reference file and row, and exits 1', () => {
    const { code, report } = cliJson(ALL);
    expect(code).toBe(1);
    const coverage = report.findings.filter((f) => COVERAGE_RULES.includes(f.ruleId));
    expect(coverage.map((f) => [f.ruleId, f.row, f.column, f.message])).toEqual([
      ['baseline-item-removed', null, null, '上一版目录 fixtures/coverage/渝北区户籍管理标准目录（上一版）.xlsx 第5行的事项“户口登记/户口登记事项咨询”在本版中没有找到（事项数量应只增不减）'],
      ['city-fewer-items', null, null, '本目录有 5 个事项，少于市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 中户籍管理领域区县级、乡镇级的 6 个事项（事项数量应只增不减）'],
      ['city-item-missing', null, null, '市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 第6行的事项“户口登记/死亡注销户口”在本目录中没有找到'],
      ['list-item-uncovered', null, null, '公共服务事项清单 fixtures/coverage/渝北区公共服务事项清单.gbk.csv 第2行的事项“户籍证明出具”（行使层级：区县级、乡镇级）在本目录中没有对应的公开事项'],
      ['list-item-uncovered', null, null, '权责清单 fixtures/coverage/渝北区权责清单.xlsx 第6行的事项“户口登记项目变更更正”（行使层级：区县级、乡镇级）在本目录中没有对应的公开事项'],
      ['city-township-level', 4, 'N', '事项“户口登记/出生登记”在市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 第5行标为乡镇级，本目录没有勾选乡级'],
      ['city-item-renamed', 5, 'C', '事项“户口迁移/户口迁出办理”与市级目录 fixtures/coverage/重庆市户籍管理三级目录.xlsx 第7行的“户口迁移/户口迁出”名称不一致，是否就是该事项？'],
      ['subject-not-in-list', 6, 'G', '公开主体“区公安局”不在主体名单 fixtures/coverage/渝北区政务公开主体名单.xlsx 中，是否应为：“区公安分局”？'],
    ]);
    expect(coverage.map((f) => f.checkpoint)).toEqual([1, 1, 1, 2, 2, 1, 1, 4]);
    // 县级政府公安部门 (row 8) is reported once, as template text, not again as unlisted.
    expect(report.findings.filter((f) => f.row === 8 && f.column === 'G').map((f) => f.ruleId)).toEqual(['subject-placeholder']);
  });

  it('does not say any coverage check was skipped when every reference is given', () => {
    const run = cli([...ALL, '--no-color']);
    expect(run.stdout).not.toMatch(/未提供参考数据/);
    expect(run.stdout).toContain('第6行的事项“户口登记/死亡注销户口”');
  });

  it('says once which checks were skipped without reference data', () => {
    const run = cli([F.district, '--no-color']);
    expect(run.stdout.match(/未提供参考数据/g)).toHaveLength(1);
    for (const id of COVERAGE_RULES) expect(run.stdout).toContain(id);
  });

  it('speaks English with --lang en', () => {
    const { report } = cliJson([...ALL, '--lang', 'en']);
    const missing = report.findings.find((f) => f.ruleId === 'city-item-missing');
    expect(missing?.message).toBe('item "户口登记/死亡注销户口" of the city catalog fixtures/coverage/重庆市户籍管理三级目录.xlsx (row 6) is not in this catalog');
  });

  it('exits 2 with a clear message when a reference cannot be read', () => {
    const run = cli([F.district, '--power-list', 'fixtures/coverage/没有这个清单.xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('无法读取权责清单 fixtures/coverage/没有这个清单.xlsx');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it('exits 2 when a list has no recognisable header, pointing at listColumns', () => {
    const run = cli([F.district, '--service-list', F.city]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('listColumns');
  });
});
