-- Paces a wrk scenario, as Debian's wrk has no -R: runs the scenario script $SOAK_SCRIPT (one of scripts/bench/),
-- then waits $SOAK_DELAY_MS before each request on each connection, so c connections send at most
-- c * 1000 / delay requests per second (less when responses are slow; the report shows what was achieved).
dofile(os.getenv("SOAK_SCRIPT"))
local pause = tonumber(os.getenv("SOAK_DELAY_MS"))

function delay()
  return pause
end
