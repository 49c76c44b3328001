// People found by a common given name, with no title, role or verb of saying around them: the candidate finder on
// its own, and the person finder with its exclusions.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { GIVEN_NAMES, givenNameCandidates } from './entities-c-names.ts'
import { extractFromText } from './index.ts'

const names = (t: string) => givenNameCandidates(t).map((c) => c.name)
const people = (t: string) => extractFromText(t).people.map((p) => p.name)

test('a list of defendants or officers named without titles', () => {
  assert.deepEqual(
    names('The court named three more suspects: Pavel Orlov, Svetlana Kuzmina and Ahmad Karimi, all of Tehran.'),
    ['Pavel Orlov', 'Svetlana Kuzmina', 'Ahmad Karimi'],
  )
  assert.deepEqual(people('Prosecutors charged Timur Baranov, Oksana Lysenko and Hamid Nouri with wire fraud.'), [
    'Timur Baranov',
    'Oksana Lysenko',
    'Hamid Nouri',
  ])
})

test('middle initials, surname-first names, two given names and hyphenated given names', () => {
  assert.deepEqual(
    names(
      'Paul R. Mercer testified. Choi Min Ho and Wang Lei fled. Mohammad Reza Tavakoli was named. Ri Song-il denied it.',
    ),
    ['Paul R. Mercer', 'Choi Min Ho', 'Wang Lei', 'Mohammad Reza Tavakoli', 'Ri Song-il'],
  )
})

test('what follows a given name must read as a surname', () => {
  // Lower-case, a month, a heading or product noun, a camel-case program name, a function word.
  assert.deepEqual(
    names(
      'Victoria said. On Monday Oliver May spoke. Adam Ransomware spread. Ruth PyTorch runs. Alice And Bob. Ivan the hacker.',
    ),
    [],
  )
  // A Scottish or Irish prefix is a surname.
  assert.deepEqual(names('Fiona McAllister and Brian MacLeod briefed reporters.'), [
    'Fiona McAllister',
    'Brian MacLeod',
  ])
})

test('an organisation or product starting with a given name is not a person', () => {
  const got = people('Researchers at George Mason University said the Kremlin had ordered the attack.')
  assert.ok(!got.some((n) => n.startsWith('George')), got.join(' | '))
})

test('the other names of a list that names a person are people too', () => {
  const people = (t: string) => extractFromText(t).people.map((p) => p.name)
  assert.deepEqual(people('Masoud Jalili, Seyyed Ali Aghamiri and Yasar Balaghi face 18 counts.'), [
    'Masoud Jalili',
    'Seyyed Ali Aghamiri',
    'Yasar Balaghi',
  ])
  // A list with a known organisation in it is no list of people.
  assert.deepEqual(people('Microsoft, Google and Amazon said John Smith was wrong.'), ['John Smith'])
})

test('names written with Central European capitals, security advisers and a director general in apposition', () => {
  const people = (t: string) => extractFromText(t).people.map((p) => p.name)
  assert.deepEqual(people('Spokesman Stanisław Żaryn said the attack came from abroad.'), ['Stanisław Żaryn'])
  assert.deepEqual(people('U.S. National Security Adviser Jane Holloway, who is in Vilnius, spoke.'), ['Jane Holloway'])
  assert.deepEqual(people("The agency's director general, Guillaume Poupard, said so."), ['Guillaume Poupard'])
  // A weekday or month before a name is no part of it.
  assert.deepEqual(people('On Friday Jarosław Kaczyński said the attack came from abroad.'), ['Jarosław Kaczyński'])
})

test('every given name passes the filter of run keys, however short, and in any line', () => {
  const text = [...GIVEN_NAMES].map((g, i) => `${i % 3 === 0 ? '\n' : ' '}${g} Surname.`).join('')
  assert.deepEqual(
    names(text),
    [...GIVEN_NAMES].map((g) => `${g} Surname`),
  )
})

test('Korean names with a hyphenated given name, also before "of <party>"', () => {
  const people = (t: string) => extractFromText(t).people.map((p) => p.name)
  assert.deepEqual(people('The lawmaker Ha Tae-keung of the People Power Party said the network was accessed.'), [
    'Ha Tae-keung',
  ])
  assert.deepEqual(people('He said Yoon Suk-yeol had been briefed.'), ['Yoon Suk-yeol'])
  // ("Hong Kong-based": no syllable of a Korean given name before the hyphen.)
  assert.deepEqual(people('The Hong Kong-based firm said the network was accessed.'), [])
})

test('a surname goes on through letters with diacritics (the word runs hold ASCII letters only)', () => {
  const text =
    'Police said John Kivimäki hacked it. Peter Hallström, Anna Ristić and Juan Guaidó spoke; John Smith did not.'
  assert.deepEqual(
    givenNameCandidates(text).map((c) => c.name),
    ['John Kivimäki', 'Peter Hallström', 'Anna Ristić', 'Juan Guaidó', 'John Smith'],
  )
  // A name ends where the letters end: a multiplication sign is no letter.
  assert.deepEqual(
    givenNameCandidates('Anna Smith×2').map((c) => c.name),
    ['Anna Smith'],
  )
})

test('given names common across Europe, Africa, the Gulf, South and Southeast Asia and Japan open a name', () => {
  assert.deepEqual(
    names(
      'The statement was signed by Giorgia Meloni, Kostas Karamanlis, Cyril Ramaphosa, Anwar Ibrahim, Yoshimasa Hayashi and Mette Frederiksen.',
    ),
    [
      'Giorgia Meloni',
      'Kostas Karamanlis',
      'Cyril Ramaphosa',
      'Anwar Ibrahim',
      'Yoshimasa Hayashi',
      'Mette Frederiksen',
    ],
  )
})

test('an Arabic name runs on through "bin" or "ibn" and "al-" or "Al" after a given name', () => {
  assert.deepEqual(
    names(
      'Sheikh Mohammed bin Rashid Al Maktoum met Abdullah bin Zayed al-Nahyan and Ahmed al-Sharaa; Omar binary code is no name.',
    ),
    ['Mohammed bin Rashid Al Maktoum', 'Abdullah bin Zayed al-Nahyan', 'Ahmed al-Sharaa'],
  )
})
