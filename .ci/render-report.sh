#!/usr/bin/env bash
# Renders the HTML report of the embedded sample in headless Chromium and checks the screenshot is not blank.
# Usage: .ci/render-report.sh [EXTRA 'modomain report' ARGS...]   (e.g. --org moscheegemeinde-am-hafen --lang de)
# Installs the Debian package 'chromium' with apt-get when no Chromium is found (needs root or sudo), and fails
# with a clear message when it cannot. Needs python3 (standard library only) for the PNG check.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

die() { printf 'render-report: FAIL: %s\n' "$*" >&2; exit 1; }

find_chromium() {
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
  done
  return 1
}

if ! browser=$(find_chromium); then
  echo "render-report: no Chromium found; installing the Debian package 'chromium'"
  if [ "$(id -u)" -eq 0 ]; then as_root=(); elif command -v sudo >/dev/null 2>&1; then as_root=(sudo -n); else
    die "Chromium is not installed and this user cannot install it (not root, no sudo). Install the 'chromium' package."
  fi
  command -v apt-get >/dev/null 2>&1 || die "Chromium is not installed and apt-get is not available. Install Chromium by hand."
  "${as_root[@]}" apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium || die "apt-get install chromium failed"
  browser=$(find_chromium) || die "Chromium still not found after installing the package"
fi
command -v python3 >/dev/null 2>&1 || die "python3 is needed to check the PNG"

work=$(mktemp -d "${TMPDIR:-/tmp}/modomain-report.XXXXXX")
trap 'rm -rf "$work"' EXIT
html="$work/report.html"
png="$work/report.png"

echo "render-report: writing the report"
dotnet run --project src/MoDomain.Cli -- report --out "$html" --lang en "$@" || die "'modomain report' failed"
[ -s "$html" ] || die "the report file is missing or empty"
head -c 15 "$html" | grep -q '<!DOCTYPE html>' || die "the report does not start with <!DOCTYPE html>"
if grep -qi '<script' "$html"; then die "the report contains a script element"; fi
python3 -c 'import sys, xml.dom.minidom as m; m.parseString(open(sys.argv[1], encoding="utf-8").read().replace("<!DOCTYPE html>", "", 1))' "$html" \
  || die "the report is not well-formed XHTML"

echo "render-report: rendering with $browser"
timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --user-data-dir="$work/profile" --hide-scrollbars \
  --screenshot="$png" --window-size=1280,4000 "file://$html" >"$work/chromium.log" 2>&1 \
  || { cat "$work/chromium.log" >&2; die "Chromium failed to render the report"; }
[ -s "$png" ] || { cat "$work/chromium.log" >&2; die "Chromium wrote no screenshot"; }

python3 - "$png" 1280 4000 <<'PY' || die "the screenshot is blank"
import struct
import sys
import zlib


def fail(message):
    print(f"check-png: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def decode(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None or not idat:
        fail(f"{path} has no image header or data")
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        fail(f"unsupported PNG format (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(b"".join(idat))
    bpp, stride = channels, width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif ftype != 0:
            fail(f"bad filter type {ftype} in row {y}")
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def main():
    if len(sys.argv) not in (2, 4):
        fail("usage: check-png.py FILE.png [MIN_WIDTH MIN_HEIGHT]")
    width, height, channels, rows = decode(sys.argv[1])
    if len(sys.argv) == 4 and (width < int(sys.argv[2]) or height < int(sys.argv[3])):
        fail(f"image is {width}x{height}, expected at least {sys.argv[2]}x{sys.argv[3]}")
    background = rows[0][:channels]
    differing, colours = 0, set()
    for row in rows:
        for x in range(0, len(row), channels):
            pixel = row[x:x + channels]
            if pixel != background:
                differing += 1
            if len(colours) < 64:
                colours.add(pixel)
    total = width * height
    share = differing / total
    print(f"check-png: {width}x{height}, {differing} of {total} pixels ({share:.2%}) differ from the background, {len(colours)}{'+' if len(colours) >= 64 else ''} colours")
    if differing == 0:
        fail("the image is blank (every pixel has the same colour)")
    if share < 0.005 or len(colours) < 3:
        fail("the image is nearly blank")


if __name__ == "__main__":
    main()
PY
if [ -n "${REPORT_PNG_OUT:-}" ]; then cp "$png" "$REPORT_PNG_OUT"; echo "render-report: screenshot copied to $REPORT_PNG_OUT"; fi
echo "render-report: OK ($(wc -c <"$html") bytes of HTML, $(wc -c <"$png") bytes of PNG)"
