using System.ComponentModel.DataAnnotations;
using ConsentManager.Api.Security;

namespace ConsentManager.UnitTests.Security;

public sealed class SecurityOptionsTests
{
    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "looks typed, not generated")]
    [InlineData("0123456789012345678901234567890123456789", "looks typed, not generated")]
    [InlineData("0123456789abcdef0123456789abcdef", "looks typed, not generated")]
    [InlineData("abababababababababababababababab", "looks typed, not generated")]
    [InlineData("aaaabbbbccccddddeeeeffffgggghhhh", "looks typed, not generated")]
    [InlineData("Password1Password1Password1Password1", "looks typed, not generated")]
    [InlineData("Xq3vN8pL2sK9wR4tY7uZ1mB6", "at least 32 characters")]
    public void Weak_Admin_Key_Fails_Naming_The_Setting(string key, string rule)
    {
        var message = Assert.Single(Validate(key)).ErrorMessage;

        Assert.StartsWith("ConsentManager:AdminKey ", message);
        Assert.Contains(rule, message);
    }

    [Theory]
    [InlineData("3f9c2a7be1d04c86a5f1e9b273d608ce")]
    [InlineData("kP4x_Qm7VzR2nW8yB1tL6sD9fH3jG5cA")]
    [InlineData("test-bootstrap-admin-key-0123456789")]
    [InlineData("e2e-admin-9d1f0c7a4b2e48e6a3c5b7d9f1e20a4c")]
    public void Generated_Admin_Key_Passes(string key) => Assert.Empty(Validate(key));

    private static List<ValidationResult> Validate(string key)
    {
        var options = new SecurityOptions { AdminKey = key };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
