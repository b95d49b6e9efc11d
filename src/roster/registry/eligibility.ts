import type { DaySerial, HouseholdCategory, ReadingValues, Text } from '../../policy';
import { formatDate, text } from '../../policy';
import type { RegistryEntry } from './registryEntry';
import { HOUSEHOLD_TYPES, lookupTerm, MONITORING_KINDS, POVERTY_STATUSES, yesNo } from './terms';

export interface Eligibility {
  readonly eligible: boolean;
  /** Why not (empty when eligible): the registry's status and dates against the rule's days. */
  readonly why: Text;
}

/** What the registry row makes the person, whatever the day: 脱贫人口 and/or a kind of 监测对象. */
export function registryCategories(e: RegistryEntry): Set<HouseholdCategory> {
  const found = new Set<HouseholdCategory>();
  const type = lookupTerm(HOUSEHOLD_TYPES, e.householdType);
  const kind = lookupTerm(MONITORING_KINDS, e.monitoringKind);
  if (type === 'lifted' || (type === undefined && lookupTerm(POVERTY_STATUSES, e.povertyStatus) !== undefined)) found.add('lifted');
  if (type === 'monitored' || kind !== undefined || !Number.isNaN(e.identified)) found.add('monitored');
  if (kind !== undefined) found.add(kind);
  return found;
}

/** Whether a roster's 人员类别 agrees with the registry: 监测对象 in general matches any of its three kinds. */
export function categoryAgrees(roster: HouseholdCategory, registry: ReadonlySet<HouseholdCategory>): boolean {
  return registry.has(roster);
}

function undatedNote(exportDate: DaySerial, exportKnown: boolean, what: Text): Text {
  const day = exportKnown ? text(`导出日 ${formatDate(exportDate)}`, `the export date ${formatDate(exportDate)}`) : text(`校验日期 ${formatDate(exportDate)}（导出数据未注明导出日期）`, `the check date ${formatDate(exportDate)} (the export does not say when it was made)`);
  return text(
    `${what.zh}为${day.zh}的状态，系统数据未注明其日期，按解读“未注明日期的状态按导出日状态认定”适用于此日期`,
    `${what.en} is the status at ${day.en}; the export gives no date for it, and the reading "an undated status is taken as at the export date" applies it here`,
  );
}

/**
 * Whether the registry makes the person 脱贫人口 enjoying the policies, or a 监测对象 under monitoring, on every day
 * from..to: identified on or before `from`, risk not eliminated on or before `to` (from the day of elimination the
 * household is no longer monitored), no 不再享受政策 from a day on or before `to`. A status the export gives without
 * a date is read by the reading registry_undated_status.
 */
export function eligibilityOn(e: RegistryEntry, from: DaySerial, to: DaySerial, readings: ReadingValues, asOf: DaySerial): Eligibility {
  const cats = registryCategories(e);
  const exportKnown = !Number.isNaN(e.exportDate);
  const exportDate = exportKnown ? e.exportDate : asOf;
  const undatedApplies = readings.registry_undated_status === 'export-date' || to >= exportDate;
  const reasons: Text[] = [];

  let liftedOk = false;
  if (cats.has('lifted')) {
    const status = lookupTerm(POVERTY_STATUSES, e.povertyStatus);
    if (status === undefined || status.enjoysPolicy) liftedOk = true;
    else if (!Number.isNaN(e.statusDate)) {
      liftedOk = to < e.statusDate;
      if (!liftedOk) reasons.push(text(`脱贫状态“${e.povertyStatus}”，自 ${formatDate(e.statusDate)} 起`, `脱贫状态 "${e.povertyStatus}" from ${formatDate(e.statusDate)}`));
    } else {
      liftedOk = !undatedApplies;
      if (!liftedOk) reasons.push(text(`脱贫状态“${e.povertyStatus}”（${undatedNote(exportDate, exportKnown, text('该状态', 'this status')).zh}）`, `脱贫状态 "${e.povertyStatus}" (${undatedNote(exportDate, exportKnown, text('this status', 'this status')).en})`));
    }
  }

  let monitoredOk = false;
  if (cats.has('monitored')) {
    const eliminatedSaid = yesNo(e.riskEliminated);
    monitoredOk = true;
    if (!Number.isNaN(e.identified) && e.identified > from) {
      monitoredOk = false;
      reasons.push(text(`识别监测时间 ${formatDate(e.identified)}，晚于 ${formatDate(from)}`, `identified for monitoring on ${formatDate(e.identified)}, after ${formatDate(from)}`));
    }
    if (!Number.isNaN(e.eliminated) && eliminatedSaid !== false) {
      if (e.eliminated <= to) {
        monitoredOk = false;
        reasons.push(text(`风险消除时间 ${formatDate(e.eliminated)}，不晚于 ${formatDate(to)}`, `risk eliminated on ${formatDate(e.eliminated)}, not after ${formatDate(to)}`));
      }
    } else if (eliminatedSaid === true && undatedApplies) {
      monitoredOk = false;
      reasons.push(text(`风险已消除（${undatedNote(exportDate, exportKnown, text('风险已消除', 'risk eliminated')).zh}）`, `risk eliminated (${undatedNote(exportDate, exportKnown, text('risk eliminated', 'risk eliminated')).en})`));
    }
  }

  if (!cats.has('lifted') && !cats.has('monitored')) return { eligible: true, why: text('', '') };
  const eligible = liftedOk || monitoredOk;
  return {
    eligible,
    why: eligible ? text('', '') : text(reasons.map((r) => r.zh).join('；'), reasons.map((r) => r.en).join('; ')),
  };
}
