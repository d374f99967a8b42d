/**
 * The Node flags the extension starts the language server with (client.ts).
 *
 * V8's young generation capped at 2 MB semi-spaces (16 MB by default). A
 * keystroke's analysis of a long document allocates several MB that die at
 * once, and the default young generation grows to hold them: after 50
 * edits of a 5,000-line document, a heap snapshot found 15.6 MB live in a
 * process of 138 MB. Capped, the benchmark measured 117 MB instead of 141 MB
 * (163 MB instead of 219 MB at 20,000 lines) with the same keystroke times
 * (bench/server.ts with BENCH_SERVER_NODE_ARGS). A server started by another
 * editor runs without it.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
