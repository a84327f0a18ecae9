-- Partial records of one site after a crash (scripts/api-kill-check.sh), against the layout in Storage/RedisKeys.cs:
-- every receipt is complete (a fingerprint and data; or, stored before receipt layout 2, a hash with data and fp) and
-- listed in its visitor's history, every history entry has its receipt, an earlier layout's current key is the
-- history's last entry, every receipt-id claim led to a receipt of the claimed visitor, and the site's receipt index
-- lists every receipt. Usage: redis-cli --eval partial-records.lua , <siteId>
-- Answers "receipts N", "histories N", "claims N", "indexed N", then one line per problem.
local site = ARGV[1]
local visitorPrefix = 'cm:v:{' .. site .. ':'
local counts = { receipts = 0, histories = 0, claims = 0 }
local problems = {}

local function scan(prefix, each)
  local cursor = '0'
  repeat
    local reply = redis.call('SCAN', cursor, 'MATCH', prefix .. '*', 'COUNT', 1000)
    cursor = reply[1]
    for _, key in ipairs(reply[2]) do each(string.sub(key, #prefix + 1), key) end
  until cursor == '0'
end

local function receiptKey(visitor, receipt) return visitorPrefix .. visitor .. '}:r:' .. receipt end

local function checkReceipt(visitor, receipt, key)
  counts.receipts = counts.receipts + 1
  local complete
  if redis.call('TYPE', key)['ok'] == 'string' then
    complete = redis.call('STRLEN', key) > 32
  else
    complete = redis.call('HEXISTS', key, 'data') == 1 and redis.call('HEXISTS', key, 'fp') == 1
  end
  if not complete then
    problems[#problems + 1] = 'incomplete receipt ' .. key
  end
  if not redis.call('LPOS', visitorPrefix .. visitor .. '}:history', receipt) then
    problems[#problems + 1] = 'receipt without a history entry ' .. key
  end
  if not redis.call('ZSCORE', 'cm:site:{' .. site .. '}:receipts', receipt .. ' ' .. visitor) then
    problems[#problems + 1] = 'receipt missing from the site index ' .. key
  end
end

local function checkHistory(visitor, key)
  counts.histories = counts.histories + 1
  local ids = redis.call('LRANGE', key, 0, -1)
  for _, receipt in ipairs(ids) do
    if redis.call('EXISTS', receiptKey(visitor, receipt)) == 0 then
      problems[#problems + 1] = 'history entry without its receipt ' .. key .. ' ' .. receipt
    end
  end
  local current = redis.call('GET', visitorPrefix .. visitor .. '}:current')
  if current and current ~= ids[#ids] then
    problems[#problems + 1] = 'the earlier layout\'s current is not the last history entry of ' .. key
  end
end

scan(visitorPrefix, function(rest, key)
  local visitor, kind = string.match(rest, '^([^}]+)}:(.*)$')
  if string.sub(kind, 1, 2) == 'r:' then
    checkReceipt(visitor, string.sub(kind, 3), key)
  elseif kind == 'history' then
    checkHistory(visitor, key)
  end
end)

scan('cm:ri:{' .. site .. ':', function(rest, key)
  counts.claims = counts.claims + 1
  local visitor = string.match(redis.call('GET', key), '^(%S+)')
  if redis.call('EXISTS', receiptKey(visitor, string.sub(rest, 1, -2))) == 0 then
    problems[#problems + 1] = 'receipt id claimed but never stored ' .. key
  end
end)

local reply = { 'receipts ' .. counts.receipts, 'histories ' .. counts.histories, 'claims ' .. counts.claims,
  'indexed ' .. redis.call('ZCARD', 'cm:site:{' .. site .. '}:receipts') }
for _, problem in ipairs(problems) do reply[#reply + 1] = problem end
return reply
