#!/usr/bin/env bash
# Regenerates the vendored front-end assets under app/src/main/resources/static/vendor/ from the npm registry:
#   govuk-frontend 6.6.0 (MIT): Sass compiled with sass 1.108.2, with Arial instead of GDS Transport (that font and
#     the crown are for GOV.UK services only), plus its JavaScript bundle;
#   echarts 6.1.0 (Apache-2.0): dist/echarts.min.js.
# Needs node and npm; the Maven build never calls them (the outputs are committed). Run from anywhere:
#   scripts/vendor-assets.sh
set -euo pipefail
GOVUK=6.6.0
SASS=1.108.2
ECHARTS=6.1.0
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
vendor="$root/app/src/main/resources/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --silent \
  "govuk-frontend@$GOVUK" "sass@$SASS" "echarts@$ECHARTS"

govuk="$vendor/govuk-frontend-$GOVUK"
charts="$vendor/echarts-$ECHARTS"
rm -rf "$govuk" "$charts"
mkdir -p "$govuk" "$charts"

cat > main.scss <<SCSS
@use "node_modules/govuk-frontend/dist/govuk" with (
  \$govuk-font-family: (arial, sans-serif),
  \$govuk-assets-path: "/static/vendor/govuk-frontend-$GOVUK/assets/"
);
SCSS
npx --no-install sass --no-source-map --style=compressed --quiet-deps main.scss "$govuk/govuk-frontend.min.css"
if grep -q "GDS Transport" "$govuk/govuk-frontend.min.css"; then
  echo "vendor-assets: GDS Transport still referenced in the CSS" >&2
  exit 1
fi
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$govuk/"
cat > "$govuk/LICENSE.txt" <<'LICENCE'
govuk-frontend 6.6.0 (https://github.com/alphagov/govuk-frontend), compiled by scripts/vendor-assets.sh
with $govuk-font-family: (arial, sans-serif). Its fonts and images (crown, crest) are not included.

The MIT License (MIT)

Copyright (c) 2018 Crown Copyright (Government Digital Service)

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
LICENCE

cp node_modules/echarts/dist/echarts.min.js "$charts/"
cp node_modules/echarts/LICENSE "$charts/LICENSE"
cp node_modules/echarts/NOTICE "$charts/NOTICE"
cp node_modules/echarts/licenses/LICENSE-d3 "$charts/LICENSE-d3"
echo "vendor-assets: wrote $govuk and $charts"
