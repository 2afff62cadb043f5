// Messages of the guards on files plancheck opens and writes, in Chinese and English, kept together so they can move
// into the message catalogue as one block. Loaders have no language yet and use `en`; the CLI passes its --lang.
import type { Lang } from './format.js';

export interface Bilingual {
  zh: string;
  en: string;
}

export function say(lang: Lang, message: Bilingual): string {
  return message[lang];
}

/** Why a path cannot be read, from the error code of stat/open/read (or the kind of file found). */
export function readFailure(code: string | undefined, detail = ''): Bilingual {
  switch (code) {
    case 'ELOOP':
      return { zh: '符号链接形成循环', en: 'a symbolic link loop' };
    case 'DANGLING':
      return { zh: `符号链接指向不存在的文件${detail ? `（${detail}）` : ''}`, en: `a dangling symbolic link${detail ? ` (to ${detail}, which does not exist)` : ''}` };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有读取权限', en: 'permission denied' };
    case 'EISDIR':
      return { zh: '是文件夹而不是文件', en: 'a folder, not a file' };
    case 'ENOENT':
      return { zh: '文件不存在', en: 'no such file' };
    case 'FIFO':
      return { zh: '不是普通文件（命名管道 FIFO）', en: 'not a regular file (a FIFO)' };
    case 'DEVICE':
      return { zh: '不是普通文件（设备）', en: 'not a regular file (a device)' };
    case 'SOCKET':
      return { zh: '不是普通文件（套接字）', en: 'not a regular file (a socket)' };
    case 'TOO_LARGE':
      return { zh: `内容超过 ${detail}，停止读取`, en: `more than ${detail}; reading stopped` };
    case 'IDLE':
      return { zh: `${detail} 内没有读到任何内容，停止等待`, en: `nothing arrived within ${detail}; stopped waiting` };
    default:
      return { zh: `无法读取（${code ?? '未知错误'}）`, en: `cannot be read (${code ?? 'unknown error'})` };
  }
}

export const guardText = {
  unreadable: (file: string, why: Bilingual): Bilingual => ({ zh: `无法读取 ${file}：${why.zh}`, en: `cannot read ${file}: ${why.en}` }),
  cannotRead: (file: string, why: Bilingual, expected: Bilingual): Bilingual => ({
    zh: `无法读取 ${file}：${why.zh}；应为${expected.zh}`,
    en: `cannot read ${file}: ${why.en}; expected ${expected.en}`,
  }),
  ruleFileExpected: { zh: '可读的 YAML 规则文件', en: 'a readable YAML rule file' },
  dataFileExpected: { zh: '可读的 CSV 数据文件', en: 'a readable CSV data file' },
  resultsFileExpected: { zh: 'plancheck evaluate --format json 写出的结果文件', en: 'a results file written by plancheck evaluate --format json' },
  editorFileSkipped: (file: string): Bilingual => ({
    zh: `${file} 是编辑器的锁文件或备份文件，已跳过`,
    en: `${file} is an editor lock or backup file and is skipped`,
  }),
  notRegularInFolder: (file: string, why: Bilingual): Bilingual => ({
    zh: `${file} ${why.zh}，文件夹中的此类文件不读取；如确要读取，请直接写出它的路径`,
    en: `${file} is ${why.en}; such files in a folder are not read (name it on the command line to read it)`,
  }),
  splitTargetNotFolder: (dir: string): Bilingual => ({
    zh: `--split-by-lead ${dir} 已存在且不是文件夹；应为一个文件夹（不存在时会新建）`,
    en: `--split-by-lead ${dir} exists and is not a folder; expected a folder (created when missing)`,
  }),
  cannotCreateFolder: (dir: string, code: string): Bilingual => ({
    zh: `无法创建文件夹 ${dir}（${code}）；应为可写的路径`,
    en: `cannot create the folder ${dir} (${code}); expected a writable path`,
  }),
};

export const outputText = {
  isInput: (file: string, input: string): Bilingual => ({
    zh: `--output ${file} 与输入文件 ${input} 是同一个文件；plancheck 从不改写输入文件`,
    en: `--output ${file} is the same file as the input ${input}; plancheck never writes to its inputs`,
  }),
  isFolder: (file: string): Bilingual => ({
    zh: `--output ${file} 是文件夹；应为文件路径`,
    en: `--output ${file} is a folder; expected a file path`,
  }),
  readOnly: (file: string): Bilingual => ({
    zh: `--output ${file} 是只读文件，未改写；请先改变其权限或换一个文件名`,
    en: `--output ${file} is read-only and was left as it is; expected a writable file (change its mode or choose another name)`,
  }),
  dangling: (file: string): Bilingual => ({
    zh: `--output ${file} 是指向不存在文件的符号链接；应为普通文件路径`,
    en: `--output ${file} is a symbolic link to a file that does not exist; expected a plain file path`,
  }),
  cannotWrite: (file: string, code: string): Bilingual => ({
    zh: `无法写入 ${file}（${code}）；应为可写的路径`,
    en: `cannot write ${file}: ${code}; expected a writable path`,
  }),
};
