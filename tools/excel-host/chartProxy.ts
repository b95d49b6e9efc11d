/**
 * Worksheet.charts: charts are recorded (type, source data, title, position), not drawn.
 */
import { cellAddress, qualifiedAddress } from './a1';
import { HostClientCollection, HostClientObject, type Binding, type PropertyTable } from './clientObject';
import type { Execution, HostRequestContext } from './context';
import { invalidArgument, itemNotFound } from './errors';
import { newId, type HostChart, type HostSheet } from './model';
import { checkSheetAlive, Range, resolveRangeArgument } from './rangeProxy';

export interface ChartTarget {
  readonly sheet: HostSheet;
  readonly chart: HostChart;
}

function findChart(sheet: HostSheet, name: string): HostChart | undefined {
  return sheet.charts.find((c) => c.name === name);
}

function editChart(exec: Execution, chart: HostChart, change: () => void): void {
  const before = structuredClone(chart);
  change();
  exec.journal.record(() => {
    const fields = chart as unknown as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (!(key in before)) delete fields[key];
    Object.assign(chart, before);
  });
}

function numberProperty(key: 'top' | 'left' | 'width' | 'height') {
  return {
    read: (t: ChartTarget) => t.chart[key] ?? null,
    write: (t: ChartTarget, v: unknown, exec: Execution) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw invalidArgument(`Chart.${key} takes points >= 0`);
      editChart(exec, t.chart, () => {
        t.chart[key] = v;
      });
    },
  };
}

const CHART_PROPERTIES: PropertyTable<ChartTarget> = {
  id: { read: (t) => t.chart.id },
  name: {
    read: (t) => t.chart.name,
    write: (t, v, exec) => {
      if (typeof v !== 'string' || v.length === 0) throw invalidArgument('Chart.name takes a non-empty name');
      editChart(exec, t.chart, () => {
        t.chart.name = v;
      });
    },
  },
  chartType: {
    read: (t) => t.chart.chartType,
    write: (t, v, exec) => {
      if (typeof v !== 'string') throw invalidArgument('Chart.chartType takes an Excel.ChartType');
      editChart(exec, t.chart, () => {
        t.chart.chartType = v;
      });
    },
  },
  plotVisibleOnly: {
    read: (t) => t.chart.plotVisibleOnly ?? true,
    write: (t, v, exec) => {
      if (typeof v !== 'boolean') throw invalidArgument('Chart.plotVisibleOnly takes true or false');
      editChart(exec, t.chart, () => {
        t.chart.plotVisibleOnly = v;
      });
    },
  },
  top: numberProperty('top'),
  left: numberProperty('left'),
  width: numberProperty('width'),
  height: numberProperty('height'),
};

function partProperties(part: 'title' | 'legend', keys: Record<string, (v: unknown) => boolean>): PropertyTable<ChartTarget> {
  return Object.fromEntries(
    Object.entries(keys).map(([key, check]) => [
      key,
      {
        read: (t: ChartTarget) => (t.chart[part] as Record<string, unknown>)[key] ?? null,
        write: (t: ChartTarget, v: unknown, exec: Execution) => {
          if (!check(v)) throw invalidArgument(`Chart.${part}.${key}: ${JSON.stringify(v)} is not allowed`);
          editChart(exec, t.chart, () => {
            t.chart[part] = { ...t.chart[part], [key]: v };
          });
        },
      },
    ]),
  );
}

const TITLE_PROPERTIES = partProperties('title', { text: (v) => typeof v === 'string', visible: (v) => typeof v === 'boolean' });
const LEGEND_PROPERTIES = partProperties('legend', {
  position: (v) => typeof v === 'string' && ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'].includes(v),
  visible: (v) => typeof v === 'boolean',
});

export class ChartTitle extends HostClientObject<ChartTarget> {
  readonly _typeName = 'ChartTitle';
  protected readonly _properties = TITLE_PROPERTIES;

  constructor(context: HostRequestContext, resolve: (exec: Execution) => ChartTarget | null) {
    super(context, { kind: 'navigation', resolve });
  }

  get text(): string {
    return this._get('text');
  }
  set text(value: string) {
    this._set('text', value);
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._set('visible', value);
  }
}

export class ChartLegend extends HostClientObject<ChartTarget> {
  readonly _typeName = 'ChartLegend';
  protected readonly _properties = LEGEND_PROPERTIES;

  constructor(context: HostRequestContext, resolve: (exec: Execution) => ChartTarget | null) {
    super(context, { kind: 'navigation', resolve });
  }

  get position(): string {
    return this._get('position');
  }
  set position(value: string) {
    this._set('position', value);
  }
  get visible(): boolean {
    return this._get('visible');
  }
  set visible(value: boolean) {
    this._set('visible', value);
  }
}

export class Chart extends HostClientObject<ChartTarget> {
  readonly _typeName = 'Chart';
  protected readonly _properties = CHART_PROPERTIES;
  protected override readonly _navigationNames = ['title', 'legend'];

  constructor(context: HostRequestContext, binding: Binding<ChartTarget>) {
    super(context, binding);
  }

  protected override _checkAlive(target: ChartTarget, exec: Execution): void {
    checkSheetAlive(target.sheet, exec, 'Chart');
    if (!target.sheet.charts.includes(target.chart)) throw itemNotFound(`Chart '${target.chart.name}' was deleted`);
  }

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(value: string) {
    this._set('name', value);
  }
  get plotVisibleOnly(): boolean {
    return this._get('plotVisibleOnly');
  }
  set plotVisibleOnly(value: boolean) {
    this._set('plotVisibleOnly', value);
  }
  get chartType(): string {
    return this._get('chartType');
  }
  set chartType(value: string) {
    this._set('chartType', value);
  }
  get top(): number {
    return this._get('top');
  }
  set top(value: number) {
    this._set('top', value);
  }
  get left(): number {
    return this._get('left');
  }
  set left(value: number) {
    this._set('left', value);
  }
  get width(): number {
    return this._get('width');
  }
  set width(value: number) {
    this._set('width', value);
  }
  get height(): number {
    return this._get('height');
  }
  set height(value: number) {
    this._set('height', value);
  }

  get title(): ChartTitle {
    return this._child('title', () => new ChartTitle(this.context, (exec) => this._tryTarget(exec)));
  }

  get legend(): ChartLegend {
    return this._child('legend', () => new ChartLegend(this.context, (exec) => this._tryTarget(exec)));
  }

  /** Recorded as position { startCell, endCell } (addresses on the chart's sheet). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this._call('setPosition', [startCell, endCell], (t, exec) => {
      const cornerOf = (arg: Range | string): string => {
        const { box } = resolveRangeArgument(arg, exec, t.sheet, 'Chart.setPosition');
        return cellAddress(box.row, box.col);
      };
      const position = endCell === undefined ? { startCell: cornerOf(startCell) } : { startCell: cornerOf(startCell), endCell: cornerOf(endCell) };
      editChart(exec, t.chart, () => {
        t.chart.position = position;
      });
    });
  }

  delete(): void {
    this._call('delete', [], (t, exec) => {
      const before = t.sheet.charts;
      t.sheet.charts = before.filter((c) => c !== t.chart);
      exec.journal.record(() => {
        t.sheet.charts = before;
      });
    });
  }
}

const SERIES_BY = ['Auto', 'Columns', 'Rows'];

export class ChartCollection extends HostClientCollection<HostSheet, ChartTarget, Chart> {
  readonly _typeName = 'ChartCollection';
  protected readonly _properties: PropertyTable<HostSheet> = {};

  constructor(context: HostRequestContext, resolve: (exec: Execution) => HostSheet | null) {
    super(context, { kind: 'navigation', resolve });
  }

  protected _enumerate(sheet: HostSheet): ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected _createItem(target: ChartTarget): Chart {
    return new Chart(this.context, { kind: 'fixed', target });
  }

  protected _itemPropertyNames(): string[] {
    return Object.keys(CHART_PROPERTIES);
  }

  add(type: string, sourceData: Range, seriesBy = 'Auto'): Chart {
    return new Chart(this.context, {
      kind: 'method',
      parent: this,
      method: 'add',
      args: [type, sourceData, seriesBy],
      nullable: false,
      resolve: (exec) => {
        const sheet = this._target(exec, 'add');
        if (typeof type !== 'string' || type.length === 0) throw invalidArgument('ChartCollection.add needs an Excel.ChartType');
        if (!SERIES_BY.includes(seriesBy)) throw invalidArgument(`ChartCollection.add: seriesBy '${seriesBy}' is not Auto, Columns or Rows`);
        const source = resolveRangeArgument(sourceData, exec, sheet, 'ChartCollection.add');
        const chart: HostChart = {
          id: newId(exec.workbook, 'CHART'),
          name: `Chart ${sheet.charts.length + 1}`,
          chartType: type,
          sourceAddress: qualifiedAddress(source.sheet.name, source.box),
          seriesBy,
          title: {},
          legend: {},
        };
        const before = sheet.charts;
        sheet.charts = [...before, chart];
        exec.journal.record(() => {
          sheet.charts = before;
        });
        return { sheet, chart };
      },
    });
  }

  getItem(name: string): Chart {
    return this._lookup('getItem', name, false);
  }

  getItemOrNullObject(name: string): Chart {
    return this._lookup('getItemOrNullObject', name, true);
  }

  private _lookup(method: string, name: string, nullable: boolean): Chart {
    return new Chart(this.context, {
      kind: 'method',
      parent: this,
      method,
      args: [name],
      nullable,
      resolve: (exec) => {
        const sheet = this._target(exec, method);
        const chart = findChart(sheet, name);
        if (!chart && !nullable) throw itemNotFound(`There is no chart named '${name}' on sheet '${sheet.name}'`);
        return chart ? { sheet, chart } : null;
      },
    });
  }
}
