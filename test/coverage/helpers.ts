// Reference data for the coverage tests, loaded the way the CLI loads it (src/coverage/load.ts).
import { loadReferences, type ReferenceOptions } from '../../src/coverage/load.js';
import type { References } from '../../src/coverage/types.js';
import type { Config } from '../../src/config/load.js';
import { DEFAULT_LIMITS } from '../../src/read/types.js';

export const DIR = 'fixtures/coverage';
export const F = {
  district: `${DIR}/渝北区户籍管理标准目录.xlsx`,
  city: `${DIR}/重庆市户籍管理三级目录.xlsx`,
  baseline: `${DIR}/渝北区户籍管理标准目录（上一版）.xlsx`,
  power: `${DIR}/渝北区权责清单.xlsx`,
  serviceCsv: `${DIR}/渝北区公共服务事项清单.gbk.csv`,
  subjects: `${DIR}/渝北区政务公开主体名单.xlsx`,
};

export function refs(options: ReferenceOptions, config: Config = {}): References {
  return loadReferences(options, config, null, 'zh', DEFAULT_LIMITS);
}
