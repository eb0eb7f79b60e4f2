// Charts drawn on the server as SVG: no script, readable at 360 px (positions in percent, text in
// pixels), and accessible: each chart is an image with a title and a description that lists the
// figures, and the same figures are in a table beneath it. Callers pass translated texts.
import type { Locale } from '../i18n';
import { formatNumber } from '../i18n';

export interface ChartDatum {
  label: string;
  value: number;
  /** Where the row's label leads in the table, e.g. the list filtered by this value. */
  href?: string;
}

export interface ChartProps {
  /** A prefix for the element ids, unique on the page. */
  id: string;
  title: string;
  data: ChartDatum[];
  locale: Locale;
  /** Column headers of the table of figures. */
  labelHeader: string;
  valueHeader: string;
  /** The text of the control that opens the table of figures. */
  tableToggle: string;
  /** Rows only in the table, e.g. "not given" or "earlier years". */
  extraRows?: ChartDatum[];
  /** The table shown open rather than behind its toggle. */
  isTableOpen?: boolean;
  /** A note shown above the chart (the title itself is usually the section's heading). */
  caption?: string;
}

const COLORS = { bar: '#0b5cad', text: '#1a1d21', muted: '#4a5260', line: '#d4d9df' };
const FONT_SIZE = 13;

const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

function ChartFrame(props: ChartProps & { height: number; children: unknown }) {
  const { id, title, data, locale } = props;
  const described = [...data, ...(props.extraRows ?? [])]
    .map((d) => `${d.label}: ${formatNumber(d.value, locale)}`)
    .join('; ');
  return (
    <div class="chart" id={id}>
      {props.caption && <p>{props.caption}</p>}
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        height={props.height}
        font-size={FONT_SIZE}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{described}</desc>
        {props.children as never}
      </svg>
      <details open={props.isTableOpen}>
        <summary>{props.tableToggle}</summary>
        <div class="table-wrap">
          <table>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{props.labelHeader}</th>
                <th scope="col">{props.valueHeader}</th>
              </tr>
            </thead>
            <tbody>
              {[...data, ...(props.extraRows ?? [])].map((d) => (
                <tr>
                  <th scope="row">{d.href ? <a href={d.href}>{d.label}</a> : d.label}</th>
                  <td>{formatNumber(d.value, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

const ROW = 36;
const BAR = 14;
/** The longest bar, in percent of the width: room is left for its figure. */
const BAR_SPAN = 82;

/** One bar per item, its label above it and its figure after it. */
export function HorizontalBarChart(props: ChartProps) {
  const max = Math.max(1, ...props.data.map((d) => d.value));
  return (
    <ChartFrame {...props} height={props.data.length * ROW + 4}>
      {props.data.map((d, i) => {
        const top = i * ROW;
        const width = (d.value / max) * BAR_SPAN;
        const figure = formatNumber(d.value, props.locale);
        return (
          <g>
            <title>{`${d.label}: ${figure}`}</title>
            <text x="0" y={top + FONT_SIZE} fill={COLORS.text}>
              {d.label}
            </text>
            <rect x="0" y={top + 17} width={pct(width)} height={BAR} rx="2" fill={COLORS.bar} />
            <text x={pct(width)} dx="6" y={top + 17 + BAR - 2} fill={COLORS.text}>
              {figure}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

const PLOT_TOP = 24;
const PLOT_HEIGHT = 180;
const AXIS = 22;
/** At most this many labels under the columns, so that they never overlap at 360 px. */
const MAX_AXIS_LABELS = 6;

/** One column per item in order (years), the highest figure marked by a line. */
export function ColumnChart(props: ChartProps & { maxLabel: string }) {
  const n = Math.max(1, props.data.length);
  const max = Math.max(0, ...props.data.map((d) => d.value));
  const slot = 100 / n;
  const every = Math.ceil(n / MAX_AXIS_LABELS);
  const base = PLOT_TOP + PLOT_HEIGHT;
  return (
    <ChartFrame {...props} height={base + AXIS}>
      <text x="0" y={FONT_SIZE} fill={COLORS.muted}>
        {`${props.maxLabel}: ${formatNumber(max, props.locale)}`}
      </text>
      <line x1="0" x2="100%" y1={PLOT_TOP} y2={PLOT_TOP} stroke={COLORS.line} />
      <line x1="0" x2="100%" y1={base} y2={base} stroke={COLORS.muted} />
      {props.data.map((d, i) => {
        const height = max > 0 ? (d.value / max) * PLOT_HEIGHT : 0;
        const isLabelled = (n - 1 - i) % every === 0;
        // The outer labels align with the plot's edges so that they are never cut off.
        const anchor = n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle';
        const labelX = anchor === 'start' ? 0 : anchor === 'end' ? 100 : i * slot + slot / 2;
        return (
          <g>
            <title>{`${d.label}: ${formatNumber(d.value, props.locale)}`}</title>
            <rect
              x={pct(i * slot + slot * 0.15)}
              y={base - height}
              width={pct(slot * 0.7)}
              height={height}
              fill={COLORS.bar}
            />
            {isLabelled && (
              <text x={pct(labelX)} y={base + AXIS - 6} text-anchor={anchor} fill={COLORS.text}>
                {d.label}
              </text>
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
