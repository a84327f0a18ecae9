// Turns the benchmark's raw results into a markdown section and puts it at the top of the results in the output
// file (newest first; earlier sections are kept, so before/after stay side by side).
// Usage: node summarize.mjs <results.tsv> <label> <machine> <settings> "<visitors> <bytes> <keys>" <output.md>
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const [resultsFile, label, machine, settings, memory, output] = process.argv.slice(2);
const rows = readFileSync(resultsFile, "utf8").trim().split("\n").map((line) => {
  const [run, name, requests, seconds, p50, p99, errors, cpu, redisCpu] = line.split("\t");
  return { run, name, requests: +requests, rps: requests / seconds, p50: p50 / 1000, p99: p99 / 1000, errors: +errors, cpu: +cpu, redisCpu: +redisCpu };
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const baseline = Object.fromEntries(rows.filter((row) => row.name === "healthz").map((row) => [row.run, row.rps]));
const names = [...new Set(rows.map((row) => row.name))];
const fixed = (value, digits) => value.toFixed(digits);

const lines = [
  `## ${label} — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `Machine: ${machine}.`,
  `Settings: ${settings}. Medians over the runs; the ratio is to /healthz of the same run (min–max over runs).`,
  "",
  "| scenario | req/s | p50 ms | p99 ms (worst) | errors | API CPU µs/req | Redis CPU µs/req | ratio to /healthz |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];
for (const name of names) {
  const runs = rows.filter((row) => row.name === name);
  const ratios = runs.map((row) => row.rps / baseline[row.run]);
  const perRequest = (seconds) => median(runs.map((row) => (seconds(row) * 1e6) / Math.max(row.requests, 1)));
  lines.push(`| ${name} | ${fixed(median(runs.map((r) => r.rps)), 0)} | ${fixed(median(runs.map((r) => r.p50)), 2)} | ` +
    `${fixed(median(runs.map((r) => r.p99)), 2)} (${fixed(Math.max(...runs.map((r) => r.p99)), 2)}) | ` +
    `${runs.reduce((sum, r) => sum + r.errors, 0)} | ${fixed(perRequest((r) => r.cpu), 0)} | ${fixed(perRequest((r) => r.redisCpu), 0)} | ` +
    `${fixed(median(ratios), 2)}× (${fixed(Math.min(...ratios), 2)}–${fixed(Math.max(...ratios), 2)}) |`);
}

const [visitors, bytes, keys] = memory.split(" ").map(Number);
lines.push("", visitors > 0
  ? `Redis memory per visitor (state + 1 receipt): **${fixed(bytes / visitors, 0)} B** and ${fixed(keys / visitors, 2)} keys ` +
    `(INFO used_memory delta ${bytes} B over ${visitors} new visitors).`
  : "Redis memory per visitor: not measured (no visitor was stored).", "");

const title = "# Benchmarks\n\nWritten by `bash scripts/bench.sh` (see README, \"Benchmark\"); newest run first.\n\n";
const earlier = existsSync(output) ? readFileSync(output, "utf8") : "";
const start = earlier.indexOf("\n## ");
const section = lines.join("\n") + "\n";
writeFileSync(output, title + section + (start >= 0 ? earlier.slice(start + 1) : ""));
process.stdout.write(section);
