import { describe, expect, it } from 'vitest';
import { listItemUncovered } from './list-item-uncovered.js';
import { runRule } from '../test/helpers/rule-harness.js';
import { F, refs } from '../test/coverage/helpers.js';

describe('list-item-uncovered', () => {
  it('reports a power list item (xlsx, two-row header, merged 主项) that no catalog item reflects', () => {
    const findings = runRule(listItemUncovered, F.district, { references: refs({ powerList: [F.power] }) });
    expect(findings.map((f) => f.message)).toEqual([
      '权责清单 fixtures/coverage/渝北区权责清单.xlsx 第6行的事项“户口登记项目变更更正”（行使层级：区县级、乡镇级）在本目录中没有对应的公开事项',
    ]);
    expect(findings[0]).toMatchObject({ severity: 'error', checkpoint: 2, row: null });
  });

  it('reports a service list item read from a GB18030 CSV, at its physical line', () => {
    const findings = runRule(listItemUncovered, F.district, { references: refs({ serviceList: [F.serviceCsv] }) });
    expect(findings.map((f) => f.message)).toEqual([
      '公共服务事项清单 fixtures/coverage/渝北区公共服务事项清单.gbk.csv 第2行的事项“户籍证明出具”（行使层级：区县级、乡镇级）在本目录中没有对应的公开事项',
    ]);
  });

  it('does not require a list item exercised at city level only', () => {
    const all = [F.power, F.serviceCsv].flatMap((file) => runRule(listItemUncovered, F.district, { references: refs({ powerList: [file] }) }));
    const text = all.map((f) => f.message).join('\n');
    expect(text).not.toContain('非本市户籍人员入户主城区审批'); // 权责清单, 市级
    expect(text).not.toContain('户籍业务跨省通办政策解读'); // 服务清单, 市级
  });

  it('counts an item reflected by name (户口迁移审批, 居民身份证核发) or by content (户口簿换领补领)', () => {
    const text = runRule(listItemUncovered, F.district, { references: refs({ powerList: [F.power], serviceList: [F.serviceCsv] }) }).map((f) => f.message).join('\n');
    for (const covered of ['户口迁移审批', '居民身份证核发', '居住证办理', '户口簿换领补领']) expect(text).not.toContain(covered);
  });

  it('leaves out rows of other domains and rows the department alone cannot place', () => {
    const text = runRule(listItemUncovered, F.district, { references: refs({ powerList: [F.power], serviceList: [F.serviceCsv] }) }).map((f) => f.message).join('\n');
    expect(text).not.toContain('养老机构设立许可'); // 区民政局: 养老服务
    expect(text).not.toContain('最低生活保障'); // 所属领域 社会救助
    expect(text).not.toContain('出租房屋'); // 区公安分局, but no 户籍 word: not this domain
  });

  it('attaches every row of a file to the domain listDomains gives it', () => {
    const references = refs({ powerList: [F.power] }, { listDomains: { 户籍管理: [F.power] } });
    const text = runRule(listItemUncovered, F.district, { references }).map((f) => f.message).join('\n');
    expect(text).toContain('出租房屋');
    expect(text).toContain('养老机构设立许可');
  });
});
