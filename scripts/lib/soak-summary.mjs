// Turns scripts/soak.sh's raw samples into docs/soak.md (one run; the next run replaces it).
// Usage: node soak-summary.mjs <windows.tsv> <samples.tsv> <label> <machine> <target req/s> <fraction> <output.md>
// windows.tsv: window, scenario, requests, seconds, p50 µs, p99 µs, errors, non-2xx (as scripts/bench/report.lua)
// samples.tsv: window, elapsed s, API RSS kB, GC heap bytes (empty when /metrics does not export it)
import { readFileSync, writeFileSync } from "node:fs";

const [windowsFile, samplesFile, label, machine, target, fraction, output] = process.argv.slice(2);
const rows = (file) => readFileSync(file, "utf8").trim().split("\n").map((line) => line.split("\t"));
const results = rows(windowsFile).map(([window, name, requests, seconds, , p99, errors, non2xx]) =>
  ({ window: +window, name, rps: requests / seconds, requests: +requests, p99: p99 / 1000, errors: +errors,
    non2xx: +non2xx }));
const samples = rows(samplesFile).map(([window, elapsed, rss, heap]) =>
  ({ window: +window, minutes: elapsed / 60, rssMb: rss / 1024, heapMb: heap ? heap / 2 ** 20 : null }));
const names = [...new Set(results.map((result) => result.name))];
const fixed = (value, digits = 1) => (value === null ? "n/a" : value.toFixed(digits));

// Least-squares slope of RSS over time (MB per minute), of two points or more; the summary leaves out the first
// window, when JIT, pools and caches are still filling.
function slope(points) {
  const n = points.length;
  const mx = points.reduce((sum, p) => sum + p.minutes, 0) / n;
  const my = points.reduce((sum, p) => sum + p.rssMb, 0) / n;
  const sxy = points.reduce((sum, p) => sum + (p.minutes - mx) * (p.rssMb - my), 0);
  const sxx = points.reduce((sum, p) => sum + (p.minutes - mx) ** 2, 0);
  return sxy / sxx;
}

const total = (pick) => results.reduce((sum, result) => sum + pick(result), 0);
const middle = samples[Math.floor((samples.length - 1) / 2)];
const [first, last] = [samples[0], samples.at(-1)];
const lines = [
  `## ${label} — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `Machine: ${machine}. Load: ${target} req/s (${fraction} of the measured maximum decision rate, ` +
    `${fixed(target / fraction, 0)} req/s), 70% decisions, ` +
    `20% /config of a returning visitor, 10% consent POSTs of new visitors; ${samples.length} windows of 10 s.`,
  "",
  `- Achieved: ${fixed(total((r) => r.rps) / samples.length, 0)} req/s on average (a paced connection sends less ` +
    "than its share when responses take longer than its pause).",
  `- Requests: ${total((r) => r.requests)}; errors: ${total((r) => r.non2xx)} non-2xx, ` +
    `${total((r) => r.errors - r.non2xx)} socket errors (connect, read, write, timeout).`,
  `- API RSS: ${fixed(first.rssMb)} MB at the start, ${fixed(middle.rssMb)} MB in the middle, ` +
    `${fixed(last.rssMb)} MB at the end; ` + (samples.length < 3 ? "no slope (it needs 3 windows or more)."
    : `slope ${fixed(slope(samples.slice(1)), 2)} MB/min (least squares, first window left out); ` +
      `${fixed(slope(samples.slice(Math.floor(samples.length / 2))), 2)} MB/min over the second half, once JIT ` +
      "tiering, thread and buffer pools have reached their working size."),
  `- GC heap: ${first.heapMb === null ? "not exported by /metrics"
    : `${fixed(first.heapMb)} MB at the start, ${fixed(last.heapMb)} MB at the end`}.`,
  "",
  `| window end (s) | ${names.map((name) => `${name} req/s | ${name} p99 ms`).join(" | ")} ` +
    "| errors | RSS MB | GC heap MB |",
  `| ---: | ${names.map(() => "---: | ---:").join(" | ")} | ---: | ---: | ---: |`,
];
for (const sample of samples) {
  const window = results.filter((result) => result.window === sample.window);
  const cells = names.map((name) => window.find((result) => result.name === name))
    .map((result) => `${fixed(result.rps, 0)} | ${fixed(result.p99, 2)}`);
  lines.push(`| ${fixed(sample.minutes * 60, 0)} | ${cells.join(" | ")} | ` +
    `${window.reduce((sum, result) => sum + result.errors, 0)} | ${fixed(sample.rssMb)} | ${fixed(sample.heapMb)} |`);
}

const section = lines.join("\n") + "\n";
const title = "# Soak test\n\nWritten by `bash scripts/soak.sh` (see README, \"Soak test\").\n\n";
writeFileSync(output, title + section);
process.stdout.write(section);
