// The assertions of scripts/api-kill-check.sh after the retries (files from kill-load.mjs in <dir>): one receipt per
// request, each the posted receipt id in its visitor's history and nothing else there, every receipt acknowledged
// before the kill among them (same visitor), every receipt's proof valid, and today's stats counting each once.
// Usage: node kill-verify.mjs <base> <adminKey> <site> <dir>. Prints what it measured; exits 1 on any failure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { call, eachLimited } from "./http.mjs";

const [baseUrl, adminKey, siteId, dir] = process.argv.slice(2);
const readJson = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));
const bodies = readJson("bodies.json").map((body) => JSON.parse(body));
const { acknowledged, interrupted, kill } = readJson("fired.json");
const retried = readJson("retried.json");
const admin = { Authorization: `Bearer ${adminKey}` };
const failures = [];
const expect = (ok, message) => ok || failures.push(message);

expect(kill !== null, "the API was never killed: fewer requests were acknowledged than the kill waited for");
expect(interrupted.length > 0, "no request was interrupted by the kill");
for (const [index, body] of bodies.entries()) {
  const answer = retried[index];
  expect(answer.receiptId === body.receiptId, `request ${index}: the retry answered receipt ${answer.receiptId}`);
  expect(!body.visitorId || answer.visitorId === body.visitorId,
    `request ${index}: the retry answered visitor ${answer.visitorId}, not ${body.visitorId}`);
}
for (const ack of acknowledged) {
  const answer = retried[ack.index];
  expect(ack.receiptId === answer.receiptId && ack.visitorId === answer.visitorId,
    `acknowledged receipt ${ack.receiptId} (visitor ${ack.visitorId}) came back as ` +
    `${answer.receiptId} (visitor ${answer.visitorId})`);
  expect(answer.status === 200, `acknowledged receipt ${ack.receiptId} was recorded anew on retry (${answer.status})`);
}
expect(new Set(retried.map((answer) => answer.visitorId)).size === bodies.length, "two requests share a visitor");

const site = `/v1/sites/${siteId}`;
// Few at a time: every admin read appends to the site's audit chain, one writer at a time.
await eachLimited(retried, 4, async (answer) => {
  const history = await call(baseUrl, "GET", `${site}/consents/${answer.visitorId}/history`, admin);
  expect(history.length === 1 && history[0].receiptId === answer.receiptId,
    `visitor ${answer.visitorId}: history ${JSON.stringify(history.map((receipt) => receipt.receiptId))}, ` +
    `expected [${answer.receiptId}]`);
  const proof = await call(baseUrl, "GET", `${site}/receipts/${answer.receiptId}/verify`, admin);
  expect(proof.valid === true, `receipt ${answer.receiptId} does not verify: ${JSON.stringify(proof.checks)}`);
});
const today = new Date().toISOString().slice(0, 10);
const stats = await call(baseUrl, "GET", `${site}/stats?from=${today}&to=${today}`, admin);
expect(stats.totals.decisions === bodies.length,
  `stats count ${stats.totals.decisions} decisions today, expected ${bodies.length}`);

function reasons(failed) {
  const counts = new Map();
  for (const { error } of failed) counts.set(error, (counts.get(error) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `${reason} ${count}`).join(", ");
}

const storedBeforeAnswer = retried.filter((answer, index) =>
  answer.status === 200 && !acknowledged.some((ack) => ack.index === index)).length;
console.log([
  `requests: ${bodies.length}; acknowledged: ${acknowledged.length} (the kill -9 came after ${kill?.acknowledged}; ` +
    `the rest of them were answered before it, their responses still on the way)`,
  `at the kill: ${kill?.inFlight} in flight, ${kill?.notSent} not yet sent; interrupted in all: ${interrupted.length} ` +
    `(${reasons(interrupted)})`,
  `retried: ${retried.length} (stored before the kill but never acknowledged: ${storedBeforeAnswer}; ` +
    `recorded by the retry: ${retried.filter((answer) => answer.status === 201).length}; ` +
    `tries beyond the first: ${retried.reduce((sum, answer) => sum + answer.attempt - 1, 0)})`,
  `histories with exactly the posted receipt, receipts that verify, stats decisions today: checked ` +
    `(${stats.totals.decisions} decisions)`,
].join("\n"));
if (failures.length > 0) {
  console.error(`${failures.length} failures:\n${failures.slice(0, 20).join("\n")}`);
  process.exit(1);
}
