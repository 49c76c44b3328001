import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  CLAIM_EXT_ID,
  LEGAL_ACTION_EXT_ID,
  LEGAL_ACTION_TYPE,
  META_EXT_ID,
  MOSAIC_IDENTITY_ID,
} from '../../stix/mosaic-extensions.ts'
import type { StixObject } from '../../stix/types.ts'
import { STARTER_PACK_VERSION, starterBundle, starterId, stixConfidence, uuidv5 } from './build.ts'

const bundle = starterBundle()
const byId = new Map(bundle.objects.map((o) => [o.id, o]))
const claimExt = (o: StixObject): Record<string, unknown> | undefined => o.extensions?.[CLAIM_EXT_ID]
const attributions = bundle.objects.filter((o) => o.type === 'relationship' && o.relationship_type === 'attributed-to')

test('uuidv5 matches the RFC 4122 test vector (DNS namespace, python.org)', () => {
  assert.equal(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d')
})

test('every object id is unique and the bundle is deterministic across builds', () => {
  assert.equal(new Set(bundle.objects.map((o) => o.id)).size, bundle.objects.length)
  assert.deepEqual(starterBundle(), bundle)
  assert.equal(starterId('is:apt40'), starterId('is:apt40'))
  assert.match(bundle.id, /^bundle--[0-9a-f-]{36}$/)
})

test('every object carries the pack version date as created and modified', () => {
  for (const o of bundle.objects) {
    assert.equal(o.created, `${STARTER_PACK_VERSION}T00:00:00.000Z`, o.id)
    assert.equal(o.modified, o.created, o.id)
  }
})

test('every *_ref and *_refs value points at an object in the bundle', () => {
  const missing: string[] = []
  const check = (where: string, v: unknown): void => {
    if (
      typeof v === 'string' &&
      /^[a-z0-9-]+--[0-9a-f-]{36}$/.test(v) &&
      !byId.has(v) &&
      !v.startsWith('extension-definition--')
    )
      missing.push(`${where} → ${v}`)
  }
  const walk = (where: string, v: unknown, key = ''): void => {
    if (Array.isArray(v)) for (const x of v) walk(where, x, key)
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(where, x, k)
    else if (key.endsWith('_ref') || key.endsWith('_refs') || key === 'ref' || key === 'responds_to') check(where, v)
  }
  for (const o of bundle.objects) walk(o.id, o)
  assert.deepEqual(missing, [])
  for (const ext of [CLAIM_EXT_ID, LEGAL_ACTION_EXT_ID, META_EXT_ID]) assert.ok(byId.has(ext), ext)
  assert.equal(byId.get(MOSAIC_IDENTITY_ID)?.type, 'identity')
})

test('every attribution claim has a source URL, a published date in 2014–2025 and a consistent STIX confidence', () => {
  const sourced = attributions.filter((r) => r.confidence !== undefined)
  assert.ok(sourced.length >= 80, `only ${sourced.length} attribution claims`)
  for (const r of sourced) {
    const ext = claimExt(r)
    assert.ok(ext, r.id)
    const published = String(ext.published)
    assert.match(published, /^(201[4-9]|202[0-5])-\d\d-\d\d$/, `${r.id} published ${published}`)
    const ev = ext.evidence as { url?: string }[]
    assert.ok(ev[0]?.url?.startsWith('https://') || ev[0]?.url?.startsWith('http://'), r.id)
    assert.ok(
      r.external_references?.some((x) => x.url === ev[0]?.url),
      r.id,
    )
    assert.notEqual(r.created_by_ref, MOSAIC_IDENTITY_ID, `${r.id} is attributed by Mosaic`)
    assert.equal(r.confidence, stixConfidence(ext.confidence_scale as never, String(ext.confidence_term)), r.id)
  }
})

test('probability wording maps to higher STIX confidence the stronger it is', () => {
  assert.ok(stixConfidence('UK-PHIA', 'almost certain') > stixConfidence('UK-PHIA', 'highly likely'))
  assert.ok(stixConfidence('UK-PHIA', 'highly likely') > stixConfidence('UK-PHIA', 'likely'))
  assert.throws(() => stixConfidence('ICD-203', 'maybe'))
})

test('minimum counts: 40 state actors, 20 campaigns with CVEs among them, 15 legal actions', () => {
  const sets = bundle.objects.filter((o) => o.type === 'intrusion-set')
  assert.ok(sets.length >= 40, `${sets.length} intrusion sets`)
  const states = new Set(
    bundle.objects.filter((o) => o.relationship_type === 'originates-from').map((o) => o.target_ref),
  )
  assert.ok(states.size >= 4)
  const campaigns = bundle.objects.filter((o) => o.type === 'campaign')
  assert.ok(campaigns.length >= 20, `${campaigns.length} campaigns`)
  assert.ok(bundle.objects.filter((o) => o.type === 'vulnerability').length >= 15)
  assert.ok(bundle.objects.filter((o) => o.type === LEGAL_ACTION_TYPE).length >= 15)
  const apt40 = byId.get(starterId('is:apt40'))
  assert.ok(apt40?.external_references?.some((r) => r.source_name === 'mitre-attack' && r.external_id === 'G0065'))
  assert.ok(((apt40?.aliases ?? []) as string[]).includes('Kryptonite Panda'))
})

test('the 19 July 2021 statements: at least 7 distinct attributors for Exchange → China, with Canada "confident" and "almost certainly"', () => {
  const exchange = starterId('cp:exchange-2021')
  const china = new Set([starterId('ta:mss'), starterId('ta:prc-gov'), starterId('loc:CN')])
  const july = attributions.filter((r) => String(claimExt(r)?.published ?? '') === '2021-07-19')
  const toChina = july.filter((r) => r.source_ref === exchange && china.has(String(r.target_ref)))
  assert.ok(new Set(toChina.map((r) => r.created_by_ref)).size >= 7)
  const toMss = toChina.filter((r) => r.target_ref === starterId('ta:mss'))
  assert.ok(new Set(toMss.map((r) => r.created_by_ref)).size >= 4)
  const canada = july.filter((r) => r.created_by_ref === starterId('id:ca-gac'))
  assert.deepEqual(canada.map((r) => claimExt(r)?.confidence_text).sort(), ['almost certainly', 'confident'])
  const hssd = canada.find((r) => r.target_ref === starterId('ta:mss-hainan'))
  assert.equal(hssd?.source_ref, starterId('is:apt40'))
})

test('the PRC embassy denial is a strongly-disagree opinion answering Canada’s claims', () => {
  const denial = byId.get(starterId('dn:prc-emb-ca-2021'))
  assert.equal(denial?.opinion, 'strongly-disagree')
  assert.equal(denial?.created_by_ref, starterId('id:prc-emb-ca'))
  assert.deepEqual(denial?.object_refs, [starterId('cl:ca-2021-exchange-mss'), starterId('cl:ca-2021-apt40-hssd')])
  assert.equal(claimExt(denial as StixObject)?.polarity, 'denies')
})

test('the July 2021 DOJ indictment lists the four defendants and Hainan Xiandun as front company', () => {
  const la = byId.get(starterId('la:doj-2021-apt40'))
  assert.equal(la?.action_type, 'indictment')
  assert.equal(la?.date, '2021-07-19')
  assert.deepEqual(la?.extensions?.[LEGAL_ACTION_EXT_ID], { extension_type: 'new-sdo' })
  const subjects = la?.subjects as { name: string; kind: string; ref?: string }[]
  for (const name of ['Ding Xiaoyang', 'Cheng Qingmin', 'Zhu Yunmin', 'Wu Shurong']) {
    const s = subjects.find((x) => x.name === name)
    assert.equal(s?.kind, 'person')
    assert.equal(byId.get(String(s?.ref))?.identity_class, 'individual')
  }
  const front = subjects.find((x) => x.kind === 'front-company')
  assert.match(String(front?.name), /Hainan Xiandun/)
})

test('the Exchange 2021 campaign targets its four ProxyLogon CVEs and carries both impact figures', () => {
  const id = starterId('cp:exchange-2021')
  const cves = bundle.objects
    .filter(
      (o) =>
        o.source_ref === id && o.relationship_type === 'targets' && String(o.target_ref).startsWith('vulnerability--'),
    )
    .map((o) => byId.get(String(o.target_ref))?.name)
  assert.deepEqual(cves.sort(), ['CVE-2021-26855', 'CVE-2021-26857', 'CVE-2021-26858', 'CVE-2021-27065'])
  const impact = byId.get(id)?.extensions?.[META_EXT_ID]?.impact as { quantity: number; url: string }[]
  assert.ok(impact.some((i) => i.quantity === 400000 && i.url.includes('canada.ca')))
})

test('APT40 targeting of Canadian defence, ocean-technology and biopharmaceutical research is sourced to Canada', () => {
  const apt40 = starterId('is:apt40')
  const targets = bundle.objects.filter(
    (o) => o.source_ref === apt40 && o.relationship_type === 'targets' && o.created_by_ref === starterId('id:ca-gac'),
  )
  const names = targets.map((t) => byId.get(String(t.target_ref))?.name)
  for (const n of ['Defence research', 'Ocean technology research', 'Biopharmaceutical research', 'Canada'])
    assert.ok(names.includes(n), n)
  assert.ok(targets.every((t) => t.start_time === '2017-01-01T00:00:00.000Z'))
})
