-- GET …/decisions/{visitorId}?purpose=analytics, cycling through the seeded visitors in $BENCH_VISITORS (one id a
-- line), so every request reads a different visitor's state. $BENCH_PREFIX is "/v1/sites/<site>/decisions/".
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local visitors = {}
for line in io.lines(os.getenv("BENCH_VISITORS")) do
  visitors[#visitors + 1] = line
end
local prefix = os.getenv("BENCH_PREFIX")
local next_visitor = 0

function request()
  next_visitor = next_visitor % #visitors + 1
  return wrk.format("GET", prefix .. visitors[next_visitor] .. "?purpose=analytics")
end
