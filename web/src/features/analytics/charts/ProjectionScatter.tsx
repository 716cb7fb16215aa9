// Customers on two principal components, one colour and shape per segment, drawn as one SVG path per segment.
import { useMemo, useState, type MouseEvent } from 'react';
import { CartesianGrid, ScatterChart, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ProjectedPoint, Projection } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent, formatTime } from '../../../shared/format';
import { ChartFrame } from './ChartFrame';

/** Ten colours with at least 3:1 contrast on white; shapes cycle separately so up to 70 segments stay apart. */
const COLOURS = ['#1d4ed8', '#b45309', '#047857', '#be123c', '#6d28d9', '#0e7490', '#a16207', '#4d7c0f', '#c2410c', '#be185d'];
const UNSEGMENTED = '#64748b';

type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'triangleDown';
const SHAPES: Shape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'triangleDown'];

/** Vertices of each polygon for radius 1, relative to the centre. */
const POLYGONS: Record<Exclude<Shape, 'circle'>, [number, number][]> = {
  square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
  triangle: [[0, -1.2], [1.1, 0.8], [-1.1, 0.8]],
  triangleDown: [[0, 1.2], [1.1, -0.8], [-1.1, -0.8]],
  diamond: [[0, -1.3], [1, 0], [0, 1.3], [-1, 0]],
  cross: [[-0.35, -1.1], [0.35, -1.1], [0.35, -0.35], [1.1, -0.35], [1.1, 0.35], [0.35, 0.35], [0.35, 1.1], [-0.35, 1.1], [-0.35, 0.35], [-1.1, 0.35], [-1.1, -0.35], [-0.35, -0.35]],
  star: Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 1.35 : 0.6;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return [radius * Math.cos(angle), radius * Math.sin(angle)] as [number, number];
  }),
};

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A path for one mark drawn relative to the current point (after an absolute `M x,y` at its centre). */
function markTemplate(shape: Shape, r: number): string {
  if (shape === 'circle') return `m${r1(-r)},0a${r1(r)},${r1(r)} 0 1,0 ${r1(2 * r)},0a${r1(r)},${r1(r)} 0 1,0 ${r1(-2 * r)},0`;
  let d = '';
  let [px, py] = [0, 0];
  for (const [x, y] of POLYGONS[shape]) {
    d += `${d ? 'l' : 'm'}${r1((x - px) * r)},${r1((y - py) * r)}`;
    [px, py] = [x, y];
  }
  return `${d}z`;
}

interface Group {
  key: string;
  segment: number | null;
  points: ProjectedPoint[];
  meanX: number;
  meanY: number;
  colour: string;
  shape: Shape;
}

/** Points by segment, segments in order, customers without a segment last; look keyed by segment number. */
function groupBySegment(points: readonly ProjectedPoint[]): Group[] {
  const map = new Map<number | null, ProjectedPoint[]>();
  for (const p of points) {
    const seg = p.segment ?? null;
    let list = map.get(seg);
    if (!list) map.set(seg, (list = []));
    list.push(p);
  }
  return [...map.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([segment, pts]) => ({
      key: segment === null ? 'none' : String(segment),
      segment,
      points: pts,
      meanX: pts.reduce((s, p) => s + p.x, 0) / pts.length,
      meanY: pts.reduce((s, p) => s + p.y, 0) / pts.length,
      colour: segment === null ? UNSEGMENTED : (COLOURS[segment % COLOURS.length] ?? UNSEGMENTED),
      shape: segment === null ? 'circle' : (SHAPES[segment % SHAPES.length] ?? 'circle'),
    }));
}

/** An axis around the data: a 1, 2 or 5 × 10ⁿ step giving about five ticks, and the range rounded out to it. */
export function niceAxis(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [-1, 1];
  if (hi - lo < 1e-9) [lo, hi] = [lo - 1, hi + 1];
  const raw = (hi - lo) / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * pow >= raw) ?? 10) * pow;
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Math.round(v / step) * step);
  return { domain: [start, end], ticks };
}

/** A small legend swatch: the mark itself. */
function Swatch({ group }: { group: Group }) {
  return (
    <svg width="14" height="14" aria-hidden="true" className="shrink-0">
      <path d={`M7,7${markTemplate(group.shape, 5)}`} fill={group.colour} />
    </svg>
  );
}

/**
 * Every mark of a segment in one `<path>` (thousands of points stay a handful of DOM nodes,
 * drawn at once, never animated), with a nearest-point tooltip for the mouse.
 */
function Marks({ groups, radius, label }: { groups: Group[]; radius: number; label: (p: ProjectedPoint) => string[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const [hover, setHover] = useState<{ p: ProjectedPoint; px: number; py: number; colour: string } | null>(null);
  const drawn = useMemo(() => {
    if (!xScale || !yScale) return null;
    const all: { p: ProjectedPoint; px: number; py: number; colour: string }[] = [];
    const paths = groups.map((g) => {
      const tpl = markTemplate(g.shape, radius);
      const parts: string[] = [];
      for (const p of g.points) {
        const px = xScale(p.x);
        const py = yScale(p.y);
        if (px === undefined || py === undefined) continue;
        all.push({ p, px, py, colour: g.colour });
        parts.push(`M${r1(px)},${r1(py)}${tpl}`);
      }
      return { key: g.key, colour: g.colour, count: parts.length, d: parts.join('') };
    });
    return { paths, all };
  }, [groups, radius, xScale, yScale]);
  if (!drawn || !plot) return null;

  const onMove = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const mx = e.clientX - box.left + plot.x;
    const my = e.clientY - box.top + plot.y;
    let best: (typeof drawn.all)[number] | null = null;
    let bestD = 10 * 10; // within 10 px
    for (const c of drawn.all) {
      const d = (c.px - mx) ** 2 + (c.py - my) ** 2;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    setHover((prev) => (prev?.p === best?.p ? prev : best));
  };
  const tipW = 168;
  const tipH = 48;
  return (
    <g className="projection-marks">
      {drawn.paths.map((p) => (
        <path key={p.key} className="projection-segment" data-count={p.count} d={p.d} fill={p.colour} fillOpacity={0.8} />
      ))}
      <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} fill="transparent" onMouseMove={onMove} onMouseLeave={() => setHover(null)} />
      {hover && (
        <g pointerEvents="none">
          <circle cx={hover.px} cy={hover.py} r={radius + 3} fill="none" stroke="#0f172a" strokeWidth={1.5} />
          <foreignObject
            x={hover.px + 12 + tipW > plot.x + plot.width ? hover.px - 12 - tipW : hover.px + 12}
            y={Math.min(Math.max(plot.y, hover.py - tipH / 2), plot.y + plot.height - tipH)}
            width={tipW}
            height={tipH}
          >
            <div className="projection-tooltip rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-900 shadow">
              {label(hover.p).map((line, i) => (
                <p key={i} className={i === 0 ? 'font-semibold' : 'text-slate-700'}>
                  {line}
                </p>
              ))}
            </div>
          </foreignObject>
        </g>
      )}
    </g>
  );
}

/** Customers on the first two principal components, one colour and shape per segment. */
export function ProjectionScatter({ data }: { data: Projection }) {
  const { t, locale } = useI18n();
  const a = t.analytics;
  const groups = useMemo(() => groupBySegment(data.points), [data.points]);
  const xAxis = useMemo(() => niceAxis(data.points.map((p) => p.x)), [data.points]);
  const yAxis = useMemo(() => niceAxis(data.points.map((p) => p.y)), [data.points]);
  const digits = (ticks: number[]) => (ticks.some((v) => !Number.isInteger(Math.round(v * 1e6) / 1e6)) ? 1 : 0);
  const name = (segment: number | null) => (segment === null ? a.unsegmented : t.runs.segment(segment));
  const [vx = 0, vy = 0] = data.explained_variance;
  const radius = data.points.length > 1000 ? 2.2 : data.points.length > 200 ? 3 : 4.5;
  const pointLabel = (p: ProjectedPoint) => [a.customer(p.customer_id), `${name(p.segment ?? null)}${p.class ? ` · ${a.classOf(p.class)}` : ''}`];
  const note = data.points.length > 0 && (
    <>
      <p className="mb-2 text-sm text-slate-700">
        <strong className="font-semibold tabular-nums">{a.shown(formatNumber(data.points.length, locale), formatNumber(data.population, locale))}</strong>
        {' · '}
        {a.computedAt(formatTime(data.computed_at, locale))}
      </p>
      <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={a.legend}>
        {groups.map((g) => (
          <li key={g.key} className="projection-legend-item flex items-center gap-1.5">
            <Swatch group={g} />
            {name(g.segment)}
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <ChartFrame
      title={a.projection}
      description={a.projectionDesc}
      columns={[a.segment, a.shownCount, a.centreX, a.centreY]}
      rows={groups.map((g) => [name(g.segment), g.points.length, formatNumber(g.meanX, locale, 2), formatNumber(g.meanY, locale, 2)])}
      note={note}
      empty={data.points.length === 0 ? a.projectionEmpty : undefined}
    >
      {(width) => (
        // No keyboard layer: the marks are not Recharts items, so arrow keys would have nothing to visit;
        // the data table under the chart is the keyboard and screen-reader view.
        <ScatterChart accessibilityLayer={false} width={width} height={Math.max(280, Math.min(440, Math.round(width * 0.6)))} margin={{ top: 8, right: 12, bottom: 28, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={xAxis.domain}
            ticks={xAxis.ticks}
            allowDataOverflow
            tick={{ fill: '#334155' }}
            tickFormatter={(v: number) => formatNumber(v, locale, digits(xAxis.ticks))}
            label={{ value: a.axis(1, formatPercent(vx, locale)), position: 'insideBottom', offset: -18, fill: '#334155' }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            allowDataOverflow
            width={48}
            tick={{ fill: '#334155' }}
            tickFormatter={(v: number) => formatNumber(v, locale, digits(yAxis.ticks))}
            label={{ value: a.axis(2, formatPercent(vy, locale)), angle: -90, position: 'insideLeft', offset: 0, fill: '#334155', style: { textAnchor: 'middle' } }}
          />
          <Marks groups={groups} radius={radius} label={pointLabel} />
        </ScatterChart>
      )}
    </ChartFrame>
  );
}
