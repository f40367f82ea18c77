namespace PlanAtlas.Diagnostics;

/// <summary>
/// Every code the build can report, in one place so that documentation, tests and messages agree.
/// PA0xx: reading input (PA02x: jurisdictions); PA1xx: import clean-up; PA2xx: numbering; PA3xx: responsibility notes;
/// PA4xx: topics and agencies; PA5xx: the written site.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>A fault of Plan Atlas itself, never of the input: reported in one line, exit code 70.</summary>
    public const string InternalError = "PA000";
    public const string UnknownSetting = "PA011";
    public const string UnsafeOutput = "PA012";
    public const string OutputBusy = "PA013";

    /// <summary>A plan's slug that is not its file's name (input/plans/&lt;slug&gt;.md): a warning, its pages follow the slug.</summary>
    public const string SlugNotFileName = "PA014";

    /// <summary>The raw text given to <c>import</c> does not exist (or is a folder).</summary>
    public const string ImportSourceMissing = "PA015";

    /// <summary><c>import</c> would replace a plan file that already exists (perhaps reviewed and edited): nothing is written.</summary>
    public const string PlanFileExists = "PA016";

    /// <summary>A plan's text nests quotes, lists or brackets deeper than Markdown is read (128 levels).</summary>
    public const string NestedTooDeeply = "PA017";

    /// <summary>An input file that is listed but cannot be read (a link to nothing, no permission).</summary>
    public const string UnreadableFile = "PA018";

    /// <summary>A plan names no GB/T 2260 code (a warning while older inputs lack it).</summary>
    public const string MissingJurisdiction = "PA020";

    /// <summary>A jurisdiction that is not a six-digit code, or a code the register does not know.</summary>
    public const string UnknownJurisdiction = "PA021";

    /// <summary>A plan's level that the tier of its code does not allow (a county code with level: province).</summary>
    public const string JurisdictionLevelMismatch = "PA022";

    public const string InvalidUtf8 = "PA001";
    public const string MissingFrontMatter = "PA002";
    public const string MalformedFrontMatter = "PA003";
    public const string MissingField = "PA004";
    public const string UnknownLevel = "PA005";
    public const string UnknownStatus = "PA006";
    public const string DuplicateSlug = "PA007";
    public const string InvalidField = "PA008";
    public const string EmptyPlan = "PA009";
    public const string BadSettings = "PA010";
    public const string PortInUse = "PA030";
    public const string RemoteHostRefused = "PA031";
    public const string CannotListen = "PA032";

    public const string WrapperDropped = "PA101";
    public const string MetadataNotFound = "PA102";
    public const string ParagraphJoined = "PA103";
    public const string AmbiguousLevel = "PA104";

    // Importer: copies of plans as they are found (notices, variant markers, flattened texts).
    public const string ControlCharacter = "PA105";
    public const string PunctuationNormalized = "PA106";
    public const string SharingSiteChrome = "PA107";
    public const string PageChunkPrefix = "PA108";
    public const string MarkerRecovered = "PA109";
    public const string MixedMarkerForms = "PA110";
    public const string LineSplit = "PA111";

    /// <summary>A raw text that is not UTF-8 but GB18030 (GBK), read as such.</summary>
    public const string ReadAsGb18030 = "PA112";

    public const string DuplicateNumber = "PA201";
    public const string SkippedNumber = "PA202";
    public const string NumberOutOfOrder = "PA203";
    public const string UnknownAlias = "PA204";

    public const string UnsplittableNote = "PA301";
    public const string SeparatorMismatch = "PA302";
    public const string MisplacedNotePunctuation = "PA303";
    public const string UnlabelledNote = "PA304";

    public const string UnknownTopic = "PA401";
    public const string UnknownProvision = "PA402";
    public const string LowTopicScore = "PA403";
    public const string UnknownAgency = "PA404";
    public const string RegistryError = "PA405";

    public const string BrokenLink = "PA501";
    public const string TemplateError = "PA502";
    public const string MissingAsset = "PA503";
}
