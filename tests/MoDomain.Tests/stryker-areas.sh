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
CORE="$T.Samples.|$T.Api.VocabularySnapshotTests|$T.Rules.RulesContractTests"
# The static-data exclusions (file and character-span patterns) live in stryker-config.json; a -m on the command
# line replaces the config's "mutate" list, so they are passed along explicitly.
mapfile -t EXCLUDE < <(python3 -c "import json
for m in json.load(open('stryker-config.json'))['stryker-config']['mutate']:
    if m.startswith('!'): print('-m'); print(m)")
areas=("$@")
[ ${#areas[@]} -eq 0 ] && areas=(definitions funding cooperation objectives coding rest interop)
for area in "${areas[@]}"; do
  case $area in
    definitions) M=(-m "**/Definitions/**/*.cs"); F="$(python3 -c "import json;print(json.load(open('stryker-config.json'))['stryker-config']['test-case-filter'])")" ;;
    funding) M=(-m "**/Funding/**/*.cs"); F="$T.Funding.AmountAndAwardMoreTests|$T.Funding.AwardMutantTests|$T.Funding.CallerFactsTests|$T.Funding.CaseAndRecognitionMutantTests|$T.Funding.CaseMoreTests|$T.Funding.CustomRequirementTests|$T.Funding.EligibilityCliTests|$T.Funding.FirstDateMetTests|$T.Funding.FundingExampleTests|$T.Funding.FundingJsonTests|$T.Funding.FundingPropertyTests|$T.Funding.LadderAndPolicyMoreTests|$T.Funding.LadderMutantTests|$T.Funding.LazyEligibilityResultTests|$T.Funding.PolicyMutantTests|$T.Funding.RecognitionStatusOpenTests|$T.Funding.RequirementMoreTests|$T.Funding.Section75CriterionTextTests|$T.Interop.JsonRoundTripProperties|$T.Rules.ExplanationTests|$T.Rules.MissingFactsTests|$CORE" ;;
    cooperation) M=(-m "**/Cooperation/**/*.cs"); F="$T.Cooperation.|$T.Vocabulary.CrosswalkTests|$CORE" ;;
    objectives) M=(-m "**/Objectives/**/*.cs" -m "**/SocialSecurity/**/*.cs"); F="$T.Objectives.|$T.SocialSecurity.|$T.Interop.ObjectivesJsonTests|$T.Interop.SocialSecurityJsonTests|$T.Reference.VocabularyAndReferenceArgumentTests|$T.Rules.CompositeExplanationTests|$T.Vocabulary.CodingAndVocabularyEqualityTests|$T.Vocabulary.CrosswalkTests|$CORE" ;;
    coding) M=(-m "**/Coding/**/*.cs"); F="$T.Agreement.|$T.Cli.ResearchCliTests|$T.Coding.AnalysisOrderTests|$T.Coding.AnalysisTests|$T.Coding.CodebookTests|$T.Coding.CodingAccessorTests|$T.Coding.CodingUnitsTests|$T.Coding.CorpusContractTests|$T.Coding.CorpusTests|$T.Coding.NameBasedGuidTests|$T.Coding.PrivacyTests|$T.Interop.CsvJsonTests|$T.Interop.ExchangeRoundTripProperties|$T.Interop.Refi.RefiTests|$T.Objectives.ObjectivesAndFunctionsContractTests|$T.Reference.VocabularyAndReferenceArgumentTests|$T.Rules.CompositeExplanationTests|$T.Vocabulary.CodingAndVocabularyEqualityTests|$CORE" ;;
    rest) M=(-m "**/Vocabulary/**/*.cs" -m "**/Reference/**/*.cs" -m "**/Internal/**/*.cs" -m "**/Samples/**/*.cs"); F="$T.Reference.|$T.Api.JsonSchemaTests|$T.Api.SampleSnapshotTests|$T.Api.StaticDataPinningTests|$T.Cooperation.SharedVocabularyTests|$T.Definitions.ConstructorValidationTests|$T.Definitions.DefinitionTextTests|$T.Interop.SkosTests|$T.Objectives.ObjectivesAndFunctionsContractTests|$T.Objectives.ObjectivesSampleTests|$T.Objectives.ObjectivesVocabularyTests|$T.Rules.CompositeExplanationTests|$T.Rules.CompositeRuleTests|$T.Rules.ExplanationTests|$T.SocialSecurity.SocialSecurityVocabularyTests|$T.Vocabulary.CodingAndVocabularyEqualityTests|$T.Vocabulary.CrosswalkTests|$T.Vocabulary.VocabularyTests|$CORE" ;;
    interop) M=(-m "**/Interop/**/*.cs"); F="$T.Api.JsonSchemaTests|$T.Coding.PrivacyTests|$T.Cooperation.CooperationJsonTests|$T.Cooperation.SchemaVersionTests|$T.Funding.FundingJsonTests|$T.Interop.AtomicFileTests|$T.Interop.CooperationJsonReaderTests|$T.Interop.CooperationJsonWriterTests|$T.Interop.CorpusCsvReaderTests|$T.Interop.CorpusJsonReaderErrorTests|$T.Interop.CorpusTidyWriterTests|$T.Interop.CsvJsonTests|$T.Interop.ExchangeRoundTripProperties|$T.Interop.FundingJsonWriterTests|$T.Interop.FundingLadderAndCaseJsonTests|$T.Interop.FundingPolicyJsonReaderTests|$T.Interop.FundingStreamArgumentTests|$T.Interop.HostileFileTests|$T.Interop.JsonReadingHelperTests|$T.Interop.JsonRoundTripProperties|$T.Interop.JsonTests|$T.Interop.NothingLostTests|$T.Interop.ObjectiveAndEvidenceJsonTests|$T.Interop.ObjectivesJsonTests|$T.Interop.ProfileJsonContractTests|$T.Interop.Refi.RefiCodebookMutantTests|$T.Interop.Refi.RefiProjectReadMutantTests|$T.Interop.Refi.RefiProjectWriteMutantTests|$T.Interop.Refi.RefiTests|$T.Interop.SkosReaderErrorTests|$T.Interop.SkosTests|$T.Interop.SkosWriterTests|$T.Interop.SocialSecurityJsonTests|$CORE" ;;
    *) echo "unknown area '$area'" >&2; exit 2 ;;
  esac
  echo "== $area $(date -u +%T)"
  "$STRYKER" "${M[@]}" "${EXCLUDE[@]}" --test-case-filter "$F" --concurrency 2 --output "$OUT/$area" > "$OUT/$area.log" 2>&1
  if grep -q "marking as Dubious" "$OUT/$area.log"; then echo "   $area: INVALID (Dubious tests, see $OUT/$area.log)"; fi
  echo "   report: $OUT/$area/reports/mutation-report.html"
done
