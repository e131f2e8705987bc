#!/usr/bin/env bash
# The README's screenshots: runs ScreenshotsIT in Chromium (Debian's chromium package) and copies its pictures to
# docs/images/. Run from the repository's root after `mvn -q -DskipTests install`.
set -euo pipefail
mvn -q -B -pl stats,app,e2e verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ScreenshotsIT -Dfailsafe.failIfNoSpecifiedTests=false
mkdir -p docs/images
cp e2e/target/screenshots/overview-adjusted-*.png docs/images/
ls -l docs/images/overview-adjusted-*.png
