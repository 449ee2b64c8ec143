#!/bin/sh
# Records where the http part's client side spends its time: one JFR recording per target (A, C) and
# in-flight count (1, 8), execution samples every 1 ms and allocation samples, then aggregates them.
# Run from the repository root after building the bench jar; see docs/performance.md, "Where the time goes".
# usage: camel-cam-bench/profile/profile.sh OUTPUT_DIR
set -e
out=${1:?usage: profile.sh OUTPUT_DIR}
mkdir -p "$out"
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
# the JDK's profile settings, with method sampling every 1 ms instead of 10 (more samples per second of run)
python3 - "$jdk/lib/jfr/profile.jfc" "$out/fine.jfc" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
s = re.sub(r'(<event name="jdk.ExecutionSample">.*?<setting name="period"[^>]*>)[^<]*(<)', r'\g<1>1 ms\2', s, flags=re.S)
s = re.sub(r'(<event name="jdk.ObjectAllocationSample">.*?<setting name="throttle"[^>]*>)[^<]*(<)', r'\g<1>3000/s\2', s, flags=re.S)
open(sys.argv[2], 'w').write(s)
PY
for n in 1 8; do for t in A C; do
  echo "== $t at $n in flight, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -XX:StartFlightRecording=filename="$out/$t$n.jfr",settings="$out/fine.jfc",delay=10s,duration=40s \
    -jar camel-cam-bench/target/camel-cam-bench.jar http --targets $t --concurrency $n --rounds 1 --seconds 50 --warmup 6 \
    | grep -E '^\| [0-9]|load average'
done; done
# main (start-up) and JFR's own threads are left out: the recording may begin before the warm-up ends
py=camel-cam-bench/profile/jfrtop.py
python3 $py --buckets --threads '^(?!main$)(?!JFR)' A1="$out/A1.jfr" C1="$out/C1.jfr" A8="$out/A8.jfr" C8="$out/C8.jfr"
python3 $py --alloc --buckets --threads '^(?!main$)(?!JFR)' A8="$out/A8.jfr" C8="$out/C8.jfr"
