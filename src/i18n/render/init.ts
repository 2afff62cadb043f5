// The text of 使用说明.txt, which `plancheck init` writes into a county's working folder: the year's five steps for
// someone who has not used a terminal before, and a line pointing readers of the other language to --lang.
import type { Catalogue } from '../catalogue.js';

export const INIT_TEXTS = {
  steps: {
    zh: (p) =>
      [
        `plancheck 使用说明（${p.year}年度监测）`,
        '',
        '本文件夹是一个县的规划目标监测工作文件夹。每年按下面五步做：',
        '',
        '第一步  填表',
        `  data 文件夹里每个牵头单位一张表（共 ${p.sheets} 张），用 Excel 打开，在“数值”一列填${p.year}年的数。`,
        '  每行一个数；不知道的留空（结果会显示“无数据”，不会算作达标）。定性目标填“达标”“部分达标”或“未达标”。',
        '  保存时选“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”，文件名不要改。',
        ...(p.lists
          ? [
              `  先核对 data 里的 ${String(p.lists).split('\n').join('、')}：改成本县实际的乡镇（街道）、村（社区）名称，每行一个，`,
              `  然后运行 plancheck template --split-by-lead -o data --year ${p.year} 按新名单重新生成各单位的表。`,
            ]
          : []),
        '',
        '第二步  检查',
        '  在本文件夹打开命令行窗口（Windows：在文件夹地址栏输入 cmd 后回车），输入：',
        '    plancheck validate',
        '  它会列出每个填写问题：哪个文件、第几行、填了什么、应当填什么。改好后再运行一次，直到“错误 0 个”。',
        '',
        '第三步  评估',
        '    plancheck evaluate',
        '  屏幕上列出每个目标的状态：达标 / 预警 / 未达标 / 无数据 / 待评估。想知道某一条为什么是这个结果：',
        '    plancheck explain W-HEALTH-4b',
        `  保存给 Excel 打开的结果：plancheck evaluate --format csv -o ${p.year}年监测结果.csv`,
        '',
        '第四步  报告',
        `    plancheck report -o ${p.year}年监测报告.html`,
        '  生成可以打印或发送的报告（需要 plancheck 的 report 命令）。',
        '',
        '第五步  对比',
        `    plancheck diff --from ${Number(p.year) - 1} --to ${p.year}`,
        '  列出与上一年相比变差和好转的目标。',
        '',
        `明年（${Number(p.year) + 1}年）：运行 plancheck template --split-by-lead -o data --year ${Number(p.year) + 1} 生成新表，再从第一步开始。`,
        '每个命令都可以加 --help 查看说明和示例，例如 plancheck evaluate --help。',
      ].join('\r\n'),
    en: (p) =>
      [
        `plancheck instructions (monitoring of ${p.year})`,
        '',
        "This folder is a county's working folder for monitoring the plan targets. Every year, take these five steps:",
        '',
        'Step 1  Fill in the sheets',
        `  The data folder has one sheet per lead unit (${p.sheets} in all). Open each in Excel and fill in the ${p.year} figures in the value column.`,
        '  One figure a row; leave a figure you do not know empty (the result shows no-data, never pass). For qualitative goals write met, partial or not_met.',
        '  Save as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)", without renaming the file.',
        ...(p.lists
          ? [
              `  First check ${String(p.lists).split('\n').join(', ')} in data: change them to the county's own townships (subdistricts) and villages (communities), one a line,`,
              `  then run plancheck template --split-by-lead -o data --year ${p.year} to write each unit's sheet from the new lists.`,
            ]
          : []),
        '',
        'Step 2  Check',
        '  Open a command window in this folder (Windows: type cmd in the folder\'s address bar and press Enter) and type:',
        '    plancheck validate',
        '  It lists every problem: which file, which line, what was written and what is expected. Correct them and run it again until it reports 0 errors.',
        '',
        'Step 3  Evaluate',
        '    plancheck evaluate',
        '  The screen lists the status of every target: pass / at-risk / fail / no-data / not-assessed. To see why a target has its status:',
        '    plancheck explain W-HEALTH-4b',
        `  To save the results for Excel: plancheck evaluate --format csv -o results-${p.year}.csv`,
        '',
        'Step 4  Report',
        `    plancheck report -o report-${p.year}.html`,
        '  writes a report to print or send.',
        '',
        'Step 5  Compare',
        `    plancheck diff --from ${Number(p.year) - 1} --to ${p.year}`,
        '  lists the targets that got worse or better since the year before.',
        '',
        `Next year (${Number(p.year) + 1}): run plancheck template --split-by-lead -o data --year ${Number(p.year) + 1} for new sheets, then start again at step 1.`,
        'Every command takes --help for its options and examples, e.g. plancheck evaluate --help.',
      ].join('\r\n'),
  },
  // Closes the file, in the other language than the steps.
  pointer: {
    zh: '中文：在 data 文件夹中填好各单位的表，然后在本文件夹运行 plancheck validate、plancheck evaluate、\r\nplancheck report 和 plancheck diff。加 --lang zh 得到中文输出。',
    en: 'English: fill the sheets in data/ (one per lead unit), then run plancheck validate, plancheck evaluate,\r\nplancheck report and plancheck diff in this folder. Add --lang en for English output.',
  },
} satisfies Catalogue;
