import type { Text } from '../../policy';
import { formatDate, text } from '../../policy';
import { where as place } from '../rowFindings';
import type { DeathEntry, RegistryEntry } from './registryEntry';

const LABELS: ReadonlyArray<readonly [keyof RegistryEntry, string, string]> = [
  ['householdNo', '户编号', 'household no.'],
  ['relation', '与户主关系', 'relation'],
  ['householdType', '户类型', 'household type'],
  ['povertyStatus', '脱贫状态', 'status'],
  ['liftedYear', '脱贫年度', 'year lifted'],
  ['statusDate', '状态变更时间', 'status changed'],
  ['monitoringKind', '监测对象类别', 'monitoring category'],
  ['identified', '识别监测时间', 'identified for monitoring'],
  ['riskEliminated', '风险是否已消除', 'risk eliminated'],
  ['eliminated', '风险消除时间', 'risk eliminated on'],
  ['student', '在校生状况', 'student'],
  ['labour', '劳动技能', 'labour'],
  ['working', '是否务工', 'working'],
  ['workPlace', '务工地点', 'place of work'],
  ['workEmployer', '务工单位', 'employer'],
];

/** The registry facts a finding rests on, for the message (说明此行): where the row is and what it says. */
export function registryFacts(e: RegistryEntry): Text {
  const zh: string[] = [];
  const en: string[] = [];
  for (const [key, labelZh, labelEn] of LABELS) {
    const v = e[key];
    const shown = typeof v === 'number' ? (Number.isNaN(v) ? '' : formatDate(v)) : String(v);
    if (shown === '') continue;
    zh.push(`${labelZh} ${shown}`);
    en.push(`${labelEn} ${shown}`);
  }
  const at = place(e.ref);
  const exported = Number.isNaN(e.exportDate) ? text('', '') : text(`，导出日 ${formatDate(e.exportDate)}`, `, exported ${formatDate(e.exportDate)}`);
  return text(`监测系统数据 ${at.zh}${exported.zh}：${zh.join('，')}`, `registry ${at.en}${exported.en}: ${en.join(', ')}`);
}

export function deathFacts(d: DeathEntry): Text {
  const at = place(d.ref);
  const source = d.source ? text(`，来源 ${d.source}`, `, source ${d.source}`) : text('', '');
  return text(`死亡名单 ${at.zh}：姓名 ${d.name || '（空）'}，死亡日期 ${formatDate(d.deathDate)}${source.zh}`, `death list ${at.en}: name ${d.name || '(empty)'}, died ${formatDate(d.deathDate)}${source.en}`);
}
