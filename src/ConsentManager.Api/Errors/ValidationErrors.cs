namespace ConsentManager.Api.Errors;

/// <summary>Collects "JSON path → message" pairs while validating a body, then throws them as one 400.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            Add(field, message);
        }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw ApiProblemException.Invalid(_errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
        }
    }
}
