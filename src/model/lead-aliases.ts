// The short names staff use for the lead units (卫健局 for 自治县卫生健康局): one list every command's --lead reads.

/** Short name → the unit's full name as the plans write it. Substrings of a full name (民政局) match without an entry. */
export const LEAD_ALIASES: Readonly<Record<string, string>> = {
  卫健局: '自治县卫生健康局',
  卫生局: '自治县卫生健康局',
  卫健委: '自治县卫生健康局',
  教科局: '自治县教育科技局',
  教育局: '自治县教育科技局',
  人社局: '自治县人力资源社会保障局',
  文体旅局: '自治县文体广电旅游局',
  文广旅局: '自治县文体广电旅游局',
  农业局: '自治县农业农村局',
  农农局: '自治县农业农村局',
  法院: '自治县人民法院',
  检察院: '自治县人民检察院',
  组织部: '自治县委组织部',
  宣传部: '自治县委宣传部',
  政法委: '自治县委政法委',
  生态环境局: '市生态环境局威宁分局',
  环保局: '市生态环境局威宁分局',
  市场监管局: '自治县市场监管局',
  医保局: '自治县医疗保障局',
  工会: '自治县总工会',
  住建局: '自治县住房城乡建设局',
  振兴局: '自治县乡村振兴局',
  发改局: '自治县发展改革局',
  团县委: '共青团自治县委',
  应急局: '自治县应急管理局',
  人大: '自治县人大办',
  政协: '自治县政协办',
  自然资源局: '自治县自然资源局',
  移民局: '自治县生态移民局',
  民宗局: '自治县民宗局',
  工信局: '自治县工业和信息化局',
};

/** Does the lead unit `unit` answer to the name given on the command line (full name, short name or part of the name)? */
export function leadMatches(unit: string, asked: string): boolean {
  const name = asked.trim();
  if (name === '') return false;
  return unit === name || unit.includes(name) || LEAD_ALIASES[name] === unit;
}
