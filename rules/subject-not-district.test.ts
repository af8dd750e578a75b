import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFixture, runRule } from '../test/helpers/rule-harness.js';
import { subjectNotDistrict } from './subject-not-district.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/rules/subject-not-district/${name}`, import.meta.url));

describe('subject-not-district', () => {
  it('reports city, provincial and central bodies, companies, associations, courts, schools, hospitals and village committees', () => {
    const findings = expectFixture(subjectNotDistrict, fixture('invalid.xlsx'));
    expect(findings.every((f) => f.severity === 'error' && f.checkpoint === 4 && f.element === 'subject')).toBe(true);
    // In a cell with several bodies only the offending one is named.
    expect(findings.find((f) => f.row === 11)!.message).toContain('“重庆市公安局”');
  });

  it('accepts district departments, townships and streets, and leaves template text to subject-placeholder', () => {
    expectFixture(subjectNotDistrict, fixture('valid.xlsx'));
  });

  it('reads 市司法局 as the county tier in a county-level city (level header 东阳市级)', () => {
    expectFixture(subjectNotDistrict, fixture('valid-county-level-city.xlsx'));
  });

  it('accepts schools and hospitals with allowInstitutions, and named bodies with accept', () => {
    const rows = (options: Record<string, unknown>) => runRule(subjectNotDistrict, fixture('invalid.xlsx'), { options }).map((f) => f.row);
    expect(rows({ allowInstitutions: true })).not.toContain(12);
    expect(rows({ allowInstitutions: true })).not.toContain(15);
    expect(rows({ accept: ['区慈善协会', '区人民法院'] })).toEqual([4, 6, 7, 8, 9, 11, 12, 13, 15]);
  });

  it('words its messages in English with --lang en', () => {
    const [first] = runRule(subjectNotDistrict, fixture('invalid.xlsx'), { lang: 'en' });
    expect(first.message).toBe('"重庆市民政局" is a city-level body; a district catalog names district departments or township governments (street offices)');
  });
});
