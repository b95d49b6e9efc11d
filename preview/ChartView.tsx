import type { HostChart, HostSheet, HostWorkbook } from '../tools/excel-host';
import { cellAt, parseAddress, sheetByName } from '../tools/excel-host';

/**
 * A chart the add-in added, drawn as plain bars: the host keeps charts as records (type, source, title), so the
 * preview reads the source range's first column as labels and its last as values.
 */
function ChartBars({ workbook, sheet, chart }: { workbook: HostWorkbook; sheet: HostSheet; chart: HostChart }) {
  const parsed = parseAddress(chart.sourceAddress);
  const source = parsed.sheetName === undefined ? sheet : sheetByName(workbook, parsed.sheetName) ?? sheet;
  const { box } = parsed;
  const bars: Array<{ label: string; value: number }> = [];
  // The first row is the header.
  for (let r = box.row + 1; r < box.row + box.rows; r++) {
    const label = cellAt(source, r, box.col)?.value;
    const value = cellAt(source, r, box.col + box.cols - 1)?.value;
    if (typeof value === 'number') bars.push({ label: String(label ?? ''), value });
  }
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart" data-chart={chart.name}>
      <figcaption>{chart.title.text ?? chart.name}</figcaption>
      <ul>
        {bars.map((b) => (
          <li key={b.label}>
            <span className="chart-label">{b.label}</span>
            <span className="chart-bar" style={{ width: `${(b.value / max) * 100}%` }} />
            <span className="chart-value">{b.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function ChartView({ workbook, sheet }: { workbook: HostWorkbook; sheet: HostSheet }) {
  if (sheet.charts.length === 0) return null;
  return (
    <div className="charts">
      {sheet.charts.map((chart) => (
        <ChartBars key={chart.id} workbook={workbook} sheet={sheet} chart={chart} />
      ))}
    </div>
  );
}
