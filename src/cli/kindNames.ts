import type { Text } from '../policy';
import { text } from '../policy';
import type { RosterKind } from '../roster';

export const KIND_NAMES: Readonly<Record<RosterKind, Text>> = {
  employ: text('一次性吸纳就业补贴花名册（措施7）', 'one-off employment subsidy roster (measure 7)'),
  travel: text('跨省务工交通补助花名册（措施6）', 'cross-province travel subsidy roster (measure 6)'),
  welfare: text('临时公益岗位花名册（措施9）', 'temporary welfare post roster (measure 9)'),
  production: text('生产补贴经营主体表（措施3）', 'production subsidy entity sheet (measure 3)'),
  unsalable: text('滞销农产品销售奖励表（措施10）', 'unsalable-product reward sheet (measure 10)'),
};
