namespace ConsentManager.Api.Stats;

/// <summary>The Lua scripts of <see cref="RedisStatsStore"/>; each runs in the site's slot, as one atomic step.</summary>
internal static class StatsScripts
{
    // KEYS: counted set; the day's hashes in StatsDimensions order (totals first); the month's roll-ups of the other
    // dimensions, same order; rollups-from. ARGV: member (empty: count unconditionally), day expiry, month expiry
    // (unix seconds), today, one field prefix per dimension, the totals' field, the other dimensions' field.
    // A hash's expiry is set when the increment created its field (it is 1 then): a new hash always does, and
    // setting it again on every count only cost a call; retention runs from the counted day either way.
    public const string Count = """
        if ARGV[1] ~= '' then
          if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
          redis.call('EXPIREAT', KEYS[1], ARGV[2])
        end
        redis.call('SET', KEYS[#KEYS], ARGV[4], 'NX')
        local n = (#KEYS - 1) / 2
        for k = 1, n do
          local field = ARGV[4 + k] .. ARGV[k == 1 and n + 5 or n + 6]
          if redis.call('HINCRBY', KEYS[1 + k], field, 1) == 1 then redis.call('EXPIREAT', KEYS[1 + k], ARGV[2]) end
          if k > 1 and redis.call('HINCRBY', KEYS[n + k], field, 1) == 1 then redis.call('EXPIREAT', KEYS[n + k], ARGV[3]) end
        end
        return 1
        """;

    // KEYS: rollups-from, then per segment the month's roll-up (whole months only) and the segment's day hashes.
    // ARGV: per segment its month (yyyy-MM-dd of the 1st; empty for a partial month) and its number of days.
    // A month is read from its roll-up when it began after rollups-from and the roll-up still exists, else from
    // its days. Returns one flat field/count list summed over the range: a small reply however long the range.
    public const string ReadSum = """
        local from = redis.call('GET', KEYS[1])
        local sums = {}
        local function add(key)
          local fields = redis.call('HGETALL', key)
          for j = 1, #fields, 2 do sums[fields[j]] = (sums[fields[j]] or 0) + tonumber(fields[j + 1]) end
        end
        local k = 2
        for s = 1, #ARGV, 2 do
          local month, days = ARGV[s], tonumber(ARGV[s + 1])
          local rolled = false
          if month ~= '' then
            rolled = from and month > from and redis.call('EXISTS', KEYS[k]) == 1
            if rolled then add(KEYS[k]) end
            k = k + 1
          end
          if not rolled then
            for d = k, k + days - 1 do add(KEYS[d]) end
          end
          k = k + days
        end
        local out = {}
        for field, count in pairs(sums) do
          out[#out + 1] = field
          out[#out + 1] = count
        end
        return out
        """;
}
