namespace ConsentManager.Api.Storage;

/// <summary>
/// The Lua scripts of the receipt store; each touches the keys of one visitor's hash tag only (one Cluster slot).
/// A receipt is a string: its 32-byte fingerprint, then its data. Receipts stored before that layout are hashes with
/// the fields <c>data</c> and <c>fp</c> (hex); every script reads both.
/// </summary>
internal static class RedisScripts
{
    // The data of the receipt stored at a key, in either layout; false when there is none.
    private const string ReceiptData = """
        local function receiptData(key)
          local kind = redis.call('TYPE', key)['ok']
          if kind == 'string' then return string.sub(redis.call('GET', key), 33) end
          if kind == 'hash' then return redis.call('HGET', key, 'data') end
          return false
        end

        """;

    /// <summary>
    /// Appends a receipt. KEYS: receipt, history, the earlier layout's current-receipt key. ARGV: receiptId,
    /// fingerprint and data as stored, fingerprint as hex (earlier layout), ttl in ms, the receipt id the caller chained
    /// to ('' for none), the layout to write (see <c>ReceiptOptions.Layout</c>; layout 2 deletes the current key, as
    /// the history's last entry is the current receipt). A stored receipt id answers 'stored' (same fingerprint) or
    /// 'conflict'; a current receipt other than the chained one answers 'moved', so two concurrent writes cannot fork
    /// the chain.
    /// </summary>
    public const string AppendReceipt = """
        local kind = redis.call('TYPE', KEYS[1])['ok']
        if kind == 'string' then
          local stored = redis.call('GET', KEYS[1])
          if string.sub(stored, 1, 32) == string.sub(ARGV[2], 1, 32) then return {'stored', string.sub(stored, 33)} end
          return {'conflict'}
        end
        if kind == 'hash' then
          if redis.call('HGET', KEYS[1], 'fp') == ARGV[3] then return {'stored', redis.call('HGET', KEYS[1], 'data')} end
          return {'conflict'}
        end
        if (redis.call('LINDEX', KEYS[2], -1) or '') ~= ARGV[5] then
          return {'moved'}
        end
        local linked = {KEYS[2]}
        if ARGV[6] == '1' then
          redis.call('HSET', KEYS[1], 'data', string.sub(ARGV[2], 33), 'fp', ARGV[3])
          redis.call('PEXPIRE', KEYS[1], ARGV[4])
          redis.call('SET', KEYS[3], ARGV[1], 'KEEPTTL')
          linked[2] = KEYS[3]
        else
          redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[4])
          redis.call('DEL', KEYS[3])
        end
        redis.call('RPUSH', KEYS[2], ARGV[1])
        for _, key in ipairs(linked) do
          if redis.call('PTTL', key) < tonumber(ARGV[4]) then redis.call('PEXPIRE', key, ARGV[4]) end
        end
        return {'created'}
        """;

    /// <summary>
    /// The data of a visitor's newest receipts, oldest first, skipping expired ones. KEYS: history. ARGV: the prefix of
    /// the visitor's receipt keys, minus the number of newest history entries to read.
    /// </summary>
    public const string ReadHistory = ReceiptData + """
        local found = {}
        for _, receiptId in ipairs(redis.call('LRANGE', KEYS[1], ARGV[2], -1)) do
          local data = receiptData(ARGV[1] .. receiptId)
          if data then found[#found + 1] = data end
        end
        return found
        """;

    /// <summary>The data of one receipt, or nil. KEYS: receipt.</summary>
    public const string ReadReceipt = ReceiptData + "return receiptData(KEYS[1])";
}
