// SARIF 2.1.0 (CONTRACT.md): one run, every rule in tool.driver.rules, each result at the
// file (a relative, percent-encoded URI under %SRCROOT%) with region.startLine = the row and
// the cell as a logical location (Sheet1!G7). Inputs that could not be read and rules that
// crashed are tool execution notifications, and make the invocation unsuccessful.
// It validates with `sarif-multitool validate --rule-kind "Sarif;Ghas"` (docs/report-formats.md).
import * as crypto from 'node:crypto';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang } from '../i18n/index.js';
import type { Finding, RuleMeta, Severity } from '../engine/types.js';
import { ELEMENT_LABELS } from '../i18n/elements.js';
import type { LintResult, Reporter } from './types.js';
import { INFORMATION_URI, PACKAGE_NAME, ruleDocsUrl } from './docs-url.js';
import { describeWhere, referenceFlag, sentence } from './where.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Our own fingerprint key; the value does not depend on the row, so inserting rows keeps alerts. */
const FINGERPRINT_KEY = 'catalogCheck/v1';
const INTERNAL_ERROR = 'internal-error';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const CHECKPOINT_NAMES: Record<number, { zh: string; en: string }> = {
  1: { zh: '自查重点 1：市级目录覆盖度', en: 'self-check point 1: city catalog coverage' },
  2: { zh: '自查重点 2：政务服务事项清单覆盖度', en: 'self-check point 2: power/service list coverage' },
  3: { zh: '自查重点 3：要素完备度', en: 'self-check point 3: element completeness' },
  4: { zh: '自查重点 4：公开主体完备度', en: 'self-check point 4: publishing subject' },
};

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

/**
 * The path as given, as a URI reference: relative paths stay relative (to %SRCROOT%, the
 * directory the tool ran in), each segment percent-encoded (RFC 3986), so Chinese names
 * survive every consumer; absolute paths become file: URIs.
 */
export function artifactLocationFor(path: string): ArtifactLocation {
  const windows = /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
  const slashed = windows || process.platform === 'win32' ? path.replace(/\\/g, '/') : path;
  if (windows) return { uri: `file:///${slashed.split('/').map((s, i) => (i === 0 ? s : encodeURIComponent(s))).join('/')}` };
  if (isAbsolute(slashed)) return { uri: pathToFileURL(slashed).href };
  const segments = slashed.split('/').filter((s, i) => !(s === '.' && i === 0) && s !== '');
  return { uri: segments.map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s))).join('/'), uriBaseId: SRCROOT };
}

function pascalCase(id: string): string {
  return id.split(/[-_]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

/** Rule-level text has no finding to fill {placeholders} from; “…” stands in for them. */
function general(text: string): string {
  return text.replace(/\{\w+\}/g, '…');
}

function ruleDescriptor(meta: RuleMeta, lang: Lang, version: string) {
  const description = general(meta.description[lang]);
  const fix = general(meta.fix[lang]);
  const checkpoint = meta.checkpoint !== null ? CHECKPOINT_NAMES[meta.checkpoint][lang] : null;
  const element = meta.element ? ELEMENT_LABELS[meta.element][lang] : null;
  const url = ruleDocsUrl(meta.id, version);
  const zh = lang === 'zh';
  const facts = [checkpoint, element && (zh ? `要素：${element}` : `element: ${element}`)].filter(Boolean).join(zh ? '；' : '; ');
  const full = [sentence(description, lang), facts && sentence(facts, lang), sentence((zh ? '修改方法：' : 'How to fix: ') + fix, lang)].filter(Boolean).join(zh ? '' : ' ');
  const tags = ['catalog-check', ...(meta.checkpoint !== null ? [`checkpoint-${meta.checkpoint}`] : []), ...(meta.element ? [`element-${meta.element}`] : [])];
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: sentence(description, lang) },
    fullDescription: { text: full },
    help: {
      text: `${full}${zh ? '' : ' '}${zh ? '详见' : 'See'} ${url}`,
      markdown: [
        `**${description}**`,
        '',
        ...(facts ? [`${facts}`, ''] : []),
        `${zh ? '修改方法：' : 'How to fix: '}${fix}`,
        '',
        `[${zh ? '规则文档' : 'Rule documentation'}](${url})`,
      ].join('\n'),
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { checkpoint: meta.checkpoint, element: meta.element, tags },
  };
}

// crypto.hash (Node 20.12+) skips the Hash object: a third of the time for 60,000 short keys.
const sha256Hex: (text: string) => string = typeof crypto.hash === 'function'
  ? (text) => crypto.hash('sha256', text, 'hex')
  : (text) => crypto.createHash('sha256').update(text).digest('hex');

function fingerprint(f: Finding): string {
  const key = [f.ruleId, f.file, f.sheet ?? '', f.item ?? f.address ?? '', f.element ?? '', f.header ?? f.column ?? '', f.message].join('\u0000');
  return sha256Hex(key).slice(0, 32);
}

function resultText(f: Finding, lang: Lang): string {
  const zh = lang === 'zh';
  const where = describeWhere(f, lang);
  const parts = [sentence(f.message, lang), sentence((zh ? '位置：' : 'Where: ') + where, lang)];
  if (f.hint) parts.push(sentence((zh ? '修改：' : 'Fix: ') + f.hint, lang));
  return parts.join(zh ? '' : ' ');
}

export const sarifReporter: Reporter = (result: LintResult, context) => {
  const lang = context.lang;
  const zh = lang === 'zh';
  const version = result.toolVersion;
  const rules = context.rules;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const artifactIndex = new Map<string, number>();
  const artifacts = result.files.map((file, i) => {
    artifactIndex.set(file.path, i);
    const loc = artifactLocationFor(file.path);
    const type = /\.csv$/i.test(file.path) ? 'text/csv' : /\.xls[xm]$/i.test(file.path) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : undefined;
    return { location: loc, ...(type ? { mimeType: type } : {}), roles: ['analysisTarget'] };
  });
  // One location object per file, shared by its results: a file has ~55 of them.
  const locations = new Map<string, ArtifactLocation>();
  const locationOf = (path: string): ArtifactLocation => {
    let location = locations.get(path);
    if (!location) {
      const index = artifactIndex.get(path);
      location = { ...artifactLocationFor(path), ...(index !== undefined ? { index } : {}) };
      locations.set(path, location);
    }
    return location;
  };

  const executionNotifications: Record<string, unknown>[] = [];
  for (const file of result.files) {
    if (file.error) {
      executionNotifications.push({
        level: 'error',
        message: { text: sentence(`${zh ? '无法读取' : 'Cannot read'} ${file.path}${zh ? '：' : ': '}${file.error}`, lang) },
        locations: [{ physicalLocation: { artifactLocation: locationOf(file.path) } }],
      });
    }
    for (const note of file.notes) {
      executionNotifications.push({ level: 'note', message: { text: sentence(note, lang) }, locations: [{ physicalLocation: { artifactLocation: locationOf(file.path) } }] });
    }
  }

  const shown = context.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const seen = new Map<string, number>();
  const results: Record<string, unknown>[] = [];
  for (const f of shown) {
    const index = ruleIndex.get(f.ruleId);
    if (f.ruleId === INTERNAL_ERROR || index === undefined) {
      // A crashed rule is the tool's failure, not a finding about the catalog.
      executionNotifications.push({
        level: 'error',
        message: { text: sentence(f.message, lang) },
        locations: [{ physicalLocation: { artifactLocation: locationOf(f.file) } }],
      });
      continue;
    }
    const hash = fingerprint(f);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const physicalLocation: Record<string, unknown> = { artifactLocation: locationOf(f.file) };
    // A finding about a whole table or file has no row; GitHub accepts a result without a
    // region, but SARIF2017 asks for one, and line 1 is the usual “whole artifact” convention.
    physicalLocation.region = { startLine: f.row ?? 1 };
    const logical = f.address ?? f.sheet;
    results.push({
      ruleId: f.ruleId,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: resultText(f, lang) },
      locations: [{
        physicalLocation,
        ...(logical ? { logicalLocations: [{ name: f.address ? f.address.slice(f.address.lastIndexOf('!') + 1) : f.sheet, fullyQualifiedName: logical, kind: f.address ? 'element' : 'object' }] } : {}),
      }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
      properties: { checkpoint: f.checkpoint, element: f.element, sheet: f.sheet, column: f.column, header: f.header ?? null, item: f.item },
    });
  }

  const configurationNotifications = context.quiet ? [] : result.skippedForReferences.map((s) => ({
    level: 'note',
    message: { text: sentence(zh ? `未进行检查 ${s.ruleId}：未提供参考数据（${s.requires.map((r) => referenceFlag(r, lang)).join('、')}）` : `${s.ruleId} was not run: no reference data given (${s.requires.map((r) => referenceFlag(r, lang)).join(', ')})`, lang) },
    ...(ruleIndex.has(s.ruleId) ? { associatedRule: { id: s.ruleId, index: ruleIndex.get(s.ruleId) } } : {}),
  }));

  const failed = executionNotifications.some((n) => n.level === 'error');
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: PACKAGE_NAME,
          version,
          semanticVersion: version,
          informationUri: INFORMATION_URI,
          language: zh ? 'zh-CN' : 'en-US',
          rules: rules.map((r) => ruleDescriptor(r, lang, version)),
        },
      },
      invocations: [{
        executionSuccessful: !failed,
        ...(executionNotifications.length ? { toolExecutionNotifications: executionNotifications } : {}),
        ...(configurationNotifications.length ? { toolConfigurationNotifications: configurationNotifications } : {}),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(process.cwd()).href.replace(/\/?$/, '/') } },
      artifacts,
      results,
      language: zh ? 'zh-CN' : 'en-US',
      columnKind: 'unicodeCodePoints',
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
