// Lint rules. The important one is the sans-I/O rule (DESIGN.md §2): core code
// reaches time, randomness, disk and network only through the ports in
// src/env, so the simulator can run it deterministically. Only the adapter
// folders below may touch the outside world.
import tseslint from 'typescript-eslint';

const adapterFolders = ['src/env/node/**', 'src/transport/grpc/**', 'src/server/**', 'src/cli/**', 'src/node-client/**'];

const bannedModules = [
  'fs', 'fs/promises', 'net', 'dgram', 'dns', 'http', 'http2', 'https', 'tls', 'child_process', 'worker_threads', 'cluster', 'timers', 'timers/promises', 'perf_hooks', 'crypto', 'os', 'module', 'vm', 'v8', 'inspector', 'async_hooks', 'readline',
].flatMap((name) => [name, `node:${name}`]);

const sansIoRules = {
  'no-restricted-imports': ['error', {
    paths: [
      ...bannedModules.map((name) => ({ name, message: 'Core code must not do I/O directly: use the ports in src/env (DESIGN.md §2).' })),
      { name: '@grpc/grpc-js', message: 'gRPC belongs in src/transport/grpc only.' },
      { name: 'pino', message: 'Inject the Logger port; pino lives in the composition root.' },
      { name: 'prom-client', message: 'Inject the Metrics port (src/env/metrics.ts); prom-client lives in src/env/node.' },
    ],
  }],
  'no-restricted-globals': ['error',
    ...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'WeakRef', 'FinalizationRegistry', 'performance', 'process', 'crypto', 'globalThis', 'global', 'fetch', 'WebSocket', 'XMLHttpRequest'].map((name) => ({
      name, message: `Core code must not use ${name}: time, scheduling and randomness come from the Clock and Random ports (DESIGN.md §2).`,
    })),
  ],
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Use the Random port.' },
    { object: 'Date', property: 'now', message: 'Use the Clock port.' },
    { object: 'performance', property: 'now', message: 'Use the Clock port.' },
    { object: 'process', property: 'nextTick', message: 'Use the Clock port.' },
    { object: 'process', property: 'hrtime', message: 'Use the Clock port.' },
    { object: 'crypto', property: 'randomUUID', message: 'Use the Random port.' },
    { object: 'crypto', property: 'getRandomValues', message: 'Use the Random port.' },
  ],
  'no-restricted-syntax': ['error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'new Date() reads the wall clock: use the Clock port.' },
    { selector: "CallExpression[callee.name='Date']", message: 'Date() reads the wall clock: use the Clock port.' },
    { selector: 'ImportExpression', message: 'Dynamic import can reach I/O modules: use static imports of ports.' },
    { selector: "VariableDeclarator[init.type='Identifier'][init.name='Date']", message: 'Aliasing Date hides wall-clock reads: use the Clock port.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'test/lint/fixtures/**', 'src/gen/proto.js', 'src/gen/proto.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  { files: ['src/**/*.ts'], ignores: adapterFolders, rules: sansIoRules },
  // Tools, tests, benchmarks and the simulator's own runner may print.
  { files: ['src/cli/**', 'sim/**', 'bench/**', 'test/**', '.ci/**'], rules: { 'no-console': 'off' } },
);
