namespace ConsentManager.Api.Consents;

/// <summary>
/// A step that must follow every stored receipt before the visitor is told it is stored: counting it, publishing it
/// to the site's change feed. Its keys live in another Redis Cluster slot than the visitor's (the site's), so it
/// cannot share the append script; instead the recorder runs it after the append, on the first write and again on
/// every retry of the same receipt, and answers only once it succeeded. It must therefore be idempotent per receipt
/// id: a crash between the append and this step is repaired by the client's retry, never counted twice. Observers
/// run concurrently, so none may depend on another.
/// </summary>
public interface IReceiptObserver
{
    Task OnStoredAsync(StoredReceipt stored);
}
