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
  | 'symlink-loop'
  | 'no-catalog';

const MESSAGES: Record<InputErrorCode, Localized> = {
  'not-found': { zh: '文件不存在，请检查路径', en: 'file not found; check the path' },
  'no-permission': { zh: '没有读取权限，请检查文件权限或用有权限的账号运行', en: 'no permission to read the file; check its permissions' },
  'is-directory': { zh: '这是一个文件夹，不是文件', en: 'this is a folder, not a file' },
  'empty-file': { zh: '文件是空的（0 字节），请重新导出', en: 'the file is empty (0 bytes); export it again' },
  'file-too-large': { zh: '文件超过 {limit} 字节的上限，请拆分后再检查，或用 limits.maxFileBytes 调整上限', en: 'the file exceeds the {limit}-byte limit; split it, or raise limits.maxFileBytes' },
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
  'no-sheets': { zh: '工作簿中没有工作表', en: 'the workbook has no sheets' },
  'too-large-part': { zh: '工作簿中“{part}”解压后超过 {limit} 字节的上限（可能是压缩炸弹），已停止读取；如确需检查，请调整 limits.maxPartBytes', en: '"{part}" inflates past the {limit}-byte limit (possibly a zip bomb); reading stopped. Raise limits.maxPartBytes if it is genuine' },
  'too-large-total': { zh: '工作簿解压后超过 {limit} 字节的上限，已停止读取；如确需检查，请调整 limits.maxTotalBytes', en: 'the workbook inflates past the {limit}-byte limit; reading stopped. Raise limits.maxTotalBytes if it is genuine' },
  'too-many-cells': { zh: '非空单元格超过 {limit} 个的上限，已停止读取；请拆分文件，或调整 limits.maxCells', en: 'more than {limit} non-empty cells; reading stopped. Split the file, or raise limits.maxCells' },
  'cell-too-long': { zh: '单元格 {address} 的文字超过 {limit} 个字符的上限（Excel 单元格最多 32767 个字符），请检查该单元格', en: 'cell {address} holds more than {limit} characters (an Excel cell holds at most 32767); check that cell' },
  'csv-malformed': { zh: 'CSV 格式有误（第 {line} 行：{detail}），请用 Excel 或 WPS 打开后重新导出', en: 'malformed CSV (line {line}: {detail}); open it in Excel or WPS and export it again' },
  'no-catalog': { zh: '没有找到目录表格（{sheets}）：请确认表头含有“公开事项”“公开内容”“公开依据”等列名', en: 'no catalog table found ({sheets}); check that the header names columns such as 公开事项, 公开内容, 公开依据' },
  'symlink-loop': { zh: '符号链接形成循环，已跳过', en: 'symbolic links form a loop; skipped' },
};

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly data: Record<string, unknown> = {},
  ) {
    super(localize(MESSAGES[code], 'en', data));
    this.name = 'InputError';
  }

  describe(lang: Lang): string {
    return localize(MESSAGES[this.code], lang, this.data);
  }
}
