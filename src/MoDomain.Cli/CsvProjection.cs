using System;
using System.Collections.Generic;
using MoDomain.Vocabulary;

namespace MoDomain.Cli;

/// <summary>How an analysis command writes its results as CSV: the header and the rows of one result.</summary>
/// <typeparam name="TResult">The analysis result.</typeparam>
/// <param name="Header">The snake_case column names, in order.</param>
/// <param name="Rows">The rows of one result (one per item), each as long as the header; labels in the language given.</param>
internal sealed record CsvProjection<TResult>(IReadOnlyList<string> Header, Func<TResult, Language, IEnumerable<IReadOnlyList<string>>> Rows);
