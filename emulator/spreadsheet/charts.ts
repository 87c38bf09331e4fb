/** Embedded charts: the EmbeddedChartBuilder (newChart/modify) and EmbeddedChart, recorded in the sheet's state. */

import { signatureError } from '../core/errors';
import type { Hub } from './hub';
import type { ChartData, SheetModel } from './model';
import { RangeImpl } from './range';

type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GasChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const OPTION_SETTERS: Record<string, string> = {
  setTitle: 'title',
  setLegendPosition: 'legend.position',
  setColors: 'colors',
  setStacked: 'isStacked',
  set3D: 'is3D',
  setXAxisTitle: 'hAxis.title',
  setYAxisTitle: 'vAxis.title',
  setBackgroundColor: 'backgroundColor',
  reverseCategories: 'reverseCategories',
  setNumHeaders: 'numHeaders',
  setTransposeRowsAndColumns: 'transposeRowsAndColumns',
  setMergeStrategy: 'mergeStrategy',
  setHiddenDimensionStrategy: 'hiddenDimensionStrategy',
  setPointStyle: 'pointStyle',
  setCurveStyle: 'curveStyle',
};

const AS_TYPES: Record<string, string> = {
  asAreaChart: 'AREA',
  asBarChart: 'BAR',
  asColumnChart: 'COLUMN',
  asComboChart: 'COMBO',
  asHistogramChart: 'HISTOGRAM',
  asLineChart: 'LINE',
  asPieChart: 'PIE',
  asScatterChart: 'SCATTER',
  asTableChart: 'TABLE',
};

/** The chart builder; `data` is a working copy until build(). */
export class ChartBuilderImpl implements Pick<GasBuilder, 'addRange' | 'removeRange' | 'clearRanges' | 'setChartType' | 'setPosition' | 'setOption' | 'build' | 'getRanges' | 'getChartType'> {
  self!: GasBuilder;
  [key: string]: unknown;

  constructor(
    private readonly hub: Hub,
    private readonly sheet: SheetModel,
    readonly data: ChartData,
  ) {
    for (const [method, option] of Object.entries(OPTION_SETTERS)) {
      this[method] = (...args: unknown[]) => {
        this.data.options[option] = args.length === 1 ? args[0] : args.length === 0 ? true : args;
        return this.self;
      };
    }
    for (const [method, type] of Object.entries(AS_TYPES)) {
      this[method] = () => {
        this.data.chartType = type;
        return this.self;
      };
    }
  }

  /** A wrapped builder over a copy of `data` (or a new chart). */
  static create(hub: Hub, sheet: SheetModel, data?: ChartData): GasBuilder {
    const copy: ChartData = data
      ? { ...data, ranges: data.ranges.map((r) => ({ ...r, rect: { ...r.rect } })), position: { ...data.position }, options: { ...data.options } }
      : { id: 0, chartType: 'COLUMN', ranges: [], position: { row: 1, col: 1, offsetX: 0, offsetY: 0 }, options: {} };
    const impl = new ChartBuilderImpl(hub, sheet, copy);
    impl.self = hub.wrap(impl, 'EmbeddedChartBuilder') as unknown as GasBuilder;
    return impl.self;
  }

  addRange(...args: unknown[]): GasBuilder {
    const r = this.hub.unwrap(args[0], RangeImpl);
    if (!r) throw signatureError('SpreadsheetApp', 'EmbeddedChartBuilder', 'addRange', args);
    this.data.ranges.push({ sheetId: r.sheet.id, rect: { ...r.rect }, shape: r.shape });
    return this.self;
  }
  removeRange(...args: unknown[]): GasBuilder {
    const r = this.hub.unwrap(args[0], RangeImpl);
    if (!r) throw signatureError('SpreadsheetApp', 'EmbeddedChartBuilder', 'removeRange', args);
    this.data.ranges = this.data.ranges.filter(
      (x) => !(x.sheetId === r.sheet.id && x.rect.row === r.rect.row && x.rect.col === r.rect.col && x.rect.numRows === r.rect.numRows && x.rect.numCols === r.rect.numCols),
    );
    return this.self;
  }
  clearRanges(): GasBuilder {
    this.data.ranges = [];
    return this.self;
  }
  setChartType(...args: unknown[]): GasBuilder {
    if (args.length !== 1 || args[0] === null || args[0] === undefined) throw signatureError('SpreadsheetApp', 'EmbeddedChartBuilder', 'setChartType', args);
    this.data.chartType = String(args[0]);
    return this.self;
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.data.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }
  setPosition(...args: unknown[]): GasBuilder {
    if (args.length !== 4 || !args.every((a) => typeof a === 'number')) throw signatureError('SpreadsheetApp', 'EmbeddedChartBuilder', 'setPosition', args);
    const [row, col, offsetX, offsetY] = args as number[];
    this.data.position = { row, col, offsetX, offsetY };
    return this.self;
  }
  setOption(...args: unknown[]): GasBuilder {
    if (args.length !== 2 || typeof args[0] !== 'string') throw signatureError('SpreadsheetApp', 'EmbeddedChartBuilder', 'setOption', args);
    this.data.options[args[0]] = args[1];
    return this.self;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.hub, this.sheet, this.data);
  }
  build(): GasChart {
    return ChartImpl.create(this.hub, this.sheet, { ...this.data, ranges: [...this.data.ranges], options: { ...this.data.options } });
  }
  toString(): string {
    return 'EmbeddedChartBuilder';
  }
}

function rangesOf(hub: Hub, sheet: SheetModel, data: ChartData): GoogleAppsScript.Spreadsheet.Range[] {
  return data.ranges
    .map((r) => {
      const s = sheet.book.sheetById(r.sheetId);
      return s ? hub.range(s, r.rect, r.shape) : null;
    })
    .filter((r): r is GoogleAppsScript.Spreadsheet.Range => r !== null);
}

/** A built or inserted chart. */
export class ChartImpl implements Pick<GasChart, 'getChartId' | 'getRanges' | 'modify' | 'getOptions' | 'getContainerInfo'> {
  constructor(
    private readonly hub: Hub,
    private readonly sheet: SheetModel,
    readonly data: ChartData,
  ) {}

  get __impl(): this {
    return this;
  }

  /** A wrapped chart. */
  static create(hub: Hub, sheet: SheetModel, data: ChartData): GasChart {
    return hub.wrap(new ChartImpl(hub, sheet, data), 'EmbeddedChart') as unknown as GasChart;
  }

  getChartId(): number {
    return this.data.id === 0 ? (null as unknown as number) : this.data.id;
  }
  getId(): string {
    return this.data.id === 0 ? (null as unknown as string) : `u${this.data.id}`;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.hub, this.sheet, this.data);
  }
  modify(): GasBuilder {
    return ChartBuilderImpl.create(this.hub, this.sheet, this.data);
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.data.options;
    return this.hub.wrap({ get: (k: string) => options[k] ?? null, getOrDefault: (k: string) => options[k] ?? null }, 'ChartOptions') as unknown as GoogleAppsScript.Charts.ChartOptions;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this.data.position;
    return this.hub.wrap(
      { getAnchorRow: () => p.row, getAnchorColumn: () => p.col, getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY },
      'ContainerInfo',
    ) as unknown as GoogleAppsScript.Spreadsheet.ContainerInfo;
  }
  toString(): string {
    return 'EmbeddedChart';
  }
}
