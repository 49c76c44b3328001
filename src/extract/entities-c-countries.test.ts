// Targeted countries: the cue verbs, victim nouns and list forms of government, press and vendor reports, and the
// attacker's own country (based in, linked to, blamed, impersonated), which is no target. Names other than the
// development texts use.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractFromText } from './extract.ts'

const targeted = (t: string) => [...new Set(extractFromText(t).countriesTargeted.map((c) => c.country))]

test('targeting verbs and phrases beyond "targeted" name the victims', () => {
  assert.deepEqual(targeted('The hackers had gone after companies in Chile, Peru and Argentina.'), [
    'Chile',
    'Peru',
    'Argentina',
  ])
  assert.deepEqual(targeted('The ransomware was aimed at Ukraine but spread around the world.'), ['Ukraine'])
  assert.deepEqual(targeted('We tracked a phishing wave that reached agencies in Turkey, Jordan and Azerbaijan.'), [
    'Turkey',
    'Jordan',
    'Azerbaijan',
  ])
  assert.deepEqual(targeted('The actor has focused on entities in Kenya and South Africa since 2021.'), [
    'Kenya',
    'South Africa',
  ])
  assert.deepEqual(targeted('The malware infected thousands of computers in Iran, Indonesia and India.'), [
    'Iran',
    'Indonesia',
    'India',
  ])
  assert.deepEqual(targeted('The gang has extorted hospitals across the United States and Canada.'), [
    'United States',
    'Canada',
  ])
  assert.deepEqual(targeted('Hackers stole data from South Korean defence contractors.'), ['South Korea'])
  assert.deepEqual(targeted('The Justice Department charged two men with hacking into US companies.'), [
    'United States',
  ])
  assert.deepEqual(targeted('The targeting of Armenia and Azerbaijan suggests a regional focus.'), [
    'Armenia',
    'Azerbaijan',
  ])
  assert.deepEqual(targeted('The group spied on diplomats across Europe, including in Belgium and Austria.'), [
    'Belgium',
    'Austria',
  ])
  assert.deepEqual(targeted('The unit targeted the Armed Forces of Ukraine with new backdoors.'), ['Ukraine'])
  assert.deepEqual(targeted('Since 2019 the group targets Brazil, Peru and Colombia.'), ['Brazil', 'Peru', 'Colombia'])
  assert.deepEqual(targeted('Estonia and Latvia have become the main targets of the wiper.'), ['Estonia', 'Latvia'])
})

test('victim nouns after a country adjective or possessive, and adjective lists', () => {
  assert.deepEqual(targeted('The intrusions hit Polish and Lithuanian government ministries.'), ['Poland', 'Lithuania'])
  assert.deepEqual(targeted('Taiwan-based semiconductor firms were among the victims of the campaign.'), ['Taiwan'])
  assert.deepEqual(targeted('The backdoor was deployed against Ukrainian and Moldovan logistics firms.'), [
    'Ukraine',
    'Moldova',
  ])
  assert.deepEqual(targeted('The attack targeted Pakistan’s army and its suppliers.'), ['Pakistan'])
  assert.deepEqual(targeted('The phishing mails were sent to Bhutanese officials.'), ['Bhutan'])
  assert.deepEqual(targeted('The attacks hit South Korean research and academic institutions.'), ['South Korea'])
  assert.deepEqual(targeted('The wiper was used against Georgian and Armenian banks.'), ['Georgia', 'Armenia'])
})

test('the attackers’ country, the blamed, the speakers and the impersonated are no targets', () => {
  assert.deepEqual(targeted('The ransomware attack was carried out by hackers based in Russia who hit hospitals.'), [])
  assert.deepEqual(targeted('Two defendants were arrested in Spain after the campaign against banks.'), [])
  assert.deepEqual(targeted('The phishing campaign was run by a gang operating out of Nigeria.'), [])
  assert.deepEqual(targeted('The group is operating from Belarus and has targeted organisations in Georgia.'), [
    'Georgia',
  ])
  assert.deepEqual(targeted('Researchers in Canada discovered the campaign, which hit firms in Peru.'), ['Peru'])
  assert.deepEqual(targeted('According to officials in Washington, the attack targeted Kenyan ministries.'), ['Kenya'])
  assert.deepEqual(targeted('The campaign was blamed on Iran by the cabinet.'), [])
  assert.deepEqual(targeted('The attacks were carried out by North Korean hackers against banks.'), [])
  assert.deepEqual(targeted('Chinese hackers and government agencies were blamed for the breach.'), [])
  assert.deepEqual(targeted('While posing as South Korean government officials, the actors sent phishing mails.'), [])
  assert.deepEqual(targeted('In April the US and UK governments attributed the hacking campaign to the SVR.'), [])
  assert.deepEqual(targeted('The campaign targeted supporters of Ukraine in Western media.'), [])
  assert.deepEqual(targeted('The malware is sold on Russian-speaking forums and targets banks.'), [])
  assert.deepEqual(targeted('The phishing lures were written in Russian.'), [])
  assert.deepEqual(targeted('The campaign was funded by China and hit firms in Nepal.'), ['Nepal'])
})

test("a state's body named as the object gives its state", () => {
  assert.deepEqual(targeted("The phishing mails went to officials at Laos's Ministry of Foreign Affairs."), ['Laos'])
  assert.deepEqual(targeted('The hackers breached the Dutch Ministry of Defence last year.'), ['Netherlands'])
  assert.deepEqual(targeted('The hackers impersonated the Israeli Ministry of Defense in phishing emails.'), [])
  assert.deepEqual(
    targeted('The campaign was filed in the U.S. District Court for the Eastern District of Virginia.'),
    [],
  )
})

test('states an accuser is compared with are no targets', () => {
  assert.deepEqual(
    targeted('Austria is the latest country to accuse Iran of cyber espionage, after Chile, Peru and Argentina.'),
    [],
  )
  assert.deepEqual(targeted('The spying hit ministries in Chile, following attacks in Peru.'), ['Chile', 'Peru'])
})

test('targets: a neighbour added to a list, a national publication, U.S. states, and the subject state owning "its"', () => {
  const targets = (t: string) => extractFromText(t).countriesTargeted.map((c) => c.country)
  assert.deepEqual(targets('The spyware was used against victims in Latvia and neighbouring Lithuania.'), [
    'Latvia',
    'Lithuania',
  ])
  assert.deepEqual(targets('The crew gained access to the customer database of a Dutch newspaper.'), ['Netherlands'])
  assert.deepEqual(targets('Prosecutors allege the group attacked water systems in several U.S. states.'), [
    'United States',
  ])
  assert.deepEqual(
    targets("Finland summoned Russia's envoy after accusing Moscow of a cyberattack on its maritime authority."),
    ['Finland'],
  )
  // A group blamed for attacks on a country's institutions blames nobody there: the country is the target.
  assert.deepEqual(targets('Ember Wasp, active since 2015, has been blamed mainly for attacks on Estonian banks.'), [
    'Estonia',
  ])
})
