import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText, summarize } from './index.ts'

const people = (text: string) => summarize(extractFromText(text)).individuals.map((p) => [p.name, p.charged])
const names = (text: string) => people(text).map(([n]) => n)

test('names in apposition to a role before them', () => {
  assert.deepEqual(names('The French foreign minister, Jean-Noël Barrot, said the attack was unacceptable.'), [
    'Jean-Noël Barrot',
  ])
  assert.deepEqual(
    names('His Polish counterpart, Krzysztof Gawkowski, and the Dutch defence minister, Ruben Brekelmans, agreed.'),
    ['Krzysztof Gawkowski', 'Ruben Brekelmans'],
  )
  assert.deepEqual(names('According to the agency spokeswoman, Maria Lindqvist.'), ['Maria Lindqvist'])
  // A title-case word before a comma is not a role: alias lists stay out.
  assert.deepEqual(names('It is also tracked as Bronze President, Red Delta, Earth Preta and others.'), [])
})

test('names in apposition to a role after them', () => {
  assert.deepEqual(names('Lisa O. Monaco, the Deputy Attorney General, announced the case.'), ['Lisa O. Monaco'])
  assert.deepEqual(people('Park Jin Hyok, a citizen of North Korea, has been charged with conspiracy.'), [
    ['Park Jin Hyok', true],
  ])
  assert.deepEqual(people('Kevin Mandia, chief executive officer of the firm, said the charges were overdue.'), [
    ['Kevin Mandia', false],
  ])
  // A place or a company in apposition is not a person.
  assert.deepEqual(names('Shenzhen Lantern, a technology company, and Wuxi, a Chinese city, were named.'), [])
  // A relative clause between is not an apposition.
  assert.deepEqual(names('Cold Harbor, which is operated by intelligence officers, struck again.'), [])
})

test('the subject of an indictment is charged, a sanctioned person is not', () => {
  assert.deepEqual(people('Mikhail Pavlovich Matveev was indicted in New Jersey.'), [
    ['Mikhail Pavlovich Matveev', true],
  ])
  assert.deepEqual(people('Separately, Dmitry Yuryevich Khoroshev has been formally charged.'), [
    ['Dmitry Yuryevich Khoroshev', true],
  ])
  assert.deepEqual(people('The Treasury sanctioned two individuals, Ivan Petrov and Oleg Sidorov.'), [
    ['Ivan Petrov', false],
    ['Oleg Sidorov', false],
  ])
})

test('sanctions lists with surnames in capitals', () => {
  const text = [
    'The Council today designated the following persons and entities:',
    '- WANG Lei (China)',
    '- Dmitri Olegovich PETROV (Russia)',
    '* KOVALENKO, Andrii Ivanovych, born 3 May 1980',
    '- Shenyang Bright Star Trading Co. Ltd (China)',
    '- Harbor Works (Iran)',
  ].join('\n')
  assert.deepEqual(names(text), ['Wang Lei', 'Dmitri Olegovich Petrov', 'Andrii Ivanovych Kovalenko'])
  // The same shapes in a list of products are not people.
  const products = ['Affected products:', '- Cisco IOS', '- Microsoft SQL Server (all versions)', '- HPE OneView'].join(
    '\n',
  )
  assert.deepEqual(names(products), [])
  // In prose after a word about people.
  assert.deepEqual(names('The EU also listed LI Ming and Sergei Ivanovich KOZLOV over the attacks.'), [
    'Li Ming',
    'Sergei Ivanovich Kozlov',
  ])
})

test('middle initials and three-part names after titles and verbs of saying', () => {
  assert.deepEqual(names('FBI Director Christopher A. Wray said the bureau would respond.'), ['Christopher A. Wray'])
  assert.deepEqual(names('Kim Il Sung told reporters nothing.'), ['Kim Il Sung'])
  assert.deepEqual(names('Prime Minister said nothing, and the Foreign Office declined to comment.'), [])
})

test('people after an indictment or sanctions cue, and roles with a short phrase after them', () => {
  assert.deepEqual(people('Prosecutors unsealed an indictment against Li Qiang, Wu Hao and Tan Ying.'), [
    ['Li Qiang', true],
    ['Wu Hao', true],
    ['Tan Ying', true],
  ])
  assert.deepEqual(people('A third suspect, Pavel Orlov, was arrested in Spain.'), [['Pavel Orlov', true]])
  assert.deepEqual(people('A spokesman for the ministry, Wang Wenbin, called it a smear.'), [['Wang Wenbin', false]])
  assert.deepEqual(people('The head of the agency, Rob Joyce, and sanctions on Petr Ivanov followed.'), [
    ['Rob Joyce', false],
    ['Petr Ivanov', false],
  ])
})

test('names listed with their ages are one list of people', () => {
  assert.deepEqual(
    people(
      'The defendants, Oleg Petrovich Sidorov, 36, Igor Ivanovich Belov, 42, and Ruslan Tagirovich Zaur, 39, are charged with fraud.',
    ),
    [
      ['Oleg Petrovich Sidorov', true],
      ['Igor Ivanovich Belov', true],
      ['Ruslan Tagirovich Zaur', true],
    ],
  )
})

test('a company named by its trade ("Mitsubishi Electric", "Heavy Industries") is no person, and speaks as a company', () => {
  assert.deepEqual(names('Mitsubishi Electric said the intrusion began in 2019.'), [])
  assert.deepEqual(names('Kawasaki Heavy Industries and Korea Telecom reported breaches.'), [])
  const claims = extractFromText('Mitsubishi Electric said APT10 was behind the attacks.').attributions
  assert.deepEqual(
    claims.map((a) => `${a.attributor.name} > ${a.attributed.name}`),
    ['Mitsubishi Electric > APT10'],
  )
})
