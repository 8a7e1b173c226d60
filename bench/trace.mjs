// Main-thread time in a library's own code, from a trace of one page view (run.mjs
// records it with TRACE_CATEGORIES): the CPU profile's self time of the library's
// functions plus the compilation of its scripts on the main thread.
//
// - Self time: the renderer main thread's CPU profile (the trace's Profile and
//   ProfileChunk events), each sample weighing the time to the next sample. A sample
//   counts for the library when the innermost frame with a URL is one of the library's
//   files: its own functions, and the built-in and DOM functions they call (those have
//   no URL of their own: createElement, setAttribute, a getter of the page's API).
//   "(program)", "(idle)" and "(garbage collector)" count for no one.
// - Compile: the main thread's `v8.compile` and `v8.compileModule` events for the
//   library's files (the profiler puts a script's top-level compilation under
//   "(program)", so it is not in the self time). A parse done off the main thread
//   (script streaming) is not main-thread time and is not counted.
//
// The library's files are the URLs whose path starts with one of its prefixes
// (`files` in bench/libraries.mjs). With the CPU throttled, both are stretched as the
// main thread is.

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

const PSEUDO = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
const COMPILE = new Set(['v8.compile', 'v8.compileModule']);

const pathOf = (url) => {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
};

/**
 * { libCodeMs, libSelfMs, libCompileMs } for the library whose files start with one of
 * `prefixes`, in the page view at `pageUrl` (its renderer main thread is the one that
 * evaluated the page's inline scripts).
 */
export function libraryCodeTime(events, { pageUrl, prefixes }) {
  const mine = (url) => {
    const path = pathOf(url);
    return path !== '' && prefixes.some((prefix) => path.startsWith(prefix));
  };
  const page = pathOf(pageUrl);
  const anchor = events.find((e) => (e.name === 'EvaluateScript' || e.name === 'v8.compile') && pathOf(e.args?.data?.url ?? '') === page);
  if (!anchor) throw new Error('trace: no script of the page was seen evaluated');
  const onMain = (e) => e.pid === anchor.pid && e.tid === anchor.tid;

  const compileUs = events
    .filter((e) => COMPILE.has(e.name) && e.ph === 'X' && onMain(e) && mine(e.args?.data?.url ?? e.args?.fileName ?? ''))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);

  // The CPU profile of the main thread: nodes, samples and time deltas arrive in chunks.
  const profile = events.find((e) => e.name === 'Profile' && onMain(e));
  if (!profile) throw new Error('trace: no CPU profile of the main thread');
  const nodes = new Map();
  const samples = [];
  const deltas = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== profile.id || e.pid !== profile.pid) continue;
    const data = e.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    samples.push(...(data.cpuProfile?.samples ?? []));
    deltas.push(...(data.timeDeltas ?? []));
  }
  if (!samples.length) throw new Error('trace: the CPU profile has no samples');

  // Whether a node's time is the library's: its innermost frame with a URL decides.
  const owner = new Map();
  const isMine = (id) => {
    if (owner.has(id)) return owner.get(id);
    const n = nodes.get(id);
    let result = false;
    if (n && !PSEUDO.has(n.callFrame.functionName)) {
      if (n.callFrame.url) result = mine(n.callFrame.url);
      else if (n.parent !== undefined) result = isMine(n.parent);
    }
    owner.set(id, result);
    return result;
  };
  let selfUs = 0;
  for (let i = 0; i < samples.length - 1; i++) {
    if (isMine(samples[i])) selfUs += Math.max(0, deltas[i + 1]);
  }
  return { libCodeMs: (selfUs + compileUs) / 1000, libSelfMs: selfUs / 1000, libCompileMs: compileUs / 1000 };
}
