using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using MoDomain.Interop;

namespace MoDomain.Cli;

/// <summary>The <c>schema</c> command: list the JSON contracts or print the JSON Schema of one.</summary>
public static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string?>("NAME") { Description = "The contract name; without it the contracts are listed.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of a MoDomain JSON contract, or list the contracts. Example: 'modomain schema profiles'.")
        {
            name,
        };
        command.SetAction(parseResult =>
        {
            string? contractName = parseResult.GetValue(name);
            if (contractName is null)
            {
                foreach (JsonContract c in AllJsonContracts.All)
                {
                    output.WriteLine($"{c.Name}\t{c.Description.English}");
                }

                return ExitCodes.Success;
            }

            try
            {
                output.Write(JsonSchemas.Export(AllJsonContracts.Get(contractName)));
                return ExitCodes.Success;
            }
            catch (KeyNotFoundException ex)
            {
                error.WriteLine($"error: {ex.Message}");
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
