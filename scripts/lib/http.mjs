// Small HTTP helpers for the scripts in scripts/ (node 20's fetch; no packages).

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One JSON call; throws with the status and body unless it answered 2xx. A 429 or 503 is tried again after its
 * Retry-After, for up to 10 s: the API answers them when a request may succeed later (a contended audit log, say).
 */
export async function call(baseUrl, method, path, headers = {}, body) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(baseUrl + path, { method, headers, body });
    const text = await response.text();
    if (response.ok) return text ? JSON.parse(text) : {};
    const wait = Number(response.headers.get("retry-after") ?? 1) * 1000;
    if (![429, 503].includes(response.status) || Date.now() + wait > deadline) {
      throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
    }
    await pause(wait);
  }
}

/** Runs work(item) for every item, at most `concurrency` at a time; resolves to the results in item order. */
export async function eachLimited(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
