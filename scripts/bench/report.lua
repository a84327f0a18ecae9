-- Shared by every scenario: one machine-readable line per wrk run, read by scripts/bench.sh.
-- RESULT <requests> <seconds> <p50 µs> <p99 µs> <errors> <non-2xx>
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %d %.3f %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), errors, e.status))
end
