/**
 * The allowed directions between the project's folders (README: "Architecture"). `npm test` runs
 * this through `npm run lint`; a violation names the rule, the importing file and the imported one.
 *
 *   cli/                      the top: wires agent and server together (demo, simulate, commands)
 *   agent/   server/          never each other; a server feature never reaches another's store
 *   cmdline/  checklists/      argument and terminal helpers; the regulation as data
 *   protocol/                 the bottom: contract and small core, imports nothing of ours
 *   dashboard/                protocol/ only
 */
const OURS = '^(protocol|checklists|cmdline|agent|server|dashboard|cli|test|bench)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A loop between modules: split the shared part out, or turn one direction into a parameter.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'protocol-imports-nothing',
      severity: 'error',
      comment: 'protocol/ is the contract and small core every part shares; it imports no other folder of ours.',
      from: { path: '^protocol/' },
      to: { path: OURS, pathNot: '^protocol/' },
    },
    {
      name: 'checklists-only-protocol',
      severity: 'error',
      from: { path: '^checklists/' },
      to: { path: OURS, pathNot: '^(protocol|checklists|test/helpers)/' },
    },
    {
      name: 'cmdline-only-protocol',
      severity: 'error',
      comment: 'cmdline/ (argument parsing, terminal I/O, exit codes) serves agent and server, so it imports neither.',
      from: { path: '^cmdline/' },
      to: { path: OURS, pathNot: '^(protocol|cmdline)/' },
    },
    {
      name: 'agent-not-server',
      severity: 'error',
      comment: 'agent/ and server/ meet only in cli/ and through protocol/.',
      from: { path: '^agent/' },
      to: { path: '^(server|dashboard|cli|bench)/' },
    },
    {
      name: 'server-not-agent',
      severity: 'error',
      comment: 'agent/ and server/ meet only in cli/ and through protocol/.',
      from: { path: '^server/' },
      to: { path: '^(agent|dashboard|cli|bench)/' },
    },
    {
      name: 'dashboard-only-protocol',
      severity: 'error',
      comment: 'The dashboard ships to browsers: it shares the contract (protocol/) and nothing else.',
      from: { path: '^dashboard/' },
      to: { path: OURS, pathNot: '^(protocol|dashboard)/' },
    },
    {
      name: 'no-other-feature-store',
      severity: 'error',
      comment: "A server feature owns its tables: another feature goes through the owner's service or a narrow interface, never its store.",
      from: { path: '^server/([^/]+)/', pathNot: '[.]test[.]ts$' },
      to: { path: '^server/.+/(store|machines)[.]ts$', pathNot: '^(server/$1/|server/exam/audit/store[.]ts$)' },
    },
    {
      name: 'test-helpers-for-tests-only',
      severity: 'error',
      comment: 'test/ serves the tests (beside their files or under test/); shipped code never imports it.',
      from: { path: OURS, pathNot: '(^test/|[.]test[.]ts$)' },
      to: { path: '^test/' },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'cli/ is the top: only tests may import it.',
      from: { path: OURS, pathNot: '^(cli|test)/' },
      to: { path: '^cli/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage|test-results|test/fixtures)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.mjs'],
    },
    reporterOptions: {
      dot: { collapsePattern: '^(protocol|checklists|cmdline|agent|server/[^/]+|dashboard/src/[^/]+|cli|test|bench)/' },
    },
  },
};
