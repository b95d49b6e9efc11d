import type { Text } from '../../policy';
import { text } from '../../policy';

/** Every word the pane shows, Chinese first. {name} placeholders are filled by fill(). */
export const S = {
  appTitle: text('吉林帮扶补贴', 'Jilin Assistance Subsidies'),
  tabs: text('功能', 'Views'),
  tabValidate: text('校验', 'Validate'),
  tabExplain: text('说明', 'Explain'),
  tabMeasures: text('政策', 'Measures'),
  tabSettings: text('设置', 'Settings'),
  privacy: text('身份证号只在本机处理，写出时一律打码。', 'ID numbers stay on this computer and are masked in anything written out.'),

  // validate: inputs
  rosters: text('花名册', 'Rosters'),
  rostersHint: text('选择要校验的工作表，类型可自动识别或手动指定。', 'Choose the sheets to check; the kind is recognised or can be set.'),
  noSheets: text('工作簿中没有可校验的工作表。', 'The workbook has no sheet to check.'),
  kindOf: text('“{sheet}”的类型', 'Kind of "{sheet}"'),
  kindAuto: text('自动识别', 'Recognise'),
  kindAutoFound: text('自动识别（{kind}）', 'Recognise ({kind})'),
  kindAutoNone: text('自动识别（未识别）', 'Recognise (not recognised)'),
  history: text('已发放记录', 'Paid history'),
  historyHint: text('本工作簿中的已发放登记表，以及从磁盘选择的 .xlsx 文件。', 'Paid registers in this workbook, and .xlsx files chosen from disk.'),
  noHistorySheets: text('本工作簿中没有已发放登记表。', 'No paid register in this workbook.'),
  addHistoryFile: text('添加 .xlsx 文件', 'Add .xlsx files'),
  historyFileLabel: text('选择已发放记录文件（.xlsx）', 'Choose paid-history files (.xlsx)'),
  lists: text('防返贫监测系统数据与死亡名单', 'Poverty-monitoring registry and death lists'),
  listsHint: text(
    '用于核对申报人是否为脱贫人口或监测对象、是否已死亡。本工作簿中识别出的表已勾选，也可从磁盘添加文件。',
    'Claimants are checked against these: are they 脱贫人口 or 监测对象, and alive. Sheets of this workbook found to be such are ticked; files can be added from disk.',
  ),
  registryExports: text('监测系统导出', 'Registry exports'),
  deathLists: text('死亡名单', 'Death lists'),
  noRegistrySheets: text('本工作簿中没有监测系统导出表。', 'No registry export in this workbook.'),
  noDeathSheets: text('本工作簿中没有死亡名单。', 'No death list in this workbook.'),
  addRegistryFile: text('添加监测系统导出文件', 'Add registry export files'),
  registryFileLabel: text('选择防返贫监测系统导出文件', 'Choose poverty-monitoring registry export files'),
  addDeceasedFile: text('添加死亡名单文件', 'Add death list files'),
  deceasedFileLabel: text('选择死亡名单文件', 'Choose death list files'),
  removeFile: text('移除 {file}', 'Remove {file}'),
  fileSheets: text('{file}（{count} 个工作表）', '{file} ({count} sheet)|{file} ({count} sheets)'),
  fileUnreadable: text('无法读取 {file}：{reason}', 'Cannot read {file}: {reason}'),
  asOf: text('校验日期', 'Check as of'),
  asOfInvalid: text('请输入有效日期（如 2022-06-30）。', 'Enter a valid date (e.g. 2022-06-30).'),
  run: text('开始校验', 'Validate'),
  cancel: text('取消', 'Cancel'),
  refresh: text('刷新工作表列表', 'Refresh sheet list'),
  chooseRoster: text('请至少选择一个花名册。', 'Choose at least one roster.'),

  // progress
  progressLabel: text('校验进度', 'Progress'),
  progressRead: text('已读取 {done} / {total} 行', 'Read {done} of {total} rows'),
  progressCheck: text('已检查 {done} / {total} 行', 'Checked {done} of {total} rows'),
  progressMark: text('正在标记 {done} / {total} 个单元格', 'Marking {done} of {total} cells'),
  cancelled: text('已取消校验。', 'The check was cancelled.'),
  failed: text('校验失败：{message}', 'The check failed: {message}'),

  // results
  results: text('校验结果', 'Results'),
  summaryLine: text('{sheets} 个工作表，{rows} 行：{errors} 个错误，{warnings} 个警告', '{sheets} sheets, {rows} rows: {errors} errors, {warnings} warnings'),
  noFindings: text('未发现问题。', 'No problems found.'),
  countsByCode: text('按问题类型统计', 'Findings by kind of problem'),
  severityError: text('错误', 'error'),
  severityWarning: text('警告', 'warning'),
  rowLabel: text('第 {row} 行', 'Row {row}'),
  sheetsChecked: text('已检查的工作表', 'Sheets checked'),
  sheetKindRows: text('{sheet}：{kind}，{rows} 行', '{sheet}: {kind}, {rows} row|{sheet}: {kind}, {rows} rows'),
  notARoster: text('不是花名册', 'not a roster'),

  summaryErrors: text('{count} 个错误', '{count} error|{count} errors'),
  summaryWarnings: text('{count} 个警告', '{count} warning|{count} warnings'),
  summaryRows: text('已核对 {count} 行', '{count} row checked|{count} rows checked'),
  summaryRegisters: text('已对照已发放记录 {count} 份', '{count} paid register compared|{count} paid registers compared'),
  noRegisterShort: text('未对照已发放记录', 'no paid register compared'),
  noRegisterUsed: text('未使用已发放记录：未核对以往是否已领取', 'No paid register used: earlier payments were not checked'),
  noRegisterHint: text('请在“已发放记录”中勾选登记表或添加文件后重新校验。', 'Tick a register or add a file under Paid history, then validate again.'),
  noRegistryHint: text(
    '请在“防返贫监测系统数据与死亡名单”中勾选监测系统导出表或添加导出文件后重新校验。',
    'Tick a registry export or add export files under Poverty-monitoring registry and death lists, then validate again.',
  ),
  registersUsed: text('已发放记录', 'Paid registers'),
  rostersUsed: text('花名册', 'Rosters'),
  registriesUsed: text('防返贫监测系统数据', 'Poverty-monitoring registry'),
  deathListsUsed: text('死亡名单', 'Death lists'),
  noneUsed: text('未使用', 'none'),
  thisWorkbook: text('本工作簿', 'this workbook'),
  findings: text('问题明细', 'Findings'),
  filterSeverity: text('按严重程度筛选', 'Filter by severity'),
  filterCode: text('按问题类型筛选', 'Filter by kind of problem'),
  filterAll: text('全部 {count}', 'All {count}'),
  filterErrors: text('错误 {count}', 'Errors {count}'),
  filterWarnings: text('警告 {count}', 'Warnings {count}'),
  search: text('搜索姓名、身份证号、行号', 'Search name, masked ID, row'),
  shownOf: text('显示 {shown} / {total} 条', 'Showing {shown} of {total}'),
  previous: text('上一条', 'Previous'),
  next: text('下一条', 'Next'),
  selectAllOfCode: text('选中此类全部单元格', 'Select all cells of this kind'),
  selectedAll: text('已在“{sheet}”中选中 {count} 个单元格。', 'Selected {count} cell on "{sheet}".|Selected {count} cells on "{sheet}".'),
  selectedSome: text('已在“{sheet}”中选中 {count} 个单元格（其他工作表另有 {rest} 个，请在该表中再选）。', 'Selected {count} cells on "{sheet}" ({rest} more are on other sheets).'),
  rowAndName: text('第 {row} 行 · {name}', 'Row {row} · {name}'),
  nextStep: text('下一步：', 'Next step: '),
  inOtherFile: text('在文件 {file} 中', 'in the file {file}'),
  findingListLabel: text('问题列表：上下方向键逐条查看，回车在表格中选中', 'Findings: arrow keys step through, Enter selects the cell'),
  editInputs: text('修改校验范围', 'Change what is checked'),
  inputsTitle: text('校验范围', 'What is checked'),
  otherRosters: text('其他花名册', 'Other rosters'),
  otherRostersHint: text('其他县（市、区）的花名册文件，与本工作簿的花名册一起核对重复申报。', 'Rosters of other counties, checked together with this workbook’s for duplicates.'),
  addOtherRoster: text('添加其他花名册', 'Add other rosters'),
  otherRosterFileLabel: text('选择其他花名册文件（.xlsx）', 'Choose other roster files (.xlsx)'),
  looksLikeRosterTitle: text('这像是花名册，不是已发放记录', 'This looks like a roster, not a paid register'),
  looksLikeRosterBody: text(
    '“{name}”有花名册的列（{why}）。作为已发放记录使用时，其中每个人都会被当作“已领取”。确认这是已发放的名单吗？',
    '"{name}" has a roster’s columns ({why}). Used as a paid register, everyone in it counts as already paid. Is it really a list of payments made?',
  ),
  looksLikeRosterUse: text('仍作为已发放记录', 'Use as paid register'),
  looksLikeRosterSkip: text('不使用', 'Do not use'),
  reportSheet: text('校验报告', 'Check report'),
  rosterLikeHint: text('（像是花名册，勾选前会询问）', ' (looks like a roster; you will be asked before it is used)'),
  replaceReportTitle: text('替换原有校验报告？', 'Replace the earlier report?'),
  replaceReportBody: text('本工作簿已有“{sheet}”工作表。写入新报告会删除原报告（含其中的手工备注）。', 'This workbook has a "{sheet}" sheet already. Writing the new report deletes it, with any notes typed into it.'),
  replaceReport: text('替换', 'Replace'),
  keepReport: text('保留原报告', 'Keep the earlier report'),
  dismiss: text('关闭提示', 'Dismiss'),
  marksSwitch: text('校验后标记问题单元格（并加批注）', 'Mark flagged cells after a check (with notes)'),

  // actions
  actions: text('操作', 'Actions'),
  markCells: text('标记问题单元格', 'Mark flagged cells'),
  clearMarks: text('清除标记', 'Clear marks'),
  marked: text('已标记 {count} 个单元格（原格式已保存）。', 'Marked {count} cell (its format is saved).|Marked {count} cells (their formats are saved).'),
  cleared: text('已清除 {count} 个标记，格式已恢复。', 'Cleared {count} mark; its format is restored.|Cleared {count} marks; formats restored.'),
  writeReport: text('写入校验报告', 'Write report'),
  runTime: text('校验时间', 'Checked at'),
  reportWritten: text('已写入“{sheet}”工作表。', 'Wrote the "{sheet}" sheet.'),
  exportFindings: text('导出到新工作簿', 'Export to a new workbook'),
  exportOpened: text('已在新工作簿中打开校验报告（身份证号、银行账号已打码）；请另存为“{file}”。', 'The report is open in a new workbook (IDs and accounts masked); save it as "{file}".'),
  exportDownloaded: text('已导出“{file}”（身份证号、银行账号已打码）。', 'Exported "{file}" (IDs and accounts masked).'),
  register: text('登记为已发放', 'Register as paid'),
  registerTitle: text('登记为已发放', 'Register as paid'),
  registerBody: text(
    '将向“{sheet}”追加 {count} 行（校验无错误的人员）。',
    '{count} row (a person without errors) will be added to "{sheet}".|{count} rows (persons without errors) will be added to "{sheet}".',
  ),
  registerRefused: text('{count} 人已登记过同一项一次性补贴，不再登记。', '{count} person is already registered for the same one-time subsidy and is left out.|{count} persons are already registered for the same one-time subsidy and are left out.'),
  registerSkipped: text('{count} 行有错误，未登记。', '{count} row with errors is left out.|{count} rows with errors are left out.'),
  registerNothing: text('没有可登记的人员。', 'Nobody to register.'),
  registerWho: text('将登记的人员', 'Persons to register'),
  registerMore: text('……另有 {count} 人', '… and {count} more|… and {count} more'),
  registerPayDate: text('发放日期', 'Date paid'),
  registerBatch: text('批次', 'Batch'),
  registerBatchHint: text('写入登记表的“批次”列；撤销本批按此名称撤销。', 'Written in the register’s batch column; Undo batch goes by this name.'),
  undoBatch: text('撤销本批（{batch}）', 'Undo batch ({batch})'),
  undoBatchDone: text('已撤销本批“{batch}”：从“{sheet}”删除 {count} 行。', 'Undid batch "{batch}": removed {count} row from "{sheet}".|Undid batch "{batch}": removed {count} rows from "{sheet}".'),
  undoBatchChanged: text('“{sheet}”的最后几行已不是本批“{batch}”，未撤销；请在登记表中手工核对。', 'The last rows of "{sheet}" are no longer batch "{batch}"; nothing was undone. Check the register by hand.'),
  registeredBefore: text('本批已于 {date} 登记（批次“{batch}”）：{count} 人，不按重复领取计。', 'This batch was registered on {date} (batch "{batch}"): {count} person, not counted as paid twice.|This batch was registered on {date} (batch "{batch}"): {count} persons, not counted as paid twice.'),
  registerConfirm: text('确认登记', 'Register'),
  registerDone: text('已向“{sheet}”追加 {count} 行。', 'Added {count} row to "{sheet}".|Added {count} rows to "{sheet}".'),
  registerStale: text('工作簿已变化，请重新校验后再登记。', 'The workbook has changed; validate again before registering.'),
  close: text('关闭', 'Close'),
  busy: text('正在处理…', 'Working…'),
  actionFailed: text('操作失败：{message}', 'Failed: {message}'),

  // explain
  explainHint: text('选中含 =JL.* 公式的单元格，此处显示计算依据。', 'Select a cell holding a =JL.* formula to see how it was worked out.'),
  explainRefresh: text('说明所选单元格', 'Explain the selected cell'),
  explainCell: text('单元格', 'Cell'),
  explainFormula: text('公式', 'Formula'),
  explainNotFormula: text('所选单元格 {cell} 没有公式。', 'The selected cell {cell} holds no formula.'),
  explainNotJl: text('所选单元格 {cell} 的公式不是 JL 函数。', 'The formula in {cell} is not a JL function.'),
  explainNotSingle: text('{cell} 的公式不是单个 JL 函数调用（外面还有其他运算），无法说明。', 'The formula in {cell} is not a single JL call (there is more around it); it cannot be explained.'),
  explainSyntax: text('无法读取 {cell} 的公式：括号或引号不配对。', 'Cannot read the formula in {cell}: parentheses or quotes do not match.'),
  explainUnknown: text('没有名为 JL.{name} 的函数。', 'There is no function JL.{name}.'),
  explainExpression: text('参数 {index}（{text}）是表达式，需要 Excel 计算，无法在此说明。请把它放在单元格中再引用。', 'Argument {index} ({text}) is an expression only Excel can calculate; put it in a cell and refer to that cell.'),
  explainHintRow: text('也可选中花名册中的任一行，此处说明此人按政策应得的金额。', 'Or select any row of a roster to see what the policy gives that person.'),
  explainRowTitle: text('{sheet} 第 {row} 行 · {name}', '{sheet} row {row} · {name}'),
  explainTypedAmount: text('此处为手工录入金额（{claimed}），按政策应为 {amount}。', 'This amount was typed in ({claimed}); the policy gives {amount}.'),
  explainRowClaimed: text('花名册申报金额：{claimed}', 'Amount claimed in the roster: {claimed}'),
  explainRowScope: text('只按本行数据说明；重复申报、单位上限等跨行核对见“校验”。', 'This row alone: duplicates and caps across rows are in Validate.'),
  explainConditions: text('检查的条件（{count} 项）', 'Conditions checked ({count})|Conditions checked ({count})'),
  explainParameters: text('采用的政策参数', 'Policy parameters used'),
  explainFullText: text('完整说明（与 JL.EXPLAIN 相同）', 'Full text (as JL.EXPLAIN gives it)'),
  explainHolds: text('符合', 'met'),
  explainFails: text('不符合', 'not met'),
  explainRowButton: text('说明此行', 'Explain this row'),
  explainArguments: text('参数', 'Arguments'),
  explainArgument: text('参数', 'Argument'),
  explainSource: text('来源', 'Source'),
  explainValue: text('值', 'Value'),
  explainResult: text('说明', 'Explanation'),
  explainMeasure: text('依据的措施', 'Measure'),
  explainReadings: text('采用的解读', 'Readings taken'),
  explainRegistryTitle: text('监测系统与死亡名单', 'Registry and death lists'),
  explainRegistryRows: text('所依据的数据行', 'Rows it rests on'),
  explainNoReadings: text('无', 'none'),
  explainEmpty: text('（空）', '(empty)'),
  explainOmitted: text('（省略）', '(omitted)'),

  // measures
  measuresTitle: text('十一条措施', 'The eleven measures'),
  measureNumber: text('第 {n} 条', 'Measure {n}'),
  measureAddIn: text('加载项做什么', 'What the add-in does'),
  measureFunctions: text('函数', 'Functions'),
  measureColumns: text('花名册列', 'Roster columns'),
  measureExamples: text('示例（县取自设置）', 'Examples (county from Settings)'),
  measureSource: text(
    '依据：《吉林省乡村振兴局应对新冠肺炎疫情影响巩固拓展脱贫攻坚成果十一条措施》（2022年）。金额为带出处和施行日期的参数；条文的解读见下方，可在“设置”中更改。',
    'Source: the Jilin Rural Revitalization Bureau\'s eleven measures (2022). Amounts are parameters with their source and dates in force; the readings of the clauses are below and can be changed in Settings.',
  ),

  // settings
  settingsCounty: text('默认县（市、区）', 'Default county'),
  settingsCountyHint: text('花名册没有“县（市、区）”列时按此县的最低工资标准校验；保存在本工作簿中。', 'Used for the minimum wage when a roster has no county column; saved in this workbook.'),
  settingsCountyNone: text('（未设置）', '(none)'),
  settingsSave: text('保存', 'Save'),
  settingsSaved: text('已保存到本工作簿。', 'Saved in this workbook.'),
  settingsPickDistrict: text('{city}下辖多个县（市、区），请从列表中选一个：{list}', '{city} has several districts and counties; pick one from the list: {list}'),
  settingsUnknownCounty: text('“{county}”不是吉林省的县（市、区）。', '"{county}" is not a county of Jilin.'),
  language: text('界面语言随 Excel 显示语言：中文或英文。', 'The pane follows Excel\'s display language: Chinese or English.'),
} satisfies Record<string, Text>;

export type StringId = keyof typeof S;

/** A title standing on its own (a chip, a list item): English titles are written lower-case to sit in sentences. */
export function asLabel(title: string, lang: 'zh' | 'en'): string {
  return lang === 'en' ? title.charAt(0).toUpperCase() + title.slice(1) : title;
}

/** Text in brackets as each language writes them: （C12） in Chinese, (C12) in English. */
export function bracketed(inner: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `（${inner}）` : ` (${inner})`;
}

/**
 * Fills {name} placeholders. An English template may hold a singular and a plural form, 'one|many': the form is
 * chosen by the value of {count}.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  const forms = template.split('|');
  if (forms.length === 2 && 'count' in values) template = Number(String(values.count).replace(/,/g, '')) === 1 ? forms[0] : forms[1];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
