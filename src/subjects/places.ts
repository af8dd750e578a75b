// Administrative place names at the start of a body's name ("重庆市渝北区…", "区…", "XX镇…")
// and the tier each stands for. There is no gazetteer: a place is a short run of characters
// before a tier word, with guards so that department words ("住房和城乡建设", "农业农村")
// are never read as places.

export type Tier = 'central' | 'province' | 'city' | 'county' | 'township' | 'village';

export const TIER_ORDER: Record<Tier, number> = { central: 0, province: 1, city: 2, county: 3, township: 4, village: 5 };

export interface Place {
  text: string;
  tier: Tier;
  /** A bare tier word ("区", "镇街") rather than a named place ("渝北区"). */
  bare: boolean;
}

/** What the catalog says about where it belongs, so "市民政局" can be read in context. */
export interface SubjectContext {
  /** Places named in the file name, title or level headers, with their tier there. */
  places: Map<string, Tier>;
  /** The catalog is a county-level city's (东阳市, 盖州市): a bare 市 prefix is the county tier. */
  countyLevelCity: boolean;
  /** The catalog's own county-tier place ("渝北区", "华容县"), when its names say so. */
  localCounty?: string;
}

export const EMPTY_CONTEXT: SubjectContext = { places: new Map(), countyLevelCity: false };

// Municipalities directly under the central government: their 市 is never a county tier.
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

// Tier words after a place name, longest first within each alternative position.
const TIER_WORDS =
  '特别行政区|自治区|自治州|自治县|自治旗|经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|新区|林区|矿区|社区|街道|苏木|省|市|州|盟|地区|区|县|旗|镇|乡|村';
const NAMED = new RegExp(`^([\\u4e00-\\u9fff]{2,8}?)(${TIER_WORDS})`);

// Characters and words that never occur in a place name but do in department names; a
// candidate that holds one is a department, not a place ("农业农村" is not a 村).
const NOT_PLACE =
  /[局委办厅部处所院站队府]|中心|人民|管理|服务|建设|发展|资源|城乡|乡村|卫生|健康|社会|保障|保险|应急|公安|民政|财政|司法|教育|文化|旅游|农业|农村|交通|水利|生态|环境|市场|规划|住房|人力|执法|商务|经济|信息|科技|统计|审计|税务|医疗|退役|林业|体育|能源|机关|事务|政务|公共|综合|行政|监督|审批|城市|乡镇|街道|扶贫|振兴|救助|法律|援助|公开/;

// A bare tier word at the start ("区公安分局", "镇人民政府", "各镇街"), with the words it must
// not begin ("市场监管局" has no 市 prefix, "乡村振兴局" no 乡 prefix).
const BARE: [RegExp, Tier | 'generic-county' | 'generic-township'][] = [
  [/^(区县|县区|县市区|县\(市、区\)|区\(县\))/, 'generic-county'],
  [/^乡镇(?!街道)/, 'generic-township'],
  [/^(乡镇街道|镇街|街镇|镇乡|街道办事处|街道)/, 'township'],
  [/^省/, 'province'],
  [/^市(?![场場]|政(?!府)|容|民(?!政))/, 'city'],
  [/^区(?!域)/, 'county'],
  [/^县(?!城)/, 'county'],
  [/^旗/, 'county'],
  [/^镇/, 'township'],
  [/^乡(?!村)/, 'township'],
  [/^村/, 'village'],
];

function tierOfTierWord(word: string, name: string, ctx: SubjectContext): Tier {
  const full = name + word;
  const known = ctx.places.get(full);
  if (known) return known;
  if (/^(特别行政区|自治区|省)$/.test(word)) return 'province';
  if (/^(自治州|州|盟|地区)$/.test(word)) return 'city';
  if (word === '市') return MUNICIPALITIES.has(full) ? 'city' : 'county'; // a county-level city is assumed
  if (/^(镇|乡|苏木|街道)$/.test(word)) return 'township';
  if (/^(社区|村)$/.test(word)) return 'village';
  return 'county';
}

/** A named place at the start of text ("渝北区", "荷花镇"), or null. */
export function namedPlaceAt(text: string, ctx: SubjectContext = EMPTY_CONTEXT): Place | null {
  const m = NAMED.exec(text);
  if (!m || NOT_PLACE.test(m[1])) return null;
  // "城乡" ends with a tier character but is never a place; neither is a name ending in 城.
  if (m[2] === '乡' && m[1].endsWith('城')) return null;
  return { text: m[0], tier: tierOfTierWord(m[2], m[1], ctx), bare: false };
}

export interface PlaceChain {
  places: Place[];
  /** The bare tier word named the tier generically: 区县…, 乡镇… (template wording). */
  generic?: 'county' | 'township';
  rest: string;
}

/** Reads the run of places at the start of a body name: "重庆市渝北区民政局" → 重庆市, 渝北区 | 民政局. */
export function parsePlaceChain(text: string, ctx: SubjectContext = EMPTY_CONTEXT): PlaceChain {
  const places: Place[] = [];
  let rest = text;
  let generic: PlaceChain['generic'];
  for (let guard = 0; guard < 6 && rest; guard++) {
    // 区 and 县 never begin a place name, so they are read bare first ("区乡村振兴局" has no
    // place "区乡"); 镇, 乡 and 市 do ("镇江市", "乡城县", "市中区"), so names come first for them.
    const early = /^(区(?!域)|县(?!城)|旗)/.exec(rest);
    const named = early ? null : namedPlaceAt(rest, ctx);
    if (named) {
      places.push(named);
      rest = rest.slice(named.text.length);
      continue;
    }
    const bare = BARE.find(([re]) => re.test(rest));
    if (!bare) break;
    const word = bare[0].exec(rest)![0];
    let tier: Tier;
    if (bare[1] === 'generic-county') { generic ??= 'county'; tier = 'county'; }
    else if (bare[1] === 'generic-township') { generic ??= 'township'; tier = 'township'; }
    else tier = bare[1] === 'city' && ctx.countyLevelCity ? 'county' : bare[1];
    places.push({ text: word, tier, bare: true });
    rest = rest.slice(word.length);
  }
  return { places, ...(generic ? { generic } : {}), rest };
}

/** The lowest (most local) tier among places, or null when there are none. */
export function lowestTier(places: Place[]): Tier | null {
  let best: Tier | null = null;
  for (const p of places) if (best === null || TIER_ORDER[p.tier] > TIER_ORDER[best]) best = p.tier;
  return best;
}

/**
 * What a catalog's file name, title, sheet name and level headers say about its jurisdiction.
 * In a run of places ("辽宁省营口市盖州市", "云南省保山市腾冲市荷花镇") the last is the catalog's
 * own: a township's parent is its county, a county's parents are city and province.
 */
export function inferContext(texts: (string | undefined)[], levelLabels: string[] = []): SubjectContext {
  const places = new Map<string, Tier>();
  let countyLevelCity = false;
  let localCounty: string | undefined;
  for (const raw of texts) {
    if (!raw) continue;
    const text = raw.normalize('NFKC').replace(/\s+/g, '');
    for (let i = 0; i < text.length; i++) {
      const chain: Place[] = [];
      let rest = text.slice(i);
      for (let p = namedPlaceAt(rest); p; p = namedPlaceAt(rest)) {
        chain.push(p);
        rest = rest.slice(p.text.length);
      }
      if (chain.length === 0) continue;
      const last = chain[chain.length - 1];
      const townshipOwn = last.tier === 'township' || last.tier === 'village';
      for (let k = chain.length - 1; k >= 0; k--) {
        const p = chain[k];
        let tier = p.tier;
        if (k === chain.length - 1 && p.text.endsWith('市') && !MUNICIPALITIES.has(p.text)) {
          tier = 'county';
          countyLevelCity = true;
        } else if (townshipOwn && k === chain.length - 2) {
          tier = 'county'; // the county a township belongs to, even when it is a 市
        } else if (k < chain.length - 1 && p.text.endsWith('市')) {
          tier = 'city';
        }
        if (!places.has(p.text)) places.set(p.text, tier);
        if (tier === 'county') localCounty ??= p.text;
      }
      i += text.length - i - rest.length - 1; // skip past the chain just read
    }
  }
  // A level header named after a city ("东阳市级") is the catalog's own tier: a county-level city.
  for (const label of levelLabels) {
    const m = /^([\u4e00-\u9fff]{2,6}市)级$/.exec(label.replace(/\s+/g, ''));
    if (m && !MUNICIPALITIES.has(m[1])) {
      places.set(m[1], 'county');
      countyLevelCity = true;
      localCounty ??= m[1];
    }
  }
  return { places, countyLevelCity, ...(localCounty ? { localCounty } : {}) };
}
