using ConsentManager.Api.Errors;

namespace ConsentManager.UnitTests.Errors;

public sealed class JsonErrorMessagesTests
{
    [Theory]
    [InlineData("$.foo", "The JSON property 'foo' could not be mapped to any .NET member contained in type 'X.Y'.", "Field 'foo' is not part of this request.")]
    [InlineData("$", "JSON deserialization for type 'X.Y' was missing required properties including: 'action'.", "Required field(s) missing: 'action'.")]
    [InlineData("$.choices", "The constructor parameter 'Choices' on type 'X.Y' doesn't allow null values.", "'$.choices' must not be null.")]
    [InlineData("$.action", "The JSON value could not be converted to X.Y. Path: $.action", "The value at '$.action' has the wrong type or is not one of the allowed values.")]
    [InlineData("$.action", "Expected depth to be zero at the end of the JSON payload.", "The body is not valid JSON near '$.action'.")]
    [InlineData("", "A non-empty request body is required.", "A non-empty request body is required.")]
    public void Json_Errors_Name_The_Field_Without_Type_Names(string key, string message, string expected)
    {
        Assert.Equal(expected, JsonErrorMessages.Describe(key, message));
    }
}
