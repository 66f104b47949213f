-- wrk script for lock + unlock cycles: each thread drives one connection and one
-- record (BENCH_RECORDS, comma separated), alternating POST (lock) and DELETE
-- (unlock the lock id the POST answered). Run with as many threads as connections.
local records = {}
for id in string.gmatch(os.getenv("BENCH_RECORDS") or "", "%d+") do records[#records + 1] = id end
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("record", records[#threads])
end

wrk.headers["Authorization"] = "Zoho-oauthtoken " .. (os.getenv("BENCH_TOKEN") or "1000.admin.token")
local base = os.getenv("BENCH_PATH_PREFIX") or "/crm/v7/Leads/"
local body = '{"data":[{"Locked_Reason__s":"bench"}]}'
local lock_id = nil
failures = 0

function request()
  local path = base .. record .. "/Locking_Information__s"
  if lock_id then return wrk.format("DELETE", path .. "/" .. lock_id) end
  return wrk.format("POST", path, nil, body)
end

function response(status, headers, response_body)
  if lock_id then
    if status ~= 200 then failures = failures + 1 end
    lock_id = nil
  else
    -- details: Modified_Time, Modified_By{name,id}, Created_Time, id, ...: the lock id follows Created_Time.
    lock_id = string.match(response_body, '"Created_Time":"[^"]*","id":"(%d+)"')
    if status ~= 201 or not lock_id then failures = failures + 1 end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("failures") end
  io.write(string.format("cycle failures: %d\n", total))
end
