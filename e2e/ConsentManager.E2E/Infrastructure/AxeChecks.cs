using Deque.AxeCore.Commons;

namespace ConsentManager.E2E.Infrastructure;

/// <summary>The accessibility bar every page is held to: axe-core's WCAG 2.2 AA rules, zero violations.</summary>
public static class AxeChecks
{
    public static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] },
    };

    public static void AssertNoViolations(AxeResult result, string what) => Assert.True(
        result.Violations.Length == 0,
        $"axe found on the {what}:\n" + string.Join('\n', result.Violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}")));
}
