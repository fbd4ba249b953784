#!/bin/bash
# Mutation testing of src/MoDomain, one area after the other (docs/quality.md, "Mutation testing").
# Usage: bash tests/MoDomain.Tests/stryker-areas.sh [area...]   (default: every area)
# Areas: definitions funding cooperation objectives coding rest interop. Rules and Definitions can also run from
# stryker-config.json alone. STRYKER names the dotnet-stryker executable (default: dotnet-stryker on PATH); OUT the
# report folder (default: StrykerOutput/areas). Run on an otherwise idle machine, one Stryker at a time, and reject a
# run whose log says "marking as Dubious". The public-API baseline test is left out on purpose: it covers no mutant, so
# Stryker runs it only with the mutants of static initialisers, and there it failed for every one of them, including
# mutants that cannot change the public surface (docs/quality.md): its "kills" are not evidence.
set -euo pipefail
cd "$(dirname "$0")"
STRYKER=${STRYKER:-dotnet-stryker}
OUT=${OUT:-StrykerOutput/areas}
mkdir -p "$OUT"
export CI=true MODOMAIN_MTP=true MODOMAIN_PROPERTY_RUNS_PERCENT=10
T=FullyQualifiedName~MoDomain.Tests
CORE="$T.RulesContractTests|$T.Api.VocabularySnapshotTests|$T.SampleDataTests"
areas=("$@")
[ ${#areas[@]} -eq 0 ] && areas=(definitions funding cooperation objectives coding rest interop)
for area in "${areas[@]}"; do
  case $area in
    definitions) M=(-m "**/Definitions/**/*.cs"); F="$(python3 -c "import json;print(json.load(open('stryker-config.json'))['stryker-config']['test-case-filter'])")" ;;
    funding) M=(-m "**/Funding/**/*.cs"); F="$T.Funding|$T.JsonRoundTripProperties|$T.ExplanationTests|$T.MissingFactsTests|$CORE" ;;
    cooperation) M=(-m "**/Cooperation/**/*.cs"); F="$T.Cooperation.|$T.CrosswalkTests|$CORE" ;;
    objectives) M=(-m "**/Objectives/**/*.cs" -m "**/SocialSecurity/**/*.cs"); F="$T.Objectives|$T.SocialSecurity|$T.Mutants.|$T.TypologyTests|$T.CrosswalkTests|$CORE" ;;
    coding) M=(-m "**/Coding/**/*.cs"); F="$T.Agreement.|$T.Research.|$T.Mutants.|$CORE" ;;
    rest) M=(-m "**/Vocabulary/**/*.cs" -m "**/Reference/**/*.cs" -m "**/Internal/**/*.cs" -m "**/Samples/**/*.cs"); F="$T.ExplanationTests|$T.DefinitionTextTests|$T.CompositeRuleTests|$T.VocabularyTests|$T.CrosswalkTests|$T.SkosTests|$T.Reference.|$T.ObjectivesVocabularyTests|$T.SocialSecurityVocabularyTests|$T.Cooperation.SharedVocabularyTests|$T.ConstructorValidationTests|$T.ObjectivesSampleTests|$T.Mutants.|$T.Api.VocabularySnapshotTests|$T.Api.SampleSnapshotTests|$T.Api.JsonSchemaTests|$T.Api.StaticDataPinningTests|$CORE" ;;
    interop) M=(-m "**/Interop/**/*.cs"); F="$T.JsonTests|$T.JsonRoundTripProperties|$T.SkosTests|$T.ObjectivesJsonTests|$T.SocialSecurityJsonTests|$T.Funding.FundingJsonTests|$T.Cooperation.CooperationJsonTests|$T.Cooperation.SchemaVersionTests|$T.Research.CsvJsonTests|$T.Research.ExchangeRoundTripProperties|$T.Research.RefiTests|$T.Research.PrivacyTests|$T.Api.JsonSchemaTests|$T.Hardening.HostileFileTests|$T.Hardening.NothingLostTests|$T.InteropMutants.|$CORE" ;;
    *) echo "unknown area '$area'" >&2; exit 2 ;;
  esac
  echo "== $area $(date -u +%T)"
  "$STRYKER" "${M[@]}" --test-case-filter "$F" --concurrency 2 --output "$OUT/$area" > "$OUT/$area.log" 2>&1
  if grep -q "marking as Dubious" "$OUT/$area.log"; then echo "   $area: INVALID (Dubious tests, see $OUT/$area.log)"; fi
  echo "   report: $OUT/$area/reports/mutation-report.html"
done
