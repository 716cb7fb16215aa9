-- Profile writes as an admin: PUT /api/customers/{id}/profile over WRITE_IDS customers from
-- FIRST_ID on (WRITE_IDS=1: every request writes the same customer). Each wrk thread starts
-- at its own offset, so with WRITE_IDS ≥ connections the writers mostly hold distinct rows.
local first = tonumber(os.getenv("FIRST_ID"))
local count = tonumber(os.getenv("WRITE_IDS") or "64")
local token = os.getenv("ADMIN_TOKEN")
local threads = 0
local n = 0

setup = function(thread)
  thread:set("offset", threads * 1000)
  threads = threads + 1
end

request = function()
  n = n + 1
  local i = (offset or 0) + n
  local id = first + (i % count)
  local body = string.format('{"age": %d, "needs": ["savings", "insurance"], "hobbies": ["travel"]}', 20 + (i % 80))
  return wrk.format("PUT", "/api/customers/" .. id .. "/profile",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end
