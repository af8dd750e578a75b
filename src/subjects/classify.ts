// Classifies one body named in a 公开主体 cell: a district (区县) department, a township
// government or street office, a body of another tier, a non-government body, or template
// text. Checkpoint 4 of the self-check notice: the subject must be a 区县政府部门 or a
// 乡镇政府（街道办事处）, named as the district really calls it. Pure: no I/O, no model types.
import { foldText } from '../model/text.js';
import { EMPTY_CONTEXT, lowestTier, parsePlaceChain, type Place, type SubjectContext, type Tier } from './places.js';

export type BodyKind =
  | 'placeholder' // template text: 县级政府民政部门, 相关部门, XX局, 乡镇人民政府 …
  | 'district' // a department of the district/county: 区民政局, 区公安分局, XX派出所
  | 'township' // a township government or street office, or its offices: 镇人民政府, 各镇街
  | 'village' // a villagers' or residents' committee: self-governing, not a government body
  | 'city'
  | 'province'
  | 'central'
  | 'non-government' // companies, associations, applicants …
  | 'non-executive' // 人大, 政协, courts and procuratorates: state organs, not the government
  | 'institution' // schools, hospitals, libraries …: public institutions (事业单位)
  | 'unknown';

export type PlaceholderReason = 'tier' | 'xx' | 'related' | 'alternative' | 'generic' | 'others' | 'descriptor' | 'responsible';

export interface BodyClass {
  /** The body as written in the cell (whitespace removed). */
  text: string;
  kind: BodyKind;
  placeholder?: PlaceholderReason;
  /** The body named its tier collectively ("各镇街", "各乡镇人民政府（街道办事处）"). */
  collective?: boolean;
  /** A district body that works in the townships (a 派出所), so it can publish at township level. */
  servesTownship?: boolean;
}

// 各, 全区, 辖区, 属地, 所在地: "all of this district's …" or "the one where it happens".
const QUANTIFIER = /^(各|全区|全县|全旗|辖区内?|属地|所在地的?|本级|本区|本县)/;

const PLACEHOLDERS: [RegExp, PlaceholderReason][] = [
  [/(省|市|区|县|乡|镇|村|区县|乡镇|镇街|街道|县区|县市区)级/, 'tier'],
  [/[Xx×✕]{2,}|^[Xx×✕]|某|\*{2,}|○{2,}/, 'xx'],
  [/相关|有关|相应|对应的?/, 'related'],
  [/或/, 'alternative'],
  [/^负责|负责.+的/, 'responsible'],
  [/(部门|机关|机构|单位|职能科室)$/, 'generic'],
  [/等$/, 'others'],
  [/.所在/, 'descriptor'],
];

const NON_EXECUTIVE = /人民法院|法院|检察院|人大|政协/;
// "保险" alone is not here: 区社会保险事业管理局 is a district body.
const NON_GOVERNMENT = /公司|集团|有限|银行|协会|学会|商会|研究会|促进会|基金会|律师事务所|会计师事务所|招标人|代理机构|物业|开发商|个人|申请人|(?<!供销)合作社$/;
const INSTITUTION = /(学校|中学|小学|中心校|完小|幼儿园|学院|大学|医院|卫生院|卫生室|卫生服务中心|卫生服务站|诊所|图书馆|文化馆|博物馆|美术馆|纪念馆|科技馆|体育馆|养老院|敬老院|福利院|殡仪馆|少年宫)$/;
// "农村委" (区农业农村委) is not a 村委.
const VILLAGE = /(?<![农乡城])(村|居|社区)(民)?委员会$|(?<![农乡城])村委会?$|居委会?$|村民小组$|^(行政)?村$|^社区$|^村居$/;
const MINISTRY = /^(外交|国防|教育|科学技术|工业和信息化|公安|国家安全|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|住房城乡建设|交通运输|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理)部$|^(审计|海关)署$/;
const CENTRAL_PREFIX = /^(国务院|中共中央|中央|国家|中华人民共和国|全国)/;
// What a department's name ends with. Anything else without a place prefix is not recognised.
const ORG_SUFFIX = /(局|委|委员会|办|办公室|中心|所|站|队|处|政府|管委会|办事处|台|社|残联|妇联|工会|团委|科协|侨联|文联|工商联|红十字会)$/;
// A name broken by a line break leaves a bare head ("公安\n分局", "街道\n办事处").
const FRAGMENT_HEAD = /^(人民政府|政府|办事处|分局|局|委|委员会|中心|办公室|办|所)$/;

/** Text as classified: folded (full-width, traditional), no whitespace, no trailing punctuation. */
export function normaliseBody(text: string): string {
  return foldText(text).replace(/\s+/g, '').replace(/[。.,，;；:：、]+$/, '');
}

function placeholderReason(main: string): PlaceholderReason | undefined {
  for (const [re, reason] of PLACEHOLDERS) if (re.test(main)) return reason;
  return undefined;
}

/** Places named after a parent bureau: "重庆市公安局渝北区分局", "国家税务总局重庆市渝北区税务局". */
function placesAfterParent(rest: string, ctx: SubjectContext): Place[] {
  const found: Place[] = [];
  for (let i = 0; i < rest.length - 1; i++) {
    if (rest[i] === '局' || rest[i] === '厅') found.push(...parsePlaceChain(rest.slice(i + 1), ctx).places.filter((p) => !p.bare));
  }
  return found;
}

function tierKind(tier: Tier): BodyKind {
  return tier === 'county' ? 'district' : tier;
}

/** Classifies one body name. The context tells a county-level city's 市 from a real city. */
export function classifyBody(raw: string, ctx: SubjectContext = EMPTY_CONTEXT): BodyClass {
  const text = normaliseBody(raw);
  const out = (kind: BodyKind, extra: Partial<BodyClass> = {}): BodyClass => ({ text: raw.replace(/\s+/g, ''), kind, ...extra });
  // Brackets add detail ("各乡镇人民政府（街道办事处）", "区司法局（行政复议局）"); the name outside decides.
  let main = text.replace(/\([^()]*\)/g, '').replace(/[“”"']/g, '') || text.replace(/[()]/g, '');
  let collective = false;
  for (let m = QUANTIFIER.exec(main); m && m[0].length < main.length; m = QUANTIFIER.exec(main)) {
    main = main.slice(m[0].length);
    collective = true;
  }
  const collectiveFlag = collective ? { collective } : {};
  if (!main) return out('unknown');

  const reason = placeholderReason(main);
  if (reason) return out('placeholder', { placeholder: reason });
  if (NON_EXECUTIVE.test(main)) return out('non-executive');
  if (NON_GOVERNMENT.test(main)) return out('non-government');
  if (INSTITUTION.test(main)) return out('institution');

  const chain = parsePlaceChain(main, ctx);
  // 区县…, 乡镇… name the template's tier, not a body of this district; "各乡镇…" does.
  if (chain.generic && !collective) return out('placeholder', { placeholder: 'tier' });
  if (VILLAGE.test(chain.rest) || (chain.rest === '' && lowestTier(chain.places) === 'village')) return out('village');
  // A police station belongs to the district bureau even when named after its township.
  if (/派出所$/.test(main)) return out('district', { servesTownship: true });

  const places = [...chain.places, ...placesAfterParent(chain.rest, ctx)];
  const tier = lowestTier(places);
  if (tier === null) {
    if (CENTRAL_PREFIX.test(main) || MINISTRY.test(main)) return out('central');
    if (/厅$/.test(main)) return out('province');
    if (FRAGMENT_HEAD.test(main)) return out('unknown');
    return ORG_SUFFIX.test(main) ? out('district', collectiveFlag) : out('unknown');
  }
  // A bare tier word alone ("市", "区") is a fragment of a longer name, not a body; "各镇",
  // "各乡镇（街道）", "镇街", "街道办事处" and "渝北区" are bodies.
  const onlyBare = chain.rest === '' && places.every((p) => p.bare);
  if (onlyBare && !collective && !/^(镇街|街镇|乡镇街道|镇乡|街道|街道办事处)$/.test(main)) return out('unknown');
  return out(tierKind(tier), collectiveFlag);
}

/**
 * Classifies every body of a subject cell. Names broken by a line break inside the cell
 * ("公安\n分局", "街道\n办事处") are joined again when the joined name is recognised; with
 * the cell text given, only pieces that stood apart by whitespace alone are joined, so
 * "市、区县…" stays two pieces.
 */
export function classifyBodies(bodies: string[], ctx: SubjectContext = EMPTY_CONTEXT, cellText?: string): BodyClass[] {
  const out: BodyClass[] = [];
  const compact = cellText?.replace(/\s+/g, '');
  const joinable = (a: string, b: string) => compact === undefined || compact.includes(a.replace(/\s+/g, '') + b.replace(/\s+/g, ''));
  for (let i = 0; i < bodies.length; i++) {
    const cls = classifyBody(bodies[i], ctx);
    if (cls.kind === 'unknown' || FRAGMENT_HEAD.test(normaliseBody(bodies[i]))) {
      const prev = out[out.length - 1];
      if (prev && (prev.kind === 'unknown' || FRAGMENT_HEAD.test(normaliseBody(bodies[i]))) && joinable(prev.text, bodies[i])) {
        const joined = classifyBody(prev.text + bodies[i], ctx);
        if (joined.kind !== 'unknown') {
          out[out.length - 1] = joined;
          continue;
        }
      }
      if (cls.kind === 'unknown' && i + 1 < bodies.length && joinable(bodies[i], bodies[i + 1])) {
        const joined = classifyBody(bodies[i] + bodies[i + 1], ctx);
        if (joined.kind !== 'unknown') {
          out.push(joined);
          i++;
          continue;
        }
      }
    }
    out.push(cls);
  }
  return out;
}
