namespace ConsentManager.Api.Storage;

/// <summary>The Lua scripts the stores run; each touches the keys of one hash tag only (one Cluster slot).</summary>
internal static class RedisScripts
{
    /// <summary>
    /// Appends a receipt. KEYS: receipt, current, history. ARGV: receiptId, data, fingerprint, ttl in ms, the receipt
    /// id the caller chained to ('' for none). A stored receipt id answers 'stored' (same fingerprint) or 'conflict';
    /// a current receipt other than the chained one answers 'moved', so two concurrent writes cannot fork the chain.
    /// </summary>
    public const string AppendReceipt = """
        local fingerprint = redis.call('HGET', KEYS[1], 'fp')
        if fingerprint then
          if fingerprint == ARGV[3] then
            return {'stored', redis.call('HGET', KEYS[1], 'data')}
          end
          return {'conflict'}
        end
        if (redis.call('GET', KEYS[2]) or '') ~= ARGV[5] then
          return {'moved'}
        end
        redis.call('HSET', KEYS[1], 'data', ARGV[2], 'fp', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('SET', KEYS[2], ARGV[1], 'KEEPTTL')
        redis.call('RPUSH', KEYS[3], ARGV[1])
        for _, key in ipairs({KEYS[2], KEYS[3]}) do
          if redis.call('PTTL', key) < tonumber(ARGV[4]) then redis.call('PEXPIRE', key, ARGV[4]) end
        end
        return {'created'}
        """;
}
