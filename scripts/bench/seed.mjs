// Seeds the benchmark's data through the public HTTP contract only, so it keeps working as the contract grows:
// a site with the recruitment purposes, a decisions:read key, and visitors created by POSTing consents without a
// visitorId (the API mints the visitor; its id and token come from the answer).
// Usage: node seed.mjs <baseUrl> <adminKey> <siteId> <outDir> <visitors>
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const [baseUrl, adminKey, siteId, outDir, visitorCount] = process.argv.slice(2);
const admin = { Authorization: `Bearer ${adminKey}`, "Content-Type": "application/json" };
const purposes = ["analytics", "retargeting", "ip_processing", "job_alert_marketing"];

async function call(method, path, headers, body) {
  const response = await fetch(baseUrl + path, { method, headers, body: body && JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

const localized = (id) => ({ nl: `${id} nl`, en: `${id} en` });
await call("PUT", `/v1/sites/${siteId}`, admin, {
  controller: { name: "Bench Vacatures B.V.", privacyPolicyUrl: "https://jobs.example/privacy" },
  allowedOrigins: ["https://jobs.example"],
  defaultLanguage: "nl",
  consentLifetimeDays: 182,
  purposes: purposes.map((id) => ({
    id, version: 1, title: localized(id), description: localized(id),
    vendors: [{ name: `${id} vendor`, cookieLifetimeDays: 30, sendsIp: true }],
  })),
});
const { key } = await call("POST", `/v1/sites/${siteId}/keys`, admin, { name: "bench", scopes: ["decisions:read"] });

// The receipt a visitor gives after seeing the banner: versions and the text hash come from /config, as the widget
// does it.
const config = await call("GET", `/v1/sites/${siteId}/config?lang=nl`, {});
const consent = {
  action: "custom",
  choices: Object.fromEntries(config.purposes.map((p) => [p.id, p.id === "analytics"])),
  purposeVersions: Object.fromEntries(config.purposes.map((p) => [p.id, p.version])),
  language: "nl",
  textHash: config.textHash,
};

const visitors = [];
let next = 0;
async function worker() {
  while (next < Number(visitorCount)) {
    next++;
    const receipt = await call("POST", `/v1/sites/${siteId}/consents`, { "Content-Type": "application/json" }, consent);
    visitors.push({ id: receipt.visitorId, token: receipt.visitorToken });
  }
}
await Promise.all(Array.from({ length: 16 }, worker));

const ids = visitors.map((v) => v.id);
writeFileSync(join(outDir, "decision-key"), key);
writeFileSync(join(outDir, "visitors"), ids.join("\n") + "\n");
writeFileSync(join(outDir, "returning"), JSON.stringify(visitors[0]));
writeFileSync(join(outDir, "consent.json"), JSON.stringify(consent));
writeFileSync(join(outDir, "batch.json"), JSON.stringify({ visitorIds: ids.slice(0, 1000), purposes }));
