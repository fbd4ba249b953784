using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Coding.Transcripts;

/// <summary>A turn as read, before it is placed into the document text.</summary>
internal readonly record struct RawTurn(string? Label, string Words, Fact<Duration> StartTime, Fact<Duration> EndTime);
