-- POST of the JSON body in $BENCH_BODY (a file), e.g. a consent without visitorId (a new visitor each time)
-- or a batch of 1000 visitors x 4 purposes.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local file = assert(io.open(os.getenv("BENCH_BODY"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

