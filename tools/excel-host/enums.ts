/**
 * The Excel.* enums an add-in may name (Excel.RangeValueType.error, Excel.ChartType.columnClustered...),
 * with the member names and string values of @types/office-js, so code written against the real
 * namespace runs unchanged on the host.
 */
import { HostErrorCode } from './errors';

export const excelEnums = {
  RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' },
  ErrorCodes: {
    accessDenied: 'AccessDenied', apiNotFound: 'ApiNotFound', conflict: 'Conflict', generalException: HostErrorCode.generalException,
    insertDeleteConflict: 'InsertDeleteConflict', invalidArgument: HostErrorCode.invalidArgument, invalidBinding: 'InvalidBinding',
    invalidOperation: HostErrorCode.invalidOperation, invalidReference: 'InvalidReference', invalidSelection: 'InvalidSelection',
    itemAlreadyExists: HostErrorCode.itemAlreadyExists, itemNotFound: HostErrorCode.itemNotFound, notImplemented: HostErrorCode.notImplemented,
    rangeExceedsLimit: HostErrorCode.rangeExceedsLimit, requestAborted: 'RequestAborted',
    responsePayloadSizeLimitExceeded: HostErrorCode.responsePayloadSizeLimitExceeded, unsupportedOperation: 'UnsupportedOperation',
  },
  BorderIndex: {
    edgeTop: 'EdgeTop', edgeBottom: 'EdgeBottom', edgeLeft: 'EdgeLeft', edgeRight: 'EdgeRight', insideVertical: 'InsideVertical',
    insideHorizontal: 'InsideHorizontal', diagonalDown: 'DiagonalDown', diagonalUp: 'DiagonalUp',
  },
  BorderLineStyle: {
    none: 'None', continuous: 'Continuous', dash: 'Dash', dashDot: 'DashDot', dashDotDot: 'DashDotDot', dot: 'Dot', double: 'Double',
    slantDashDot: 'SlantDashDot',
  },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  ChartType: {
    columnClustered: 'ColumnClustered', columnStacked: 'ColumnStacked', columnStacked100: 'ColumnStacked100', barClustered: 'BarClustered',
    barStacked: 'BarStacked', barStacked100: 'BarStacked100', line: 'Line', lineMarkers: 'LineMarkers', pie: 'Pie', doughnut: 'Doughnut',
    area: 'Area', xyscatter: 'XYScatter',
  },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  ChartLegendPosition: { invalid: 'Invalid', top: 'Top', bottom: 'Bottom', left: 'Left', right: 'Right', corner: 'Corner', custom: 'Custom' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks', resetContents: 'ResetContents' },
  HorizontalAlignment: {
    general: 'General', left: 'Left', center: 'Center', right: 'Right', fill: 'Fill', justify: 'Justify',
    centerAcrossSelection: 'CenterAcrossSelection', distributed: 'Distributed',
  },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  FillPattern: { none: 'None', solid: 'Solid' },
  RangeUnderlineStyle: { none: 'None', single: 'Single', double: 'Double', singleAccountant: 'SingleAccountant', doubleAccountant: 'DoubleAccountant' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { letter: 'Letter', legal: 'Legal', a3: 'A3', a4: 'A4', a5: 'A5', b4: 'B4', b5: 'B5' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  CalculationMode: { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' },
  CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  DataChangeType: { unknown: 'Unknown', rangeEdited: 'RangeEdited' },
  EventSource: { local: 'Local', remote: 'Remote' },
  EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
  EventType: {
    worksheetChanged: 'WorksheetChanged', worksheetSelectionChanged: 'WorksheetSelectionChanged', worksheetActivated: 'WorksheetActivated',
  },
} as const;

export const officeExtensionErrorCodes = {
  accessDenied: 'AccessDenied',
  generalException: HostErrorCode.generalException,
  activityLimitReached: 'ActivityLimitReached',
  invalidObjectPath: HostErrorCode.invalidObjectPath,
  propertyNotLoaded: HostErrorCode.propertyNotLoaded,
  valueNotLoaded: HostErrorCode.valueNotLoaded,
  invalidRequestContext: HostErrorCode.invalidRequestContext,
  invalidArgument: HostErrorCode.invalidArgument,
  runMustReturnPromise: HostErrorCode.runMustReturnPromise,
  cannotRegisterEvent: 'CannotRegisterEvent',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
  requestPayloadSizeLimitExceeded: HostErrorCode.requestPayloadSizeLimitExceeded,
  responsePayloadSizeLimitExceeded: HostErrorCode.responsePayloadSizeLimitExceeded,
} as const;
