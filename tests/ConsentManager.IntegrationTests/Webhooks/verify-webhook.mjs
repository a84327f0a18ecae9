// An independent Standard Webhooks verifier (node:crypto only), fed {secret, id, timestamp, signature, body} on stdin.
import { createHmac, timingSafeEqual } from "node:crypto";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { secret, id, timestamp, signature, body } = JSON.parse(input);
const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
const valid = signature.split(" ").some((candidate) => {
  const [version, value] = candidate.split(",");
  const given = Buffer.from(value ?? "", "base64");
  return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
});
process.stdout.write(valid ? "valid" : "invalid");
