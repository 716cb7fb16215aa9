-- The read mix at a steady pace: every connection waits PACE_MS (default 40) between requests,
-- so the offered rate is connections × 1000 / PACE_MS and latency is service time, not the
-- queue a saturating closed loop builds. Used to see what a login storm does to reads.
dofile("scripts/load/read-mix.lua")
local pace = tonumber(os.getenv("PACE_MS") or "40")

delay = function()
  return pace
end
