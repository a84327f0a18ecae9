-- GET of the URL given to wrk (headers with -H); only reports.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
