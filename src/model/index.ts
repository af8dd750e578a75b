// The model's public face: load a file into a CatalogWorkbook.
import { readWorkbook, DEFAULT_LIMITS, type ReadLimits } from '../read/index.js';
import { buildCatalog } from './build.js';
import type { CatalogWorkbook } from './types.js';

export * from './types.js';
export { buildCatalog } from './build.js';

export function loadCatalog(path: string, limits: ReadLimits = DEFAULT_LIMITS): CatalogWorkbook {
  return buildCatalog(readWorkbook(path, limits));
}
