using PlanAtlas.Render.Views;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render from code that writes Render.RenderContext.
namespace PlanAtlas.Tests.Rendering.Agencies;

/// <summary>One way of naming an agency everywhere: the full name, and a short form only where it says more.</summary>
public sealed class AgencyNameTests
{
    [Theory]
    [InlineData("渠县委办公室", new[] { "县委办" }, "县委办")]
    [InlineData("渠县司法局", new[] { "县司法局" }, null)]
    [InlineData("渠县司法局", new[] { "渠县司法局" }, null)]
    [InlineData("大足区人民政府办公室", new[] { "区政府办公室", "区政府办", "区政府办" }, "区政府办公室、区政府办")]
    [InlineData("凉山州人民法院", new[] { "州法院", "州人民法院" }, "州法院")]
    public void The_short_form_follows_the_full_name_only_when_it_is_more_than_the_name_without_its_place(string full, string[] written, string? expected) =>
        Assert.Equal(expected, AgencyViews.ShortName(full, written));
}
