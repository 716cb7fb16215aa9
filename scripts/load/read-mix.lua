-- The read mix: a customer's own profile, a page of 50 customers, the admin dashboard.
-- Tokens and ids come from the environment (scripts/load.sh logs in first).
local customer_token = os.getenv("CUSTOMER_TOKEN")
local admin_token = os.getenv("ADMIN_TOKEN")
local customer_id = os.getenv("CUSTOMER_ID")
local counter = 0

request = function()
  counter = counter + 1
  local kind = counter % 3
  if kind == 0 then
    return wrk.format("GET", "/api/customers/" .. customer_id .. "/profile", { ["Authorization"] = "Bearer " .. customer_token })
  elseif kind == 1 then
    local page = (counter % 200) + 1
    return wrk.format("GET", "/api/customers?per_page=50&page=" .. page, { ["Authorization"] = "Bearer " .. admin_token })
  else
    return wrk.format("GET", "/api/admin/dashboard", { ["Authorization"] = "Bearer " .. admin_token })
  end
end
