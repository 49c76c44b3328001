import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { before, test } from 'node:test'
import { importObjects, importSource } from '../../ingest/importer.ts'
import { openSource } from '../../ingest/source.ts'
import { MosaicError } from '../../lib/errors.ts'
import { sharedPath, skipUnless } from '../../lib/testing.ts'
import { CLAIM_EXT_ID } from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import { openSqlite } from '../../store/sqlite/sqlite-store.ts'
import type { Store } from '../../store/store.ts'
import { starterBundle, starterId } from '../starter/build.ts'
import { loadStarterPack } from '../starter/seed.ts'
import {
  type AttributionRow,
  asOfBound,
  attributionStats,
  attributions,
  campaignView,
  cveTimeline,
  type DossierExtras,
  dossierExtras,
  findCampaigns,
  LedgerContext,
  legalActions,
  sinceBound,
} from './index.ts'

const kevFile = sharedPath('data', 'cisa-kev', 'known_exploited_vulnerabilities.json')
const PROXYLOGON = ['CVE-2021-26855', 'CVE-2021-26857', 'CVE-2021-26858', 'CVE-2021-27065']
const APT40 = { id: starterId('is:apt40'), name: 'APT40', ids: [starterId('is:apt40')] }
const bundle = starterBundle()
const ext = (o: StixObject) => o.extensions?.[CLAIM_EXT_ID] as Record<string, unknown> | undefined
/** The pack's attribution statements, straight from the bundle (no store, no ledger code). */
const packAttributions = bundle.objects.filter(
  (o) => o.type === 'relationship' && o.relationship_type === 'attributed-to' && ext(o)?.predicate === undefined,
)
const july19 = new Set(packAttributions.filter((o) => ext(o)?.published === '2021-07-19').map((o) => o.id))

let store: Store
before(async () => {
  store = await openSqlite(':memory:')
  await loadStarterPack(store)
})

const extras = async (asOf?: string): Promise<DossierExtras> =>
  (await dossierExtras(store, APT40, asOf ? { asOf } : {})) as unknown as DossierExtras

test('as-of bounds cover the whole day, month or year given, and a bad date is invalid input', () => {
  assert.equal(asOfBound('2021-07-18'), '2021-07-18T23:59:59.999Z')
  assert.equal(asOfBound('2021-02'), '2021-02-28T23:59:59.999Z')
  assert.equal(asOfBound('2021'), '2021-12-31T23:59:59.999Z')
  assert.equal(sinceBound('2021'), '2021-01-01')
  assert.ok('2021-07-19' > (asOfBound('2021-07-18') as string))
  assert.ok('2021-07-19' <= (asOfBound('2021-07-19') as string))
  assert.throws(
    () => asOfBound('2021-13-45'),
    (e) => e instanceof MosaicError && e.code === 'invalid_input',
  )
  assert.throws(
    () => sinceBound('yesterday'),
    (e) => e instanceof MosaicError && e.code === 'invalid_input',
  )
})

test('APT40 dossier lists 19/20 July 2021 attributions by at least six governments or alliances, with wording', async () => {
  const d = await extras()
  const july = d.attributions.filter((a) => a.published === '2021-07-19' || a.published === '2021-07-20')
  const bodies = new Set(july.map((a) => a.attributor.on_behalf_of.name))
  assert.ok(bodies.size >= 6, `only ${[...bodies].join(', ')}`)
  for (const b of ['Government of Canada', 'Government of the United Kingdom', 'European Union', 'Government of Japan'])
    assert.ok(
      [...bodies].some((x) => x.startsWith(b)),
      b,
    )
  const canada = july.find((a) => a.attributor.name === 'Global Affairs Canada') as AttributionRow
  assert.equal(canada.confidence.text, 'almost certainly')
  assert.equal(canada.confidence.scale, 'CCCS-estimative')
  assert.equal(canada.confidence.stix, 95)
  assert.equal(canada.attributed_to.name, 'Hainan State Security Department (HSSD)')
  assert.equal(canada.attributor.country, 'CA')
  assert.match(canada.quote ?? '', /almost certainly consists of elements of the Hainan State Security Department/)
  assert.match(canada.source.url ?? '', /^https:\/\/www\.canada\.ca\//)
  assert.ok(july.every((a) => a.subject.id === APT40.id || a.attributed_to.id === APT40.id))
  // every row is one statement: no claim id twice
  assert.equal(new Set(d.attributions.map((a) => a.claim_id)).size, d.attributions.length)
})

test('APT40 dossier: the PRC denial answers the Canadian statements; sponsors roll HSSD up to the MSS', async () => {
  const d = await extras()
  const canada = d.attributions.find((a) => a.attributor.name === 'Global Affairs Canada') as AttributionRow
  const denial = d.denials.find((x) => x.denier.name === 'Embassy of the PRC in Canada')
  assert.ok(denial)
  assert.equal(denial.opinion, 'strongly-disagree')
  assert.equal(denial.published, '2021-07-20')
  assert.match(denial.quote ?? '', /groundless/)
  assert.ok(denial.responds_to.includes(canada.claim_id))
  assert.ok(canada.responses.some((r) => r.claim_id === denial.claim_id))
  const hssd = d.sponsors.find((s) => s.name.startsWith('Hainan State Security Department'))
  assert.ok(hssd)
  assert.deepEqual(
    hssd.part_of.map((p) => p.name),
    ['Ministry of State Security (MSS)', "Government of the People's Republic of China"],
  )
})

test('APT40 dossier: the DOJ indictment names four officers and Hainan Xiandun with the charges', async () => {
  const d = await extras()
  const doj = d.legal_actions.find((l) => l.authority.name === 'US Department of Justice' && l.date === '2021-07-19')
  assert.ok(doj)
  assert.equal(doj.type, 'indictment')
  const people = doj.subjects.filter((s) => s.kind === 'person').map((s) => s.name)
  assert.deepEqual(people.sort(), ['Cheng Qingmin', 'Ding Xiaoyang', 'Wu Shurong', 'Zhu Yunmin'])
  const front = doj.subjects.find((s) => s.kind === 'front-company')
  assert.match(front?.name ?? '', /^Hainan Xiandun/)
  assert.ok(doj.charges.includes('conspiracy to commit economic espionage'))
  assert.ok(doj.concerns.some((c) => c.id === APT40.id))
})

test('APT40 dossier: Canadian defence, ocean-technology and biopharma research targeted in 2017–2018, per Canada', async () => {
  const d = await extras()
  for (const name of ['Defence research', 'Ocean technology research', 'Biopharmaceutical research']) {
    const s = d.sectors.find((x) => x.name === name)
    assert.ok(s, name)
    assert.equal(s.period.start, '2017-01-01')
    assert.equal(s.period.stop, '2018-12-31')
    assert.ok(
      s.sources.some((src) => src.stated_by === 'Global Affairs Canada' && /2017 and 2018/.test(src.quote ?? '')),
    )
  }
  assert.ok(d.countries.some((c) => c.code === 'CA'))
  assert.ok(d.campaigns.some((c) => c.name.startsWith('APT40 campaigns against Canadian research')))
  const dates = d.timeline.map((e) => e.date)
  assert.deepEqual(dates, [...dates].sort())
  assert.ok(d.timeline.some((e) => e.kind === 'denial' && e.date === '2021-07-20'))
  assert.ok(d.timeline.some((e) => e.kind === 'legal-action' && e.date === '2021-07-19'))
})

test('as-of 2021-07-18 shows none of the 19 July claims; as-of 2021-07-20 shows all of them and the denials', async () => {
  assert.ok(july19.size >= 15)
  const before18 = await attributions(new LedgerContext(store, '2021-07-18'))
  assert.equal(before18.rows.filter((r) => july19.has(r.claim_id)).length, 0)
  assert.ok(before18.rows.every((r) => (r.published ?? '') <= '2021-07-18'))
  assert.ok(before18.rows.length > 0)
  const by20 = await attributions(new LedgerContext(store, '2021-07-20'))
  assert.deepEqual(new Set(by20.rows.filter((r) => july19.has(r.claim_id)).map((r) => r.claim_id)), july19)
  const d18 = await extras('2021-07-18')
  assert.equal(d18.attributions.filter((a) => a.published === '2021-07-19').length, 0)
  assert.equal(d18.denials.length, 0)
  assert.equal(d18.legal_actions.filter((l) => l.date === '2021-07-19').length, 0)
  const d19 = await extras('2021-07-19')
  assert.equal(d19.denials.length, 0, 'the denials came a day later')
  const d20 = await extras('2021-07-20')
  assert.ok(d20.denials.length > 0)
  assert.ok(d20.attributions.some((a) => a.confidence.text === 'almost certainly'))
})

test('ledger --to MSS counts only statements naming the MSS; seven governments or alliances on 19 July 2021', async () => {
  const ctx = new LedgerContext(store, '2021-07-20')
  const r = await attributions(ctx, { to: 'Ministry of State Security', since: '2021-07-19' })
  assert.deepEqual(
    r.matched.to?.map((m) => m.name),
    ['Ministry of State Security (MSS)'],
  )
  assert.ok(r.rows.every((x) => x.attributed_to.name === 'Ministry of State Security (MSS)'))
  const bodies = r.summary.bodies.map((b) => b.name).sort()
  assert.deepEqual(bodies, [
    'European Union (Council of the EU / High Representative)',
    'Government of Australia',
    'Government of Canada',
    'Government of New Zealand',
    'Government of the United Kingdom',
    'Government of the United States',
    'North Atlantic Treaty Organization (North Atlantic Council)',
  ])
  // EU and NATO named the MSS only as co-signers of the White House statement; nothing is inflated.
  const eu = r.summary.bodies.find((b) => b.name.startsWith('European Union'))
  assert.deepEqual([eu?.issued, eu?.cosigned], [0, 1])
  // sub-units count only when asked
  const units = await attributions(ctx, { to: 'MSS', since: '2021-07-19', units: true })
  assert.ok(units.rows.some((x) => x.attributed_to.name.startsWith('Hainan State Security Department')))
  assert.ok(units.rows.length > r.rows.length)
})

test('ledger --by Canada includes Canadian agencies and statements Canada co-signed, each row as stated', async () => {
  const r = await attributions(new LedgerContext(store), { by: 'Canada' })
  const gac = r.rows.filter((x) => x.attributor.name === 'Global Affairs Canada')
  assert.equal(gac.length, 2)
  assert.deepEqual(gac.map((x) => x.confidence.text).sort(), ['almost certainly', 'confident'])
  assert.ok(r.rows.some((x) => x.attributor.country !== 'CA' && x.cosigners.some((c) => c.country === 'CA')))
  assert.ok(r.rows.every((x) => x.attributor.country === 'CA' || x.cosigners.some((c) => c.country === 'CA')))
})

test('stats attributions: counts per state and per year equal counts computed from the starter bundle', async () => {
  const byId = new Map(bundle.objects.map((o) => [o.id, o]))
  const rels = bundle.objects.filter((o) => o.type === 'relationship')
  const countryOf = (id: string): string => {
    const o = byId.get(id)
    if (o?.type === 'location') return String(o.country)
    const pred = o?.type === 'intrusion-set' ? 'originates-from' : 'located-at'
    const r = rels.find((x) => x.source_ref === id && x.relationship_type === pred)
    return r ? countryOf(r.target_ref as string) : 'unknown'
  }
  const perState = new Map<string, number>()
  const perYear = new Map<string, number>()
  for (const o of packAttributions) {
    const c = countryOf(o.target_ref as string)
    perState.set(c, (perState.get(c) ?? 0) + 1)
    const y = String(ext(o)?.published).slice(0, 4)
    perYear.set(y, (perYear.get(y) ?? 0) + 1)
  }
  const s = await attributionStats(store)
  assert.equal(s.statements, packAttributions.length)
  assert.deepEqual(new Map(s.by_state.map((r) => [r.state?.code ?? 'unknown', r.statements])), perState)
  assert.deepEqual(new Map(s.per_year.map((r) => [r.year, r.statements])), perYear)
  assert.equal(
    s.by_state_per_year.reduce((n, r) => n + r.statements, 0),
    packAttributions.length,
  )
  const demo = s.by_sector.find((r) => r.sector.name === 'Democratic institutions and processes')
  const demoId = starterId('sec:democratic-processes')
  assert.equal(demo?.claims, rels.filter((r) => r.relationship_type === 'targets' && r.target_ref === demoId).length)
  const early = await attributionStats(store, { asOf: '2021-07-18' })
  assert.equal(early.statements, packAttributions.filter((o) => String(ext(o)?.published) <= '2021-07-18').length)
})

test('legal actions filter by authority, subject and date', async () => {
  const ctx = new LedgerContext(store)
  const doj = await legalActions(ctx, { authority: 'US Department of Justice' })
  assert.ok(doj.length >= 5)
  assert.ok(doj.every((l) => l.authority.name === 'US Department of Justice'))
  const ding = await legalActions(ctx, { subject: 'ding xiaoyang' })
  assert.deepEqual(
    ding.map((l) => l.date),
    ['2021-07-19'],
  )
  const byActor = await legalActions(ctx, { subject: 'APT40' })
  assert.ok(byActor.some((l) => l.id === ding[0]?.id))
  const early = await legalActions(new LedgerContext(store, '2021-07-18'), { subject: 'Ding Xiaoyang' })
  assert.equal(early.length, 0)
})

test('export → import into a new store → identical ledger (wording, scale, evidence, co-signers, denials)', async () => {
  const objects: StixObject[] = []
  for await (const o of store.objects()) objects.push(o)
  const copy = await openSqlite(':memory:')
  try {
    const report = await importObjects(copy, objects)
    assert.ok(report.committed, JSON.stringify(report.errors.slice(0, 3)))
    const strip = (rows: AttributionRow[]) => rows.map(({ recorded: _, ...rest }) => rest)
    const a = await attributions(new LedgerContext(store))
    const b = await attributions(new LedgerContext(copy))
    assert.equal(a.rows.length, packAttributions.length)
    assert.deepEqual(strip(b.rows), strip(a.rows))
    const withCosigners = a.rows.filter((r) => r.cosigners.length > 0)
    assert.ok(withCosigners.length > 0)
    const da = await extras()
    const db = (await dossierExtras(copy, APT40, {})) as unknown as DossierExtras
    assert.deepEqual(
      db.denials.map(({ recorded: _, ...r }) => r),
      da.denials.map(({ recorded: _, ...r }) => r),
    )
    assert.deepEqual(db.legal_actions, da.legal_actions)
  } finally {
    await copy.close()
  }
})

test(
  'Exchange 2021 lists its four ProxyLogon CVEs with the KEV dates of the imported catalog',
  skipUnless(kevFile),
  async () => {
    const kevStore = await openSqlite(':memory:')
    try {
      await loadStarterPack(kevStore)
      const r = await importSource(kevStore, openSource(kevFile as string))
      assert.ok(r.committed)
      const catalog = JSON.parse(readFileSync(kevFile as string, 'utf8')) as {
        vulnerabilities: { cveID: string; dateAdded: string }[]
      }
      const ctx = new LedgerContext(kevStore)
      const ids = await findCampaigns(ctx, 'Exchange 2021')
      assert.equal(ids.length, 1)
      const v = await campaignView(ctx, ids[0] as string)
      assert.ok(v)
      assert.deepEqual(
        v.cves.map((c) => c.cve),
        PROXYLOGON,
      )
      for (const c of v.cves) {
        const expected = catalog.vulnerabilities.find((x) => x.cveID === c.cve)?.dateAdded
        assert.ok(expected)
        assert.equal(c.kev_date_added, expected)
        assert.equal(c.first_exploited, '2021-01-06')
      }
      assert.ok(v.impact.some((i) => i.quantity === 400000 && i.source.name === 'Global Affairs Canada'))
      // the MSS as stated for Exchange: four statements (Canada, White House, State, Australia) …
      const mss = v.attribution_summary.parties.find((p) => p.party.name === 'Ministry of State Security (MSS)')
      assert.equal(mss?.statements, 4)
      // … and China (the state or its MSS) by seven governments or alliances
      const cn = v.attribution_summary.by_state.find((s) => s.state.code === 'CN')
      const govs = cn?.bodies.filter((b) => b !== 'Microsoft') ?? []
      assert.equal(govs.length, 7, govs.join(', '))

      const t = await cveTimeline(ctx, 'cve-2021-26855')
      assert.ok(t)
      assert.deepEqual(t.records.map((x) => x.origin).sort(), ['cisa-kev', 'stix'])
      assert.equal(t.kev?.date, '2021-11-03')
      assert.ok(t.exploited_by.some((x) => x.actors.some((a) => a.actor.name === 'HAFNIUM')))
      const early = await cveTimeline(new LedgerContext(kevStore, '2021-07-18'), 'CVE-2021-26855')
      assert.equal(early?.kev, null, 'not yet in KEV on 18 July 2021')
    } finally {
      await kevStore.close()
    }
  },
)

test('dossier lens keeps only statements by the trusted source or those it co-signed', async () => {
  const d = (await dossierExtras(store, APT40, { lens: 'Canada' })) as unknown as DossierExtras
  assert.ok(d.attributions.length > 0)
  assert.ok(d.attributions.every((a) => a.attributor.country === 'CA' || a.cosigners.some((c) => c.country === 'CA')))
  assert.ok(d.sectors.every((s) => s.sources.every((src) => src.stated_by === 'Global Affairs Canada')))
  const all = await extras()
  assert.ok(all.attributions.length > d.attributions.length)
})
