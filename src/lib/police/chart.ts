/**
 * Chart geometry as plain data: scales, points, paths and labels that the chart components
 * write out as static SVG at build time. Pure, so the numbers can be tested without a browser.
 *
 * Charts are drawn in a narrow coordinate space (320 units wide) and scaled to the page, so the
 * text stays readable on a 320 px phone. Every series differs by colour, dash and marker, so
 * colour is never the only way to tell lines apart, and every colour has at least 3:1 contrast
 * with white (WCAG 2.2, 1.4.11 non-text contrast).
 */
import { colours } from '../../styles/tokens.ts';
import { formatMonth, listInWords } from '../format.ts';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export interface SeriesStyle {
  colour: string;
  /** An SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  marker: MarkerShape;
}

/** One style per series; anti-social behaviour, drawn first, is the solid black line. */
export const seriesStyles: readonly SeriesStyle[] = [
  { colour: colours.text, dash: null, marker: 'circle' },
  { colour: colours.chartBlue, dash: '8 4', marker: 'square' },
  { colour: colours.danger, dash: '2 3', marker: 'triangle' },
  { colour: colours.ok, dash: '12 4 2 4', marker: 'diamond' },
  { colour: colours.linkVisited, dash: '4 4', marker: 'cross' },
];

/** Colours for axes, grid lines, bars and text: all at least 3:1 against white. */
export const chartColours = {
  text: colours.text,
  axis: colours.text,
  grid: colours.chartGrid,
  bar: colours.chartBlue,
} as const;

/** WCAG relative luminance contrast between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A value axis from 0 with a round step (1, 2 or 5 times a power of ten) and about `target` steps. */
export function niceScale(max: number, target = 4): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}

/** "2018-10" -> "Oct 2018". */
export function shortMonth(month: string): string {
  const [name, year] = formatMonth(month).split(' ');
  return `${name!.slice(0, 3)} ${year}`;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A marker's outline as SVG path data, centred on (x, y) with radius r. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(x - r)} ${round(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case 'square':
      return `M${round(x - r)} ${round(y - r)}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${round(x)} ${round(y - r * 1.2)}L${round(x + r * 1.1)} ${round(y + r * 0.8)}H${round(x - r * 1.1)}Z`;
    case 'diamond':
      return `M${round(x)} ${round(y - r * 1.3)}L${round(x + r * 1.3)} ${round(y)}L${round(x)} ${round(y + r * 1.3)}L${round(x - r * 1.3)} ${round(y)}Z`;
    case 'cross':
      return `M${round(x - r)} ${round(y - r)}L${round(x + r)} ${round(y + r)}M${round(x + r)} ${round(y - r)}L${round(x - r)} ${round(y + r)}`;
  }
}

export interface LineChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number; label: string }[];
  /** Month labels under the axis; the year goes on a second line at the first label and each January. */
  xLabels: { x: number; month: string; year: string | null }[];
  lines: {
    label: string;
    style: SeriesStyle;
    path: string;
    markers: string[];
    /** The marker for the legend's 36 x 12 key. */
    markerKey: string;
  }[];
}

/** The charts' font size in chart units: about 12 px on a 320 px phone. */
export const chartFontSize = 13;
/** A character's width at that size, rounded up for safety. */
const charWidth = 8;

/** A line chart of several series over the same months. */
export function lineChart(
  months: readonly string[],
  series: readonly { label: string; values: readonly number[] }[],
  width = 320,
  height = 220,
): LineChartGeometry {
  const { top: maxValue, ticks } = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const tickLabels = ticks.map((t) => t.toLocaleString('en-GB'));
  const left = 10 + charWidth * Math.max(...tickLabels.map((l) => l.length));
  const plot = { left, top: 10, right: width - 18, bottom: height - 40 };
  const x = (i: number) =>
    months.length === 1
      ? (plot.left + plot.right) / 2
      : plot.left + (i * (plot.right - plot.left)) / (months.length - 1);
  const y = (value: number) => plot.bottom - (value / maxValue) * (plot.bottom - plot.top);
  const spacing = months.length > 1 ? (plot.right - plot.left) / (months.length - 1) : Infinity;
  const every = Math.max(1, Math.ceil((charWidth * 4.5) / spacing));
  let lastYear = '';
  const xLabels = months.flatMap((m, i) => {
    if (i % every !== 0) return [];
    const [name, year] = shortMonth(m).split(' ') as [string, string];
    const showYear = year !== lastYear;
    lastYear = year;
    return [{ x: round(x(i)), month: name, year: showYear ? year : null }];
  });
  return {
    width,
    height,
    fontSize: chartFontSize,
    plot,
    yTicks: ticks.map((value, i) => ({ value, y: round(y(value)), label: tickLabels[i]! })),
    xLabels,
    lines: series.map((s, i) => {
      const style = seriesStyles[i % seriesStyles.length]!;
      const points = s.values.map((v, j) => [round(x(j)), round(y(v))] as const);
      return {
        label: s.label,
        style,
        path: points.map(([px, py], j) => `${j === 0 ? 'M' : 'L'}${px} ${py}`).join(''),
        markers: points.map(([px, py]) => markerPath(style.marker, px, py, 3.5)),
        markerKey: markerPath(style.marker, 18, 6, 3.5),
      };
    }),
  };
}

export interface BarChartGeometry {
  width: number;
  height: number;
  fontSize: number;
  bars: {
    label: string;
    value: number;
    valueLabel: string;
    labelY: number;
    barY: number;
    barWidth: number;
    barHeight: number;
    valueX: number;
    valueY: number;
  }[];
}

/** A horizontal bar chart with each label above its bar and the value at its end: fits a phone. */
export function barChart(rows: readonly { label: string; value: number }[], width = 320): BarChartGeometry {
  const rowHeight = 40;
  const valueSpace = 52;
  const max = Math.max(0, ...rows.map((r) => r.value));
  return {
    width,
    height: rows.length * rowHeight + 4,
    fontSize: chartFontSize,
    bars: rows.map((r, i) => {
      const barWidth = max > 0 ? round((r.value / max) * (width - valueSpace)) : 0;
      return {
        label: r.label,
        value: r.value,
        valueLabel: r.value.toLocaleString('en-GB'),
        labelY: i * rowHeight + 14,
        barY: i * rowHeight + 20,
        barWidth,
        barHeight: 14,
        valueX: round(barWidth + 6),
        valueY: i * rowHeight + 32,
      };
    }),
  };
}

/** A sentence that names what a line chart shows, with the highest and lowest month of the first series. */
export function describeLineChart(
  place: string,
  months: readonly string[],
  series: readonly { label: string; values: readonly number[] }[],
): string {
  const period =
    months.length === 1 ? formatMonth(months[0]!) : `${formatMonth(months[0]!)} to ${formatMonth(months.at(-1)!)}`;
  let text = `Line chart of ${listInWords(series.map((s) => s.label.toLowerCase()))} by month in ${place}, ${period}.`;
  const first = series[0];
  if (first && months.length > 1) {
    const hi = first.values.indexOf(Math.max(...first.values));
    const lo = first.values.indexOf(Math.min(...first.values));
    text += ` ${first.label}: highest ${first.values[hi]} in ${formatMonth(months[hi]!)}, lowest ${first.values[lo]} in ${formatMonth(months[lo]!)}.`;
  }
  return `${text} The table gives every figure.`;
}
