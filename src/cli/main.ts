// The `mosaic` command: the composition root. The only module that does I/O at top level (STYLE.md point 14).
import { MosaicError } from '../lib/errors.ts'
import { VERSION } from './version.ts'

type CommandModule = { run(args: string[]): Promise<number>; help: string }

// Each command lives in its own file and is loaded only when used, so `mosaic --help` stays instant.
const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  import: {
    summary: 'import a STIX bundle, ATT&CK, MISP galaxy or KEV file',
    load: () => import('./commands/import.ts'),
  },
  validate: { summary: 'validate a STIX 2.1 document', load: () => import('./commands/validate.ts') },
  export: { summary: 'export current objects as a STIX 2.1 bundle', load: () => import('./commands/export.ts') },
  get: { summary: 'show one object with its claims', load: () => import('./commands/get.ts') },
  search: {
    summary: 'full-text search over names, aliases and descriptions',
    load: () => import('./commands/search.ts'),
  },
  stats: { summary: 'counts of objects, claims and aliases', load: () => import('./commands/stats.ts') },
  serve: { summary: 'serve the HTTP API', load: () => import('./commands/serve.ts') },
  resolve: { summary: 'resolve actor names to actors', load: () => import('./commands/resolve.ts') },
  actor: { summary: 'an actor dossier; merge and split actors', load: () => import('./commands/actor.ts') },
  crosswalk: { summary: 'vendors × names table for an actor', load: () => import('./commands/crosswalk.ts') },
  aliases: { summary: 'alias conflicts and proposals', load: () => import('./commands/aliases.ts') },
  claim: { summary: 'retract or restore a claim', load: () => import('./commands/claim.ts') },
  attributions: { summary: 'the attribution ledger', load: () => import('./commands/attributions.ts') },
  campaign: {
    summary: 'a campaign with its CVEs, targets and attributions',
    load: () => import('./commands/campaign.ts'),
  },
  cve: { summary: 'a vulnerability timeline', load: () => import('./commands/cve.ts') },
  legal: { summary: 'legal actions (indictments, sanctions …)', load: () => import('./commands/legal.ts') },
  starter: { summary: 'reload the starter knowledge pack', load: () => import('./commands/starter.ts') },
  extract: { summary: 'extract entities and claims from a report', load: () => import('./commands/extract.ts') },
  review: { summary: 'review pending extracted claims', load: () => import('./commands/review.ts') },
  pattern: {
    summary: 'STIX patterns: validate, match, inspect, equivalent',
    load: () => import('./commands/pattern.ts'),
  },
  hunt: { summary: 'hunt over logs and Exchange collections', load: () => import('./commands/hunt.ts') },
  taxii: { summary: 'TAXII 2.1 server (taxii serve)', load: () => import('./commands/taxii.ts') },
}

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length))
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return [
    `mosaic ${VERSION} — threat intelligence as a ledger of sourced claims`,
    '',
    'usage: mosaic <command> [options]      mosaic <command> --help',
    '',
    'commands:',
    ...lines,
    '',
    'common options:',
    '  --db PATH|URL   database (default ./mosaic.db, env MOSAIC_DB; postgres://… for PostgreSQL)',
    '  --json          machine output on stdout',
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${mainHelp()}\n`)
    return name === undefined ? 3 : 0
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${VERSION}\n`)
    return 0
  }
  const command = commands[name]
  if (!command) {
    process.stderr.write(`mosaic: unknown command '${name}' (see mosaic --help)\n`)
    return 3
  }
  const mod = await command.load()
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${mod.help.trim()}\n`)
    return 0
  }
  return mod.run(rest)
}

// A closed pipe (`mosaic export | head`) is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (e) {
  process.exitCode = reportError(e)
}

function reportError(e: unknown): number {
  if (e instanceof MosaicError) {
    const where = e.where ? `${e.where}: ` : ''
    process.stderr.write(`mosaic: ${where}${e.message}\n`)
    return e.code === 'usage' ? 3 : e.code === 'invalid_input' ? 2 : 1
  }
  const msg = e instanceof Error ? e.message : String(e)
  process.stderr.write(`mosaic: ${msg.split('\n')[0]}\n`)
  if (process.env.MOSAIC_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`)
  return 1
}
