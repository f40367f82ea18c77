using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// A function the theme's templates call (<c>partial</c>, <c>href</c>), called directly: Scriban calls an imported
/// delegate through reflection, an argument array and a conversion each time, and templates call these on every link
/// and every partial of several hundred thousand pages. Scriban checks the number of arguments against
/// <see cref="GetParameterInfo"/> and converts each to its parameter's type before <see cref="Call"/> runs.
/// </summary>
public abstract class TemplateFunction(params ScriptParameterInfo[] parameters) : IScriptCustomFunction
{
    public int RequiredParameterCount { get; } = parameters.Count(p => !p.HasDefaultValue);

    public int ParameterCount => parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => parameters[index];

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Call((HtmlTemplateContext)context, new Arguments(arguments, parameters));

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    protected abstract object Call(HtmlTemplateContext context, Arguments arguments);

    /// <summary>The function under its name, read-only: one instance serves every render on every thread.</summary>
    public void AddTo(ScriptObject globals, string name) => globals.SetValue(name, this, readOnly: true);

    /// <summary>A call's arguments: the one at an index, or its parameter's default when the template left it out.</summary>
    protected readonly struct Arguments(ScriptArray given, ScriptParameterInfo[] parameters)
    {
        public object? this[int index] => index < given.Count ? given[index] : parameters[index].DefaultValue;
    }
}
