#!/bin/sh
# npm test: the unit tests on the Node in use, then the integration tests, which run dist/index.js
# as the runner does, once, on Node 24 (the runtime action.yml declares; npx -y node@24 when the
# Node in use is another). With arguments, jest's own: a run that names a file under
# __tests__/integration is on Node 24, any other on the Node in use.
#   sh scripts/test.sh                     everything (npm test)
#   sh scripts/test.sh unit [jest args]    the unit tests (npm run test:unit)
#   sh scripts/test.sh integration [args]  the integration tests (npm run test:integration)
#   sh scripts/test.sh <jest args>         e.g. __tests__/unit/report.test.ts -t 'drift'
set -e
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--experimental-vm-modules"
jest=node_modules/jest/bin/jest.js
# The integration tests mostly wait (on the bundle's processes, the emulator's delays, the runner's
# signal windows), so they run one file more at a time than there are cores.
workers="--maxWorkers=$(( $(nproc 2>/dev/null || echo 1) + 1 ))"
node24() {
  if [ "$(node -p 'process.versions.node.split(".")[0]')" = 24 ]; then node "$@"; else npx -y node@24 "$@"; fi
}
case "${1:-}" in
  '') node "$jest" __tests__/unit && node24 "$jest" "$workers" __tests__/integration ;;
  unit) shift; node "$jest" __tests__/unit "$@" ;;
  integration) shift; node24 "$jest" "$workers" __tests__/integration "$@" ;;
  *)
    case " $* " in
      *__tests__/integration*) node24 "$jest" "$workers" "$@" ;;
      *) node "$jest" "$@" ;;
    esac ;;
esac
