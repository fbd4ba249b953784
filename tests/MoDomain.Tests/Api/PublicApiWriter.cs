using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace MoDomain.Tests.Api;

/// <summary>Writes the public surface of an assembly (types and members, with nullability) as stable, sorted text.</summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    internal static string Write(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var text = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (string member in Members(type, nullability).Order(StringComparer.Ordinal))
            {
                text.Append("  ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        string kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && b != typeof(MulticastDelegate))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        if (type.IsEnum)
        {
            foreach (FieldInfo f in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (ConstructorInfo c in type.GetConstructors(Declared))
        {
            yield return $"ctor({Parameters(c.GetParameters(), nullability)})";
        }

        foreach (MethodInfo m in type.GetMethods(Declared).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            string generic = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
            yield return $"{Modifiers(m)}{Nullable(nullability.Create(m.ReturnParameter), m.ReturnType)} {m.Name}{generic}({Parameters(m.GetParameters(), nullability)})";
        }

        foreach (PropertyInfo p in type.GetProperties(Declared))
        {
            MethodInfo? accessor = p.GetMethod ?? p.SetMethod;
            string accessors = (p.GetMethod?.IsPublic == true ? "get; " : string.Empty)
                + (p.SetMethod?.IsPublic == true ? (IsInitOnly(p.SetMethod) ? "init; " : "set; ") : string.Empty);
            string indexer = p.GetIndexParameters() is { Length: > 0 } ip ? "[" + Parameters(ip, nullability) + "]" : string.Empty;
            yield return $"{(accessor is not null ? Modifiers(accessor) : string.Empty)}{Nullable(nullability.Create(p), p.PropertyType)} {p.Name}{indexer} {{ {accessors}}}";
        }

        foreach (FieldInfo f in type.GetFields(Declared))
        {
            string constant = f.IsLiteral ? "const " : f.IsInitOnly ? "readonly " : string.Empty;
            yield return $"{(f.IsStatic && !f.IsLiteral ? "static " : string.Empty)}{constant}{Nullable(nullability.Create(f), f.FieldType)} {f.Name}";
        }

        foreach (EventInfo e in type.GetEvents(Declared))
        {
            yield return $"event {Name(e.EventHandlerType!)} {e.Name}";
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Modifiers(MethodInfo m) =>
        (m.IsStatic ? "static " : string.Empty)
        + (m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal && m.GetBaseDefinition() == m && !m.DeclaringType!.IsInterface ? "virtual " : string.Empty)
        + (m.IsVirtual && m.GetBaseDefinition() != m ? "override " : string.Empty);

    private static string Parameters(ParameterInfo[] parameters, NullabilityInfoContext nullability) =>
        string.Join(", ", parameters.Select(p =>
        {
            string prefix = p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
            Type t = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
            string defaultValue = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : Convert.ToString(p.DefaultValue, CultureInfo.InvariantCulture)) : string.Empty;
            return $"{prefix}{Nullable(nullability.Create(p), t)} {p.Name}{defaultValue}";
        }));

    private static string Nullable(NullabilityInfo info, Type type)
    {
        string name = Name(type);
        return !type.IsValueType && info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (System.Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        string name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is { } ns ? ns + "." : string.Empty) + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
