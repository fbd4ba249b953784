#!/usr/bin/env bash
# Compiles every ```csharp block of README.md and docs/*.md against the packed MoDomain package, the way a
# net8.0 consumer with C# 12 sees it (issue 18). Usage: .ci/snippets.sh FEED VERSION WORKDIR [NUGET_PACKAGES]
#
# Each block becomes one file of a throw-away project: its leading `using` directives stay at the top of the
# file (so a missing using fails the build), its statements become the body of a method, and type declarations
# that follow the statements (as in a top-level program) stay outside the method. Only the implicit usings of a
# default console project (System, System.Linq, System.Collections.Generic, System.IO, ...) are global.
# A block opened with ```csharp fragment is skipped: use it only for a one-line illustration inside prose that
# needs variables from elsewhere.
set -euo pipefail
feed=$1 version=$2 work=$3
root=$(cd "$(dirname "$0")/.." && pwd)
project="$work/snippets"
rm -rf "$project"
mkdir -p "$project"
cat > "$project/Snippets.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Library</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <LangVersion>12</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <!-- Snippets show calls, not finished programs: warnings (unused variables, ...) do not fail the check,
         but using an obsolete member does. -->
    <WarningsAsErrors>CS0618</WarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MoDomain" Version="$version" />
    <PackageReference Include="MoDomain.Research" Version="$version" />
    <PackageReference Include="MoDomain.Samples" Version="$version" />
  </ItemGroup>
</Project>
CSPROJ
cat > "$project/nuget.config" <<CFG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="MoDomain" /><package pattern="MoDomain.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CFG

count=0 skipped=0
for md in "$root/README.md" "$root"/docs/*.md; do
  rel=${md#"$root/"}
  stem=$(echo "$rel" | tr -c 'A-Za-z0-9\n' '_')
  # awk writes one file per block: Snippet_<file>_<line>.cs, and prints "written" or "skipped" per block.
  while read -r status; do
    case $status in
      written) count=$((count + 1)) ;;
      skipped) skipped=$((skipped + 1)) ;;
    esac
  done < <(awk -v out="$project" -v stem="$stem" -v rel="$rel" '
    function flush(   i, name, file, inbody) {
      name = "Snippet_" stem "_" start
      file = out "/" name ".cs"
      # Errors point at the Markdown file and line (#line).
      printf "#line %d \"%s\"\n", start, rel > file
      i = 1
      # Leading using directives (and blank lines or comments before them) stay file-level.
      while (i <= n && (lines[i] ~ /^using [A-Za-z_][A-Za-z0-9_.]*( = [A-Za-z_][A-Za-z0-9_.<>, ]*)?;/ || lines[i] ~ /^using static / || lines[i] ~ /^[ \t]*$/ || lines[i] ~ /^\/\//)) {
        print lines[i] > file; i++
      }
      printf "#line default\nnamespace Snippets.%s\n{\n    internal static class Program\n    {\n        internal static async System.Threading.Tasks.Task RunAsync()\n        {\n            await System.Threading.Tasks.Task.CompletedTask;\n#line %d \"%s\"\n", name, start + i - 1, rel > file
      inbody = 1
      for (; i <= n; i++) {
        if (inbody && lines[i] ~ /^(public |internal |file )?(static |sealed |abstract |readonly )*(partial )?(record|class|struct|enum|interface) /) {
          printf "#line default\n        }\n    }\n#line %d \"%s\"\n", start + i - 1, rel > file
          inbody = 0
        }
        print lines[i] > file
      }
      printf "#line default\n" > file
      if (inbody) printf "        }\n    }\n" > file
      printf "}\n" > file
      close(file)
      print "written"
    }
    /^```csharp[ \t]+fragment/ { skip = 1; inblock = 1; print "skipped"; next }
    /^```csharp[ \t]*$/ { inblock = 1; skip = 0; n = 0; start = NR + 1; next }
    /^```/ && inblock { if (!skip) flush(); inblock = 0; skip = 0; next }
    inblock && !skip { lines[++n] = $0 }
  ' "$md")
done
echo "snippets: $count compiled, $skipped marked fragment"
if [ "$count" -eq 0 ]; then
  echo "no C# snippets found" >&2
  exit 1
fi
cd "$project"
if [ -n "${4:-}" ]; then export NUGET_PACKAGES=$4; fi
dotnet build -c Release -nologo -v quiet -clp:ErrorsOnly
