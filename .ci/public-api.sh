#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of the three packages (PublicApiAnalyzers, issue 18): every public symbol of the
# current source that is not in PublicAPI.Shipped.txt, plus a *REMOVED* line for each shipped symbol that is gone.
# A shipped line that differs from a current one only in nullability ('?') is not removed: the analyzer expects only
# the new form, in Unshipped. Run after changing public API, then review the diff of PublicAPI.Unshipped.txt.
# Usage: bash .ci/public-api.sh [repository root]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
for n in MoDomain MoDomain.Research MoDomain.Samples; do
  d=src/$n
  cp $d/PublicAPI.Shipped.txt /tmp/shipped-$n.txt
  printf '#nullable enable\n' > $d/PublicAPI.Shipped.txt
  printf '#nullable enable\n' > $d/PublicAPI.Unshipped.txt
  dotnet format analyzers $d/$n.csproj --diagnostics RS0016 RS0037 --severity info >/dev/null 2>&1 || true
  cp $d/PublicAPI.Unshipped.txt /tmp/current-$n.txt
  cp /tmp/shipped-$n.txt $d/PublicAPI.Shipped.txt
  python3 - "$d" /tmp/shipped-$n.txt /tmp/current-$n.txt <<'PY'
import sys
d,sh,cu=sys.argv[1:]
def lines(p): return [l.rstrip('\n') for l in open(p) if l.strip() and not l.startswith('#nullable')]
shipped=lines(sh); current=lines(cu)
ss=set(shipped); cs=set(current)
added=sorted(l for l in current if l not in ss)
norm=lambda l: l.replace('?', '')
cn={norm(l) for l in current}
removed=sorted('*REMOVED*'+l for l in shipped if l not in cs and norm(l) not in cn)
open(d+'/PublicAPI.Unshipped.txt','w').write('#nullable enable\n'+''.join(l+'\n' for l in added+removed))
print(d, 'current', len(current), 'shipped', len(shipped), 'added', len(added), 'removed', len(removed))
PY
done
