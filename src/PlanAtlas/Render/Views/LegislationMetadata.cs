using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using PlanAtlas.Data.Akn;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Views;

/// <summary>
/// schema.org <c>Legislation</c> as JSON-LD for the plan and provision pages, so that search engines and reference
/// managers know what is cited: identifier (the Akoma Ntoso work IRI, the same as in data/akn/), jurisdiction with its
/// GB/T 2260 code, date, issuer, legal force (a draft for comment is not in force) and the part/whole relations.
/// </summary>
public sealed class LegislationMetadata(SiteModel site, RenderContext context)
{
    // Chinese stays readable; < > & ' " are always escaped, so plan text can never close the script element.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public RawHtml ForPlan(Plan plan)
    {
        var work = Work(plan);
        var json = Describe(plan, plan.Metadata.Title, Routes.Plan(plan.Slug), work);
        json["hasPart"] = new JsonArray(plan.Provisions.Select(p => (JsonNode)Part(plan, p, work)).ToArray());
        return Script(json);
    }

    public RawHtml ForProvision(Plan plan, Division provision)
    {
        var work = Work(plan);
        var json = Describe(plan, $"{provision.Marker.Display}{provision.Title}", Routes.Provision(plan.Slug, provision.Id), Identifier(work, provision));
        json["alternateName"] = Citations.Of(plan, provision);
        json["isPartOf"] = Reference(plan.Metadata.Title, Routes.Plan(plan.Slug), work);
        return Script(json);
    }

    private JsonObject Describe(Plan plan, string name, SiteLink page, string identifier)
    {
        var m = plan.Metadata;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["name"] = name,
            ["legislationIdentifier"] = identifier,
            ["legislationType"] = "法治社会建设实施方案",
            ["inLanguage"] = "zh-CN",
            ["legislationLegalForce"] = m.Status == PlanStatus.Draft ? "https://schema.org/NotInForce" : "https://schema.org/InForce",
            ["creativeWorkStatus"] = m.Status == PlanStatus.Draft ? "征求意见稿" : "正式文本",
        };
        if (site.JurisdictionOf(plan) is { } place)
        {
            json["legislationJurisdiction"] = new JsonObject
            {
                ["@type"] = "AdministrativeArea",
                ["name"] = place.Place.Name,
                ["identifier"] = place.Place.Code,
            };
        }

        if (m.Issued is { } issued)
        {
            json["legislationDate"] = AknNames.Iso(issued);
        }

        if (m.Issuer is { } issuer)
        {
            json["legislationPassedBy"] = new JsonObject { ["@type"] = "Organization", ["name"] = issuer };
        }

        if (context.Absolute(page) is { } url)
        {
            json["url"] = url;
        }

        return json;
    }

    private JsonObject Part(Plan plan, Division provision, string work) =>
        Reference($"{provision.Marker.Display}{provision.Title}", Routes.Provision(plan.Slug, provision.Id), Identifier(work, provision));

    private JsonObject Reference(string name, SiteLink page, string identifier)
    {
        var json = new JsonObject { ["@type"] = "Legislation", ["name"] = name, ["legislationIdentifier"] = identifier };
        if (context.Absolute(page) is { } url)
        {
            json["url"] = url;
        }

        return json;
    }

    /// <summary>The plan's Akoma Ntoso work IRI, the same as data/akn/ gives it.</summary>
    private string Work(Plan plan) => AknNames.Of(plan, site.JurisdictionOf(plan)).Work;

    /// <summary>A provision's identifier: its plan's work IRI and its eId, as Akoma Ntoso addresses a part (<c>~</c>).</summary>
    private static string Identifier(string work, Division provision) => $"{work}/~{provision.Id}";

    private static RawHtml Script(JsonObject json) => new(json.ToJsonString(Json));
}
