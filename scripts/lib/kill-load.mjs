// The load side of scripts/api-kill-check.sh, in three steps that share files in <dir>:
//   prepare <base> <site> <dir> <n>          writes bodies.json: n consent bodies, each with its own receiptId; even
//                                            ones name a visitor from /config (id + token), odd ones let the POST mint
//   fire <base> <site> <dir> <apiPid> <k>    POSTs every body (32 at a time) and kill -9s the API once k were
//                                            acknowledged; writes fired.json (acknowledged, interrupted, in flight)
//   retry <base> <site> <dir>                POSTs every body again, byte for byte, until 2xx; writes retried.json
// A retry is the identical request: a minted visitor is found again through its receipt id's claim.
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { call, eachLimited, pause } from "./http.mjs";

const [step, baseUrl, siteId, dir, ...rest] = process.argv.slice(2);
const consentsPath = `/v1/sites/${siteId}/consents`;
const readJson = (name) => JSON.parse(readFileSync(join(dir, name), "utf8"));
const post = (body) =>
  fetch(baseUrl + consentsPath, { method: "POST", headers: { "Content-Type": "application/json" }, body });

async function prepare(count) {
  const config = await call(baseUrl, "GET", `/v1/sites/${siteId}/config?lang=nl`);
  const purposeVersions = Object.fromEntries(config.purposes.map((p) => [p.id, p.version]));
  const indexes = Array.from({ length: count }, (_, index) => index);
  const bodies = await eachLimited(indexes, 16, async (index) => {
    const granted = index % 4 < 2;
    const visitor = index % 2 === 0 ? await call(baseUrl, "GET", `/v1/sites/${siteId}/config?lang=nl`) : null;
    return JSON.stringify({
      receiptId: randomUUID(),
      ...(visitor && { visitorId: visitor.visitorId, visitorToken: visitor.visitorToken }),
      action: granted ? "accept_all" : "reject_all",
      choices: Object.fromEntries(config.purposes.map((p) => [p.id, granted])),
      purposeVersions,
      language: "nl",
      textHash: config.textHash,
    });
  });
  writeFileSync(join(dir, "bodies.json"), JSON.stringify(bodies));
}

async function fire(apiPid, killAfter) {
  const bodies = readJson("bodies.json");
  const acknowledged = [];
  const interrupted = [];
  let sent = 0;
  let answered = 0;
  let kill = null;
  await eachLimited(bodies, 32, async (body, index) => {
    sent++;
    try {
      const response = await post(body);
      const answer = await response.json();
      if (!response.ok) throw new Error(`${response.status}: ${JSON.stringify(answer)}`);
      acknowledged.push({ index, status: response.status, receiptId: answer.receiptId, visitorId: answer.visitorId });
      if (acknowledged.length === killAfter) {
        process.kill(apiPid, "SIGKILL");
        kill = { acknowledged: killAfter, inFlight: sent - answered - 1, notSent: bodies.length - sent };
      }
    } catch (error) {
      interrupted.push({ index, error: String(error.cause?.code ?? error.message) });
    } finally {
      answered++;
    }
  });
  writeFileSync(join(dir, "fired.json"), JSON.stringify({ acknowledged, interrupted, kill }));
}

// Until 2xx: a refused connection, 429 or 503 is tried again after a pause; any other answer fails the check.
async function retry() {
  const bodies = readJson("bodies.json");
  const deadline = Date.now() + 30_000;
  const answers = await eachLimited(bodies, 16, async (body, index) => {
    for (let attempt = 1; ; attempt++) {
      let failure;
      try {
        const response = await post(body);
        const answer = await response.json();
        if (response.ok) return { index, attempt, status: response.status, ...answer };
        if (![429, 503].includes(response.status)) throw new Error(`${response.status}: ${JSON.stringify(answer)}`);
        failure = response.status;
      } catch (error) {
        if (!error.cause) throw new Error(`retry of request ${index}: ${error.message}`);
        failure = error.cause.code;
      }
      if (Date.now() > deadline) throw new Error(`request ${index} still failing (${failure}) after ${attempt} tries`);
      await pause(100);
    }
  });
  writeFileSync(join(dir, "retried.json"), JSON.stringify(answers));
}

const steps = { prepare: () => prepare(Number(rest[0])), fire: () => fire(Number(rest[0]), Number(rest[1])), retry };
await steps[step]();
