// Why an input could not be read, said once, in a line, with what to do about it.
import { localize, type Lang, type Localized } from '../i18n/index.js';

export type InputErrorCode =
  | 'not-found'
  | 'no-permission'
  | 'is-directory'
  | 'empty-file'
  | 'file-too-large'
  | 'unsupported-extension'
  | 'xls-format'
  | 'et-format'
  | 'ods-format'
  | 'numbers-format'
  | 'encrypted'
  | 'not-a-spreadsheet'
  | 'not-a-workbook'
  | 'corrupt-zip'
  | 'corrupt-xml'
  | 'no-sheets'
  | 'too-large-part'
  | 'too-large-total'
  | 'too-many-cells'
  | 'cell-too-long'
  | 'csv-malformed'
  | 'csv-field-too-long'
  | 'symlink-loop'
  | 'zip-size-mismatch'
  | 'xml-doctype'
  | 'cell-out-of-range'
  | 'not-a-file'
  | 'no-catalog';

const MESSAGES: Record<InputErrorCode, Localized> = {
  'not-found': { zh: '文件不存在，请检查路径', en: 'file not found; check the path' },
  'no-permission': { zh: '没有读取权限，请检查文件权限或用有权限的账号运行', en: 'no permission to read the file; check its permissions' },
  'is-directory': { zh: '这是一个文件夹，不是文件，请指定其中的 .xlsx 或 .csv 文件', en: 'this is a folder, not a file; name the .xlsx or .csv files in it' },
  'not-a-file': { zh: '这不是普通文件（设备、管道或套接字），请指定 .xlsx 或 .csv 文件', en: 'this is not a regular file (a device, pipe or socket); name an .xlsx or .csv file' },
  'empty-file': { zh: '文件是空的（0 字节），请重新导出', en: 'the file is empty (0 bytes); export it again' },
  'file-too-large': { zh: '文件超过 {limit} 的上限，请拆分后再检查，或用 limits.maxFileBytes 调整上限', en: 'the file exceeds the limit of {limit}; split it, or raise limits.maxFileBytes' },
  'unsupported-extension': { zh: '不支持的文件类型“{ext}”，请另存为 .xlsx 或 .csv', en: 'unsupported file type "{ext}"; save it as .xlsx or .csv' },
  'xls-format': { zh: '这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中另存为 .xlsx 后再检查', en: 'this is an old Excel (.xls) file; save it as .xlsx in Excel or WPS and check again' },
  'et-format': { zh: '这是 WPS 表格（.et）文件，请在 WPS 中另存为 .xlsx 后再检查', en: 'this is a WPS (.et) file; save it as .xlsx in WPS and check again' },
  'ods-format': { zh: '这是 OpenDocument（.ods）文件，请另存为 .xlsx 后再检查', en: 'this is an OpenDocument (.ods) file; save it as .xlsx and check again' },
  'numbers-format': { zh: '这是 Apple Numbers 文件，请导出为 .xlsx 后再检查', en: 'this is an Apple Numbers file; export it as .xlsx and check again' },
  'encrypted': { zh: '工作簿设置了打开密码，请取消密码后另存为 .xlsx 再检查', en: 'the workbook is password-protected; remove the password, save as .xlsx and check again' },
  'not-a-spreadsheet': { zh: '文件内容不是电子表格（扩展名是 {ext}），请确认文件没有损坏，或另存为 .xlsx', en: 'the content is not a spreadsheet (extension {ext}); check the file is intact, or save it as .xlsx' },
  'not-a-workbook': { zh: '压缩包中没有 Excel 工作簿内容，请用 Excel 或 WPS 另存为 .xlsx', en: 'the zip holds no Excel workbook; save it as .xlsx in Excel or WPS' },
  'corrupt-zip': { zh: '文件已损坏，无法解压（{detail}），请重新保存或重新下载', en: 'the file is damaged and cannot be unzipped ({detail}); save or download it again' },
  'corrupt-xml': { zh: '工作簿内容已损坏（{detail}），请在 Excel 或 WPS 中打开后重新保存', en: 'the workbook content is damaged ({detail}); open it in Excel or WPS and save it again' },
  'no-sheets': { zh: '工作簿中没有工作表，请确认选对了文件，或在 Excel 或 WPS 中重新导出', en: 'the workbook has no sheets; check it is the right file, or export it again from Excel or WPS' },
  'too-large-part': { zh: '工作簿中“{part}”解压后超过 {limit} 的上限（可能是压缩炸弹），已停止读取；如确需检查，请调整 limits.maxPartBytes', en: '"{part}" inflates past the limit of {limit} (possibly a zip bomb); reading stopped. Raise limits.maxPartBytes if it is genuine' },
  'too-large-total': { zh: '工作簿解压后超过 {limit} 的上限，已停止读取；如确需检查，请调整 limits.maxTotalBytes', en: 'the workbook inflates past the limit of {limit}; reading stopped. Raise limits.maxTotalBytes if it is genuine' },
  'too-many-cells': { zh: '非空单元格（合并单元格按覆盖的格数计）超过 {limit} 个的上限，已停止读取；请拆分文件，或调整 limits.maxCells', en: 'more than {limit} non-empty cells (a merged range counts every cell it covers); reading stopped. Split the file, or raise limits.maxCells' },
  'cell-too-long': { zh: '单元格 {address} 的文字超过 {limit} 个字符的上限（Excel 单元格最多 32767 个字符），请检查该单元格；确有需要可调整 limits.maxCellChars', en: 'cell {address} holds more than {limit} characters (an Excel cell holds at most 32767); check that cell, or raise limits.maxCellChars' },
  'csv-field-too-long': { zh: '从第 {line} 行开始的一个单元格超过 {limit} 个字符的上限，多半是该行少了一个引号，把后面的内容都并进了这个单元格；请检查该行的引号', en: 'a cell starting on line {line} holds more than {limit} characters: most likely a missing quote on that line swallowed what follows; check the quotes on that line' },
  'csv-malformed': { zh: 'CSV 格式有误（第 {line} 行：{detail}），请用 Excel 或 WPS 打开后重新导出', en: 'malformed CSV (line {line}: {detail}); open it in Excel or WPS and export it again' },
  'no-catalog': { zh: '没有找到目录表格（{sheets}）：请确认表头含有“公开事项”“公开内容”“公开依据”等列名', en: 'no catalog table found ({sheets}); check that the header names columns such as 公开事项, 公开内容, 公开依据' },
  'symlink-loop': { zh: '符号链接形成循环，无法读取，请把链接改为指向真实文件', en: 'symbolic links form a loop and cannot be read; point the link at the real file' },
  'zip-size-mismatch': { zh: '工作簿中“{part}”解压后的大小与文件记录的不符（文件损坏或是压缩炸弹），已停止读取；请在 Excel 或 WPS 中打开后重新保存', en: '"{part}" does not inflate to the size the file records (damaged, or a zip bomb); reading stopped. Open it in Excel or WPS and save it again' },
  'xml-doctype': { zh: '工作簿的“{part}”含有 DTD 声明（Excel 不会生成，可能用于实体注入攻击），已拒绝读取；请在 Excel 或 WPS 中打开后重新保存', en: '"{part}" holds a DTD declaration (Excel never writes one; it is how entity attacks work); refused. Open it in Excel or WPS and save it again' },
  'cell-out-of-range': { zh: '单元格 {address} 超出了 {rows} 行、{columns} 列的上限，已停止读取；请删除表格外的多余内容，或调整 limits.maxRows / limits.maxColumns', en: 'cell {address} lies beyond the limit of {rows} rows and {columns} columns; reading stopped. Delete what lies outside the table, or raise limits.maxRows / limits.maxColumns' },
};

export class InputError extends Error {
  readonly data: Record<string, unknown>;

  constructor(
    readonly code: InputErrorCode,
    data: Record<string, unknown> = {},
  ) {
    const clean = oneLineData(data);
    super(localize(MESSAGES[code], 'en', clean));
    this.data = clean;
    this.name = 'InputError';
  }

  describe(lang: Lang): string {
    return localize(MESSAGES[this.code], lang, this.data);
  }
}

/**
 * What a file puts into a message (part names, sheet names, parser details) is the file's
 * author's text: control characters could break the one-line message or drive the terminal,
 * and a long name could fill the screen. Replaced and capped here, once for every message.
 */
function oneLineData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') { out[key] = value; continue; }
    // eslint-disable-next-line no-control-regex
    const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
    out[key] = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  }
  return out;
}

/** 268435456 → "256 MiB": limits are stated the way the README states them. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (i < units.length - 1 && n >= 1024 && n % 1024 === 0) { n /= 1024; i++; }
  return `${n} ${units[i]}`;
}
