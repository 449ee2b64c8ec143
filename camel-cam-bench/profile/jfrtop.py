#!/usr/bin/env python3
"""Aggregates jdk.ExecutionSample (or jdk.ObjectAllocationSample) of JFR recordings of the http part.

usage: jfrtop.py [--alloc] [--buckets] [--threads REGEX] [--top N] NAME=file.jfr ...
Prints, per recording: samples; share by *owner* (the first frame from the top that is not JDK code:
which library's code the CPU was spent for); threads; the top self methods; the top inclusive
methods; with --buckets, the share of each step of a message (see bucket()); with --alloc, weights
are the sampled allocation weight (bytes) instead of sample counts. Needs the JDK's `jfr` on PATH.
See docs/performance.md, "Where the time goes".
"""
import json, re, subprocess, sys, collections

args = sys.argv[1:]
alloc = '--alloc' in args
buckets = '--buckets' in args
top = 25
threads = None
files = []
i = 0
while i < len(args):
    a = args[i]
    if a in ('--alloc', '--buckets'): pass
    elif a == '--top': i += 1; top = int(args[i])
    elif a == '--threads': i += 1; threads = re.compile(args[i])
    else: files.append(a.split('=', 1))
    i += 1

EVENT = 'jdk.ObjectAllocationSample' if alloc else 'jdk.ExecutionSample'
JDK = re.compile(r'^(java|javax|jdk|sun|com/sun)/')
OWNERS = [('io/camelcam/bench/', 'bench driver'), ('io/camelcam/', 'camel-cam'), ('org/apache/camel/', 'Camel'),
          ('org/apache/hc/', 'HttpClient/HttpCore'), ('com/fasterxml/jackson/', 'Jackson'),
          ('org/apache/logging/', 'Log4j'), ('org/slf4j/', 'SLF4J')]

def owner(frames):
    for f in frames:
        t = f['method']['type']['name']
        for prefix, name in OWNERS:
            if t.startswith(prefix):
                return name
        if not JDK.match(t):
            return 'other: ' + t.rsplit('/', 1)[0]
    return 'JDK only (thread start, NIO select, ...)'

MARKERS = [  # camel-cam's (and the bench's) own frames, innermost first wins
    (('SendMessage.body', 'ModelJson.write', 'RequestBody$Form.encode', 'RequestBody$Form.of', 'RequestBody$Form.<init>'), 'C: JSON and form encoding of the message'),
    (('SendMessage.<init>', 'SendMessage.isValid', 'FieldChecks.', 'CamMessage.'), 'C: message validation'),
    (('SendMessageBinding.', 'ExchangeInputs.', 'MessageMapper.', 'CamProducer.operation'), 'C: binding reads the exchange (headers, body, options)'),
    (('AnswerReader.', 'DriftWarnings.', 'AnswerDrift.'), "C: reading CAM's answer (status scan, drift check)"),
    (('BufferingConsumer.', 'GuardedConsumer.', 'ResponseBytes.', 'HttpResult'), 'C: response consumer (buffering the answer)'),
    (('CamHttpTransport.', 'CamHttpTransport$', 'RequestDeparture.', 'SecretHeader.'), 'C: transport (request wrapping, in-flight tracking)'),
    (('CamClient.', 'CamClient$', 'CallCounters.'), 'C: client (futures, counters, retry bookkeeping)'),
    (('CamProducer.', 'CamEndpoint.', 'CamEndpoint$', 'CamProducer$'), 'C: producer and callback'),
    (('RawHttpTarget.', 'RawHttpTarget$'), 'A: request building, answer check'),
    (('SlotRunner', 'RouteTarget.', 'RouteTarget$'), 'bench driver'),
]
HELPERS = {label for _, label in MARKERS[:6]} | {'A: request building, answer check'}

def lib(f):
    t = f['method']['type']['name']
    if '/' not in t or '$$Lambda' in t or 'LambdaForm' in t:
        return 'jdk'  # lambdas and method handles: transparent, their caller and callee say whose work it is
    if t.startswith('io/camelcam/'): return 'cam'
    if t.startswith('org/apache/camel/'): return 'camel'
    if t.startswith('org/apache/hc/'): return 'hc'
    if t.startswith('com/fasterxml/jackson/'): return 'jackson'
    if t.startswith('org/apache/logging/') or t.startswith('org/slf4j/'): return 'log'
    if JDK.match(t): return 'jdk'
    return 'other'

def marker(frames, i):
    for f in frames[i:]:
        n = name(f)
        for prefixes, label in MARKERS:
            if any(n.startswith(p) for p in prefixes):
                return label
    return None

def bucket(frames):
    libs = [lib(f) for f in frames]
    names = [name(f) for f in frames]
    i = next((k for k, l in enumerate(libs) if l != 'jdk'), None)
    jdk_top = names[:i] if i is not None else names
    if any(n.startswith('ThreadPoolExecutor.getTask') for n in jdk_top):
        return 'C: CamCallback thread parks/wakes (hand-over)' if i is None or marker(frames, i) != 'bench driver' else 'bench driver'
    if any(n.startswith('ThreadPoolExecutor.execute') for n in jdk_top):
        return 'C: hand-over to the CamCallback pool (enqueue, unpark)'
    if i is None:
        return 'JDK only (thread start, JFR, ...)'
    l = libs[i]
    if l == 'cam':
        return marker(frames, i) or 'C: other'
    j = next((k for k in range(i, len(frames)) if libs[k] not in ('jdk', l)), None)
    if l == 'hc':
        span = names[i:j]
        if any(n.startswith('CloseableHttpAsyncClient.execute') for n in span):
            return 'HttpClient: execute (lease, request set-up)'
    if j is not None and libs[j] == 'cam':
        m = marker(frames, j)
        if m in HELPERS:
            return m
    if j is not None and marker(frames, j) == 'A: request building, answer check' and l == 'hc':
        return 'A: request building, answer check'
    if l == 'camel':
        return 'Camel: exchange machinery (create, route, callbacks)'
    if l == 'hc':
        if any(n.startswith('AbstractHttp1StreamDuplexer.onInput') for n in names):
            return 'HttpCore: reading and parsing the response'
        if any(n.startswith('AbstractHttp1StreamDuplexer.onOutput') for n in names):
            return 'HttpCore: writing the request'
        return 'HttpCore: I/O reactor and other'
    if l == 'log':
        return 'logging (level checks)'
    return l + ': other'

def name(f):
    return f['method']['type']['name'].replace('/', '.').rsplit('.', 1)[-1] + '.' + f['method']['name']

def load(path):
    out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '96', '--events', EVENT, path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)['recording']['events']
    rows = []
    for e in events:
        v = e['values']
        th = (v.get('sampledThread') or v.get('eventThread') or {}).get('javaName') or '?'
        if threads and not threads.search(th):
            continue
        frames = (v.get('stackTrace') or {}).get('frames') or []
        w = v.get('weight', 1) if alloc else 1
        rows.append((th, frames, w, v.get('objectClass', {}).get('name') if alloc else None))
    return rows

for label, path in files:
    rows = load(path)
    total = sum(w for _, _, w, _ in rows)
    print(f'\n##### {label} ({path}): {len(rows)} samples' + (f', {total/1e6:.1f} MB sampled weight' if alloc else ''))
    by_owner = collections.Counter(); by_thread = collections.Counter(); self_m = collections.Counter()
    incl = collections.Counter(); cls = collections.Counter()
    for th, frames, w, oc in rows:
        by_owner[owner(frames)] += w
        by_thread[re.sub(r'\d+', 'N', th)] += w
        if frames:
            self_m[name(frames[0])] += w
        seen = set()
        for f in frames:
            n = name(f)
            if n not in seen:
                seen.add(n); incl[n] += w
        if oc: cls[oc] += w
    def show(title, c, n):
        print(f'-- {title}')
        for k, w in c.most_common(n):
            print(f'{100*w/total:6.1f}%  {k}')
    show('owner (first non-JDK frame from the top)', by_owner, 12)
    show('threads', by_thread, 8)
    show('self (top frame)', self_m, top)
    show('inclusive', incl, top * 2)
    if alloc: show('allocated class', cls, 15)
    if buckets:
        b = collections.Counter()
        for th, frames, w, oc in rows:
            b[bucket(frames)] += w
        show('where (innermost marker frame from the top)', b, 30)
