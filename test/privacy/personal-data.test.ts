// Resident ID numbers (GB 11643-1999 check character) and mainland mobile numbers in cell text.
import { describe, expect, it } from 'vitest';
import { findPersonalData, isResidentId, maskMobile, maskResidentId, residentIdCheckChar } from '../../src/privacy/personal-data.js';

const today = new Date(Date.UTC(2026, 0, 1));
const found = (text: string) => findPersonalData(text, today).map((h) => `${h.kind}:${h.masked}`);

describe('resident ID check character', () => {
  it('computes the GB 11643 check character, X for 10', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('51010419900101123')).toBe('0');
    expect(residentIdCheckChar('50011219850615432')).toBe('9');
  });

  it('accepts a valid ID and refuses a wrong check character, date or province code', () => {
    expect(isResidentId('11010519491231002X', today)).toBe(true);
    expect(isResidentId('11010519491231002x', today)).toBe(true);
    expect(isResidentId('510104199001011230', today)).toBe(true);
    expect(isResidentId('510104199001011231', today)).toBe(false); // check character off by one
    expect(isResidentId('510104199002301239', today)).toBe(false); // 30 February
    const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
    expect(isResidentId(withCheck('51010420300101123'), today)).toBe(false); // born in 2030
    expect(isResidentId(withCheck('00010419900101123'), today)).toBe(false); // no province 00
  });

  it('masks all but the first and last four characters', () => {
    expect(maskResidentId('510104199001011230')).toBe('5101**********1230');
    expect(maskMobile('13812345678')).toBe('138****5678');
  });
});

describe('findPersonalData', () => {
  it('finds IDs and mobile numbers inside text, in order', () => {
    expect(found('供养对象：李四（11010519491231002X），监护人电话+86 13700001111')).toEqual(['residentId:1101**********002X', 'mobile:137****1111']);
    expect(found('经办人手机：139-2345-6789')).toEqual(['mobile:139****6789']);
    expect(found('联系人 158 2345 6789')).toEqual(['mobile:158****6789']);
    expect(found('13812345678')).toEqual(['mobile:138****5678']);
  });

  it('leaves alone numbers that are not personal data', () => {
    for (const text of [
      '510104199001011231', // wrong check character
      '咨询电话：023-67812345',
      '12345政务服务热线',
      '批次编号138123456781', // a mobile-shaped run inside a longer one
      '2020年度保障资金13500000000元',
      '第13812345678号',
      '渝民发〔2020〕13号',
      '统一社会信用代码11500112009315877L',
      '2020-10-30 09:00',
      '20201030',
      '12812345678', // 12 is no mobile prefix
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});
