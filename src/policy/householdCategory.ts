import { toHalfWidth } from './inputs';
import type { Text } from './text';
import { text } from './text';

/** Measure 1: who the measures are for. 脱贫人口, or one of the three kinds of 监测对象. */
export type HouseholdCategory = 'lifted' | 'monitored' | 'unstable' | 'marginal' | 'sudden_hardship';

const SYNONYMS: ReadonlyArray<readonly [RegExp, HouseholdCategory]> = [
  [/^(脱贫不稳定户|脱贫不稳定人口|不稳定户)$/, 'unstable'],
  [/^(边缘易致贫户|边缘易致贫人口|边缘户)$/, 'marginal'],
  [/^(突发严重困难户|突发严重困难人口|突发困难户)$/, 'sudden_hardship'],
  [/^(脱贫人口|脱贫户|脱贫劳动力|已脱贫人口|建档立卡脱贫人口|建档立卡脱贫户|脱贫家庭)$/, 'lifted'],
  [/^(监测对象|监测户|防返贫监测对象|监测人口)$/, 'monitored'],
  [/^(LIFTED|LIFTED OUT OF POVERTY)$/i, 'lifted'],
  [/^(MONITORED|MONITORING OBJECT)$/i, 'monitored'],
];

/** The categories as the registry and the clerk name them (the registry check says which the system records). */
export const HOUSEHOLD_CATEGORY_NAMES: Readonly<Record<HouseholdCategory, Text>> = {
  lifted: text('脱贫人口', 'lifted out of poverty'),
  monitored: text('监测对象', 'monitoring object'),
  unstable: text('脱贫不稳定户', 'unstable lifted household'),
  marginal: text('边缘易致贫户', 'marginal household at risk'),
  sudden_hardship: text('突发严重困难户', 'household in sudden severe hardship'),
};

export function householdCategoryOf(value: string): { ok: true; category: HouseholdCategory } | { ok: false } {
  const s = toHalfWidth(value).replace(/\s+/g, '').replace(/[（(].*[）)]$/, '');
  for (const [pattern, category] of SYNONYMS) if (pattern.test(s)) return { ok: true, category };
  return { ok: false };
}
