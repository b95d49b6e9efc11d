import type { GriffelStyle } from '@fluentui/react-components';
import { tokens } from '@fluentui/react-components';

/** The box an explanation's text is shown in (说明, the calculator): kept as written, on a quiet background. */
export const EXPLANATION_TEXT: GriffelStyle = {
  whiteSpace: 'pre-wrap',
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  backgroundColor: tokens.colorNeutralBackground2,
  padding: tokens.spacingHorizontalM,
  margin: 0,
  borderRadius: tokens.borderRadiusMedium,
};
