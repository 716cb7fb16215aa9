-- A login storm: demo customers logging in with the right password (bcrypt on every request).
local counter = 0

request = function()
  counter = counter + 1
  local body = '{"username":"customer' .. ((counter % 20) + 1) .. '","password":"123456"}'
  return wrk.format("POST", "/api/auth/login", { ["Content-Type"] = "application/json" }, body)
end
