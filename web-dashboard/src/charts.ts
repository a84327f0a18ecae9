// Chart.js, registered piece by piece so the build carries only what the dashboard draws. Charts are
// pictures for sighted users (role="img" with a summary); the tables beside them carry the numbers.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, LineController,
  LineElement, PointElement, Tooltip);

// Distinguishable for common colour-vision deficiencies (Okabe-Ito), each ≥ 3:1 against white.
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56606b'];

export interface Series {
  label: string;
  values: (number | null)[];
}

const charts = new Map<string, Chart>();

function draw(canvas: HTMLCanvasElement, summary: string, config: ChartConfiguration) {
  charts.get(canvas.id)?.destroy();
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', summary);
  config.options = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    ...config.options,
    plugins: { legend: { position: 'bottom', labels: { color: '#1b1f23' } }, ...config.options?.plugins },
  };
  charts.set(canvas.id, new Chart(canvas, config));
}

const percentAxis = { min: 0, max: 100, ticks: { callback: (value: string | number) => `${value}%` } };

/** Rates (0..1) over time, one line per series, drawn as percentages; gaps where a day is suppressed. */
export function lineChart(canvas: HTMLCanvasElement, summary: string, labels: string[], series: Series[]) {
  draw(canvas, summary, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values.map((v) => (v === null ? null : v * 100)),
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        pointRadius: labels.length > 60 ? 0 : 2,
        spanGaps: false,
      })),
    },
    options: { scales: { y: percentAxis } },
  });
}

/** Grouped bars; `percent` draws 0..1 values as percentages. */
export function barChart(canvas: HTMLCanvasElement, summary: string, labels: string[], series: Series[], percent: boolean, horizontal = false) {
  draw(canvas, summary, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values.map((v) => (v === null ? null : percent ? v * 100 : v)),
        backgroundColor: PALETTE[i % PALETTE.length],
      })),
    },
    options: { indexAxis: horizontal ? 'y' : 'x', scales: percent ? { [horizontal ? 'x' : 'y']: percentAxis } : {} },
  });
}

export function doughnutChart(canvas: HTMLCanvasElement, summary: string, labels: string[], values: number[]) {
  draw(canvas, summary, {
    type: 'doughnut',
    data: { labels, datasets: [{ data: values, backgroundColor: PALETTE.slice(0, values.length) }] },
  });
}
