// Size budget for the embed: prints one parseable line and fails when gzip exceeds the budget.
// Every visitor of every site downloads this file before the page can ask for consent.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const BUDGET_GZIP = 10240;

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) {
  console.error('widget size: no entry in dist/.vite/manifest.json; run the build first');
  process.exit(1);
}
const code = readFileSync(new URL(entry.file, dist));
const sizes = {
  file: entry.file,
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  budgetGzip: BUDGET_GZIP,
};

console.log(`widget size: raw=${sizes.raw} gzip=${sizes.gzip} brotli=${sizes.brotli} (budget ${BUDGET_GZIP} gzip)`);
mkdirSync(new URL('../test-results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../test-results/size.json', import.meta.url), `${JSON.stringify(sizes, null, 2)}\n`);
if (sizes.gzip > BUDGET_GZIP) {
  console.error(`widget size: ${entry.file} is ${sizes.gzip} bytes gzipped, over the ${BUDGET_GZIP}-byte budget`);
  process.exit(1);
}
