using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Text;

namespace PlanAtlas.Structure;

/// <summary>
/// Splits a responsibility note into leading agencies, participating agencies and catch-all phrases,
/// following the plan's convention (semicolon, comma or labels).
/// </summary>
public static partial class ResponsibilityNoteParser
{
    private const string Semicolons = "；;";
    private const string Commas = "，,";
    private const string ItemSeparators = "、，,；;";

    /// <summary>The remark by which a plan declares its convention, removed from the note.</summary>
    [GeneratedRegex(@"[（(]?(?<mark>[分逗])号前的?为牵头单位[，,]?(下同)?[。.]?[）)]?")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"^(?<label>[\p{IsCJKUnifiedIdeographs}]{2,6}单位)\s*[:：]\s*")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"按职责分工负责|按照职责分工负责")]
    private static partial Regex DutyPhrase();

    // "县级各部门和各乡镇" and "…部门及各乡镇": a conjunction before a catch-all starting with 各.
    [GeneratedRegex(@"[及和](?=各)")]
    private static partial Regex ConjunctionBeforeCatchAll();

    /// <summary>The convention a plan declares inside its notes, if any ("分号前的为牵头单位").</summary>
    public static ResponsibilityConvention? DeclaredConvention(string noteContent)
    {
        var m = DeclarationPattern().Match(noteContent);
        if (!m.Success)
        {
            return LabelPattern().Match(noteContent) is { Success: true } l && l.Groups["label"].Value == "牵头单位"
                ? ResponsibilityConvention.Labelled
                : null;
        }

        return m.Groups["mark"].Value == "分" ? ResponsibilityConvention.Semicolon : ResponsibilityConvention.Comma;
    }

    public static ResponsibilityNote? Parse(string content, ResponsibilityConvention convention, SourceLocation at, DiagnosticBag diagnostics)
    {
        var body = DeclarationPattern().Replace(content, string.Empty);
        body = DutyPhrase().Replace(body, string.Empty).Trim().TrimEnd('。', '.', ' ');

        var label = LabelPattern().Match(body);
        if (!label.Success)
        {
            diagnostics.Error(DiagnosticCodes.UnsplittableNote, at, $"responsibility note has no 责任单位 or 牵头单位 label: '{content}'");
            return null;
        }

        var builder = new NoteBuilder();
        if (label.Groups["label"].Value == "牵头单位")
        {
            if (!ReadLabelled(body, builder, at, diagnostics))
            {
                return null;
            }
        }
        else if (!ReadUnlabelled(body[label.Length..], convention, builder, at, diagnostics))
        {
            return null;
        }

        var note = builder.Build(content);
        if (note.IsEmpty)
        {
            diagnostics.Error(DiagnosticCodes.UnsplittableNote, at, $"responsibility note names no agency: '{content}'");
            return null;
        }

        return note;
    }

    private static bool ReadLabelled(string body, NoteBuilder builder, SourceLocation at, DiagnosticBag diagnostics)
    {
        foreach (var segment in Brackets.SplitOutside(body, Semicolons))
        {
            var m = LabelPattern().Match(segment.Trim());
            var role = m.Success ? m.Groups["label"].Value : string.Empty;
            var items = m.Success ? segment.Trim()[m.Length..] : segment;
            switch (role)
            {
                case "牵头单位":
                    builder.AddGroup(items, lead: true);
                    break;
                case "参加单位" or "参与单位" or "配合单位" or "协办单位":
                    builder.AddGroup(items, lead: false);
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.UnsplittableNote, at,
                        $"responsibility note part '{segment.Trim()}' has no known label (牵头单位, 参加单位)");
                    return false;
            }
        }

        return true;
    }

    private static bool ReadUnlabelled(string items, ResponsibilityConvention convention, NoteBuilder builder, SourceLocation at, DiagnosticBag diagnostics)
    {
        switch (convention)
        {
            case ResponsibilityConvention.None:
                diagnostics.Error(DiagnosticCodes.UnsplittableNote, at,
                    "responsibility note cannot be split: the plan does not say which agencies lead; " +
                    "declare 'responsibility: semicolon | comma | labelled' in its front matter");
                return false;

            case ResponsibilityConvention.Labelled:
                diagnostics.Warning(DiagnosticCodes.UnlabelledNote, at,
                    "note has no 牵头单位/参加单位 labels although the plan labels its notes; all named agencies are listed as leading");
                builder.AddGroup(items, lead: true);
                return true;
        }

        var (separator, other, name, otherName) = convention == ResponsibilityConvention.Semicolon
            ? (Semicolons, Commas, "semicolon", "comma")
            : (Commas, Semicolons, "comma", "semicolon");

        if (!Brackets.ContainsOutside(items, separator) && Brackets.ContainsOutside(items, other))
        {
            diagnostics.Warning(DiagnosticCodes.SeparatorMismatch, at,
                $"the plan puts leading agencies before the first {name}, but this note has none; its first {otherName} is read as that {name}");
            separator = other;
        }

        var split = Brackets.SplitOutside(items, separator, maxParts: 2);
        builder.AddGroup(split[0], lead: true);
        if (split.Count > 1)
        {
            builder.AddGroup(split[1], lead: false);
        }

        return true;
    }

    /// <summary>Accumulates agencies in source order, dropping duplicates.</summary>
    private sealed class NoteBuilder
    {
        private readonly List<AgencyMention> _lead = [];
        private readonly List<AgencyMention> _participants = [];
        private readonly List<string> _catchAll = [];

        public void AddGroup(string group, bool lead)
        {
            var normalized = ConjunctionBeforeCatchAll().Replace(group, "、");
            foreach (var raw in Brackets.SplitOutside(normalized, ItemSeparators))
            {
                AddItem(CjkText.FullWidthBrackets(raw.Trim()), lead);
            }
        }

        private void AddItem(string item, bool lead)
        {
            if (item.Length == 0)
            {
                return;
            }

            // "县委党校等县级有关部门": a named agency, then the catch-all it belongs to.
            var etc = Brackets.SplitOutside(item, "等");
            if (etc.Count > 1)
            {
                AddItem(string.Join("等", etc.Take(etc.Count - 1)), lead);
                var rest = etc[^1].Trim();
                if (rest.Length > 0)
                {
                    AddCatchAll(rest);
                }

                return;
            }

            if (CatchAllPhrases.IsCatchAll(item))
            {
                AddCatchAll(item);
                return;
            }

            var mention = ToMention(item);
            if (_lead.Any(a => a.Name == mention.Name) || _participants.Any(a => a.Name == mention.Name))
            {
                return;
            }

            (lead ? _lead : _participants).Add(mention);
        }

        private void AddCatchAll(string phrase)
        {
            if (!_catchAll.Contains(phrase))
            {
                _catchAll.Add(phrase);
            }
        }

        private static AgencyMention ToMention(string item)
        {
            if (item.EndsWith('）'))
            {
                var open = Brackets.MatchingOpener(item, item.Length - 1);
                if (open > 0)
                {
                    return new AgencyMention(item[..open], item[(open + 1)..^1]);
                }
            }

            return new AgencyMention(item);
        }

        public ResponsibilityNote Build(string written) => new(written, _lead, _participants, _catchAll);
    }
}
