/**
 * People named without a title, role or verb of saying around them ("Denis Denisenko, Dmitry Goloszoubov and
 * Nikolai Korchagin", "Ben Read, a director at Mandiant"): a capitalised word that is a common given name (or, for
 * Chinese and Korean names written surname first, a common surname) followed by one or two capitalised words.
 *
 * The lexicon is general: given names common in the countries whose officials, defendants and researchers reports
 * name (English-speaking and European countries, Russia, Ukraine, Belarus, Georgia, the Middle East, South Asia,
 * China, the Koreas, Japan). Names that are also common English words, places or two-letter syllables (Will, Mark,
 * Jordan, Georgia, He, Ma …) are left out: a title or a verb of saying still finds those people.
 */
import { KEY_COUNT, keyOfWord, wordRuns } from './entities-b-words.ts'
import { isAsciiLowerCode, isAsciiUpperCode } from './scan.ts'

/** The given names (exported for the test of the key filter). */
export const GIVEN_NAMES = new Set(
  [
    'Kev Ciaran Aaron Abbas Abdul Abdullah Adam Adrian Agnieszka Ahmad Ahmed Ahmet Ahn Ajay Alan Albert Aleksander',
    'Aleksandr Aleksei Aleksey Alex Alexander Alexandr Alexandra Alexei Alexey Ali Alice Alison Allison Amanda',
    'Amin Amir Amit Amy Anand Anastasia Anatoliy Anatoly Anders Andrea Andrei Andrew Andrey Andrii Andrzej Andy',
    'Angela Anil Anjali Anna Annalena Anne Anthony Anton Antony Arjun Arkady Artem Artyom Ashley Ashok Asif Avi',
    'Axel Ayman Barbara Behzad Ben Benjamin Benny Beth Betty Bilal Bjorn Bohdan Boris Brad Bradley Brandon Brenda',
    'Brian Bruce Bryan Burak Cai Caitlin Cao Carl Carlos Carol Caroline Catherine Charles Charlie Charlotte Chen',
    'Cheng Cho Choi Chris Christian Christina Christine Christoph Christopher Claire Claude Colin Craig Cristina',
    'Cui Cynthia Dan Daniel Danielle Darren David Davit Deborah Debra Deepak Deng Denis Denise Dennis Derek Diana',
    'Diane Dirk Dmitri Dmitriy Dmitry Dmytro Donald Dong Donna Dorothy Douglas Duan Dylan Ebrahim Edgars Eduard',
    'Edward Ehud Eileen Ekaterina Elaine Elena Elisabeth Elizabeth Ellen Emily Emma Emmanuel Emre Enrico Eric',
    'Erica Erik Erin Ethan Eugene Evan Evgeniy Evgeny Eyal Fabian Fahad Faisal Farhad Fatima Fatma Federico Fedor',
    'Feng Fernando Florian Frances Francesca Francis Francois Frank Franz Fred Fumio Fyodor Gabrielius Gadi Gao',
    'Gary Gavin Gemma Geng Gennady Geoffrey George Georgy Gerald Gillian Gina Giorgi Giorgio Giovanni Gitanas',
    'Giuseppe Gordon Graham Gregory Grigory Gunnar Guo Hadi Hamed Hamid Hannah Hans Hao Harold Harry Haruki',
    'Hassan Heather Heinz Helen Helmut Henry Hiroshi Hossein Hou Howard Huang Hugo Hussein Hwang Ian Ibrahim',
    'Ichiro Igor Ihor Illia Ilya Imran Ingrid Irakli Irina Iryna Isaac Isabel Itai Ivan Jacob Jacqueline Jacques',
    'Jakub James Jamie Jan Janet Jang Janice Janusz Jaroslav Jason Javad Jean Jeff Jeffrey Jen Jennifer Jens Jeon',
    'Jeong Jeremy Jerry Jessica Jiang Jill Jin Jiri Jo Joachim Joan Joanna Joe Joel Johan Johannes John Jon',
    'Jonathan Jorge Jose Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian Julie Jung Jurgen Justin Kaja',
    'Kajsa Kamran Karen Karim Karin Karl Katarzyna Kate Kateryna Katherine Kathleen Kathryn Katie Kazuo Keiko',
    'Keith Kelly Kenji Kenneth Kevin Khaled Khalid Kim Kimberly Kirill Klaus Koji Konstantin Krisjanis Krzysztof',
    'Kwon Kyle Kyrylo Larry Lars Laura Lauren Laurent Lawrence Layla Leah Lee Leila Leo Leonid Levan Li Liang Lim',
    'Lin Linda Lisa Liu Lois Lorenzo Louis Louise Luca Lucy Luis Lukasz Luke Luo Magdalena Mahdi Mahmoud Majid',
    'Maksim Malgorzata Manuel Mao Marc Marco Marcus Marek Margaret Maria Marie Marilyn Marina Mario Markus Martha',
    'Martin Martina Mary Maryam Masahiro Masoud Mathias Matt Matthew Matthias Maxim Maximilian Megan Mehdi Mehmet',
    'Melissa Meng Mette Michael Michel Michelle Miguel Mikael Mike Mikhail Mikheil Miroslav Mohamed Mohammad',
    'Mohammed Mojtaba Morteza Moshe Mostafa Muhammad Murat Mustafa Mykhailo Mykola Nabil Naftali Nancy Naoki',
    'Narendra Narges Nasrin Nasser Natalia Natalie Natalya Nathan Nawaz Neil Nicholas Nick Nicola Nicole Nigel',
    'Nikita Niklas Nikolai Nikolay Nils Noam Oksana Olaf Oleg Oleksandr Oleksii Oleksiy Olena Olga Oliver Olivia',
    'Olivier Omar Omid Ondrej Osman Owen Pablo Pak Pamela Parisa Park Pascal Patricia Patrick Paul Paula Pavel',
    'Pawel Pedro Peng Peter Petr Petro Petteri Philip Philippe Phillip Pierre Piotr Pooja Priya Pyotr Qian Qin',
    'Qiu Rachel Radoslaw Rafael Rahul Raj Rajesh Ralf Ralph Ramesh Randy Rashid Ravi Raymond Rebecca Recep Reza',
    'Ri Ricardo Richard Rick Rim Rob Robert Roberto Robin Roger Rolf Ronald Roy Ruslan Russell Ruth Ryan Saeed',
    'Saleh Sally Salman Salome Samantha Samir Samuel Sandra Sanjay Sanna Sara Sarah Satoshi Scott Sean Sebastian',
    'Seo Sergei Sergey Sergio Serhii Serhiy Shai Sharon Shen Shin Shinzo Shirin Shirley Silvia Simon Sophie',
    'Stanislav Stefan Stefano Stephanie Stephen Steve Steven Stuart Sun Sunil Sunita Suresh Susan Suzanne Sven',
    'Svetlana Svyatoslav Takashi Tamir Tan Taras Tariq Taro Tatiana Tatyana Teresa Terry Theresa Thierry Thomas',
    'Thorsten Tian Tim Timothy Timur Tina Todd Tom Tomasz Tomoko Tony Toomas Tracy Tzipi Ulrich Uri Ursula Uwe',
    'Vaclav Vadim Valentin Valerie Valeriy Valery Vanessa Vasily Vasyl Vijay Viktor Vincent Virginia Vitaliy',
    'Vitaly Vladimir Vladislav Vladyslav Volodymyr Vyacheslav Walid Walter Wang Wayne Wei William Wojciech',
    'Wolfgang Wu Xiao Xie Xiong Xu Xue Yaacov Yaakov Yair Yan Yang Yao Yaroslav Yekaterina Yevgeniy Yevgeny',
    'Yitzhak Yoko Yoon Yoshihide Yossi Youssef Yuan Yuki Yulia Yun Yuri Yurii Yuriy Yury Yusuf Yves Zachary Zahra',
    'Zbigniew Zeng Zeynep Zhang Zhao Zheng Zhong Zhou Zhu Zou Zurab',
    // Arabic and Persian given names, which also stand as the father's and grandfather's names of a full name ("Ahmed
    // Salah Yousif Omer").
    'Abdelaziz Abdelrahman Abdulaziz Abdulrahman Alaa Alireza Ammar Anas Bassam Ehsan Hamza Hani Husain Hussain',
    'Jamal Kareem Khalil Marwan Mazen Mehrdad Mohamad Mohsen Mounir Osama Rami Saeid Salah Sami Samer Tamer Tarek',
    'Tareq Waleed Yasir Yasser Yousef Yousif Ziad',
    // (More given names common in the countries reports name, added in session 13.)
    'Abigail Adele Alec Alistair Amber Andre Angus Archie Arnold Barry Beatrice Bernard Bethany Bob Bobby Brendan Brett',
    'Bridget Bryce Calvin Cameron Candace Carla Casey Cecilia Chloe Clara Clare Clarence Clint Clinton Connor Corey Courtney Curtis',
    'Darius Darryl Declan Delia Desmond Devin Dominic Doug Duncan Dustin Edwin Eleanor Elliot Elliott Eloise Ernest Esther Evelyn',
    'Felix Fiona Floyd Freddie Gareth Garrett Geraldine Gerard Gilbert Glenn Gloria Greta Gustav Harriet Harvey Hazel Hector Helena',
    'Herbert Howard Hugh Ian Irene Isaac Isabel Isabella Jacqueline Jake Jamal Janet Janice Jared Jasmine Jasper Jeffrey Jenna',
    'Jennifer Jeremy Jerome Jesse Jessica Jill Joanna Jocelyn Joel Jonah Jonathan Josh Joyce Judith Julian Juliet Justin Karen',
    'Katheryn Kathleen Kathryn Katie Keith Kelly Kendra Kenneth Keri Kerry Kevin Kristen Kristin Kurt Kyle Laura Lauren Lawrence',
    'Leah Leon Leonard Leslie Lewis Liam Lindsay Lindsey Lloyd Logan Lorna Louise Lucas Lucy Luke Lydia Malcolm Marcus Margaret',
    'Marian Marjorie Marsha Martha Marvin Matthew Maurice Megan Melanie Melissa Meredith Michelle Miranda Mitchell Molly Monica',
    'Nadia Naomi Natalie Nathan Neil Nicholas Nicole Nigel Noah Norman Oliver Olivia Owen Pamela Patricia Patrick Paula Pauline',
    'Penelope Penny Percy Phil Philip Phillip Phoebe Priscilla Rachel Ralph Randall Randy Raphael Raymond Rebecca Regina Reginald',
    'Renee Rhys Ricardo Rick Ricky Robin Rodney Roger Roland Ronald Rosa Rosalind Ross Roy Russell Ruth Ryan Sally Samantha Samuel',
    'Sandra Sara Sarah Scott Sean Shane Shannon Sharon Sheila Shirley Simon Sophie Stephanie Steve Steven Stuart Susan Suzanne',
    'Sylvia Tamara Tara Ted Teresa Terry Thea Theodore Theresa Timothy Toby Todd Tom Tony Tracy Travis Trevor Tyler Ursula Valerie',
    'Vanessa Vaughn Vernon Veronica Vicky Vincent Wally Walter Wayne Wendy Wesley Whitney Wilfred Willem Yann Yvonne Zachary Zoe',
    'Anu Tero Margus Rikard Calin Josep Damian Kaja Kaarel Toomas Urmas Aivar Indrek Juhan Tanel Antti Eero Jussi Juha Jukka Kari',
    'Lauri Mikko Pekka Petteri Sanna Timo Tuomas Ville Bjarne Henrik Jens Jonas Lars Magnus Mats Morten Nils Olaf Ole Rasmus Sven',
    'Bartosz Dariusz Grzegorz Jacek Jakub Janusz Jaroslaw Krzysztof Lukasz Maciej Marcin Mariusz Mateusz Michal Pawel Piotr',
    'Radoslaw Rafal Slawomir Tomasz Wojciech Zbigniew Jiri Lubomir Miroslav Petr Vaclav Zdenek Catalin Cristian Dacian Dragos',
    'Florin Ionut Klaus Mircea Nicolae Ovidiu Razvan Sorin Traian Vlad Gintautas Kestutis Linas Mindaugas Rimantas Tomas Vytautas',
    'Arturs Krisjanis Valdis Dietmar Friedrich Gerhard Heiko Helmut Joachim Jurgen Karl Lothar Markus Matthias Rainer Reinhard',
    'Sigmar Stefan Ulrich Volker Wolfgang Rutger Sander Wopke Alain Bertrand Christophe Fabien Guillaume Jacques Jean Ludovic',
    'Mathieu Nicolas Olivier Pascal Philippe Sebastien Thierry Yves Alejandro Alvaro Diego Enrique Esteban Felipe Gustavo Javier',
    'Jorge Juan Luis Manuel Miguel Pablo Pedro Rafael Raul Sergio Alessandro Carlo Dario Fabio Gianluca Luca Luigi Marco Mario',
    'Massimo Matteo Maurizio Paolo Roberto Stefano Ghaleb Hassan Hossein Hussein Ibrahim Ismail Jafar Javad Karim Khaled Mahmoud',
    'Majid Masoud Mehdi Mohammad Mohammed Mostafa Mustafa Nasser Omar Reza Saeed Samir Yasser Yousef Zeba Aditya Amitabh Bhavan',
    'Gaurav Kiran Manoj Nitin Pradeep Rahul Rajesh Rakesh Ramesh Sanjay Shashi Sunil Suresh Vikram Vivek Itai Noam Yossi Yuval',
    'Tamir Ronen Nadav Oren Uri Artur Bogdan Denys Evgenii Igor Ilya Ivan Kirill Konstantin Leonid Maksim Maxim Mikhail Nikolai',
    'Nikolay Oleg Oleksandr Oleksii Pavel Petro Ruslan Sergei Sergey Serhii Stanislav Taras Vadim Valentin Valery Vasily Viktor',
    'Vitaly Vladimir Volodymyr Yaroslav Yevgeny Yuri Yury Yuriy Zakhar Alla Daria Galina Irina Larisa Lyudmila Maria Marina',
    'Natalia Natalya Nina Oksana Olga Svetlana Tatiana Tatyana Valentina Yelena Yevheniia Yuliya Zoya',
    // (More given names common in the countries reports name, not words, places or firms: Nordic, Balkan, Greek,
    // Armenian, Italian, French, Iberian and Latin American, African, Gulf, South and Southeast Asian, Israeli, Turkish,
    // Russian and Japanese; added in session 23.)
    'Fredrik Aleksanteri Sauli Heikki Matti Jari Petri Janne Jenni Niina Minna Riikka Tiina Katja Annika Ulf Stig Bengt',
    'Kristian Kristoffer Espen Erna Soren Gustaf Oskar Elin Ebba Astrid Ingvild Nikola Filip Slavisa Dragan Goran Zoran',
    'Milos Marko Aleksandar Bojan Dejan Ivica Tomislav Zeljko Branko Vesna Jelena Milica Mirjana Dimitar Georgi Hristo',
    'Plamen Rumen Krasimir Todor Vasil Radek Lubos Katerina Lenka Petra Zuzana Andrej Matej Lukas Pavol Kamil Beata Ewa',
    'Monika Dorota Francesco Alessandra Giulia Giorgia Riccardo Vincenzo Salvatore Gianni Pietro Alfredo Ciro Franco Guido',
    'Silvio Emanuele Daniele Simone Chiara Federica Elisa Sabrina Ilaria Giuliana Giacomo Raffaele Domenico Loic Benoit',
    'Arnaud Julien Bruno Didier Yannick Herve Remi Cedric Gilles Stephane Patrice Maxime Antoine Baptiste Clement Corentin',
    'Helene Isabelle Nathalie Sylvie Veronique Sandrine Celine Aurelie Emilie Camille Manon Elise Agnes Brigitte Dominique',
    'Andres Alberto Alfonso Arturo Beatriz Carmen Cesar Claudia Eduardo Emilio Gerardo Gonzalo Guillermo Ignacio Jaime',
    'Joaquin Julio Leopoldo Lucia Luiz Marcelo Mariana Mauricio Patricio Rodrigo Valeria Joao Fernanda Gabriela Luisa',
    'Thiago Tiago Vinicius Edmundo Nikos Giorgos Dimitris Kostas Yannis Panagiotis Thanasis Christos Alexis Kyriakos',
    'Vasilis Stavros Spyros Zacharias Eleni Armen Tigran Vahe Hayk Anahit Lilit Ruben Karlen Kwame Kofi Chinedu Emeka Ngozi',
    'Oluwaseun Babajide Femi Tunde Amina Fatou Moussa Mamadou Ousmane Abdoulaye Cheikh Ibrahima Aminata Thabo Sipho Themba',
    'Cyril Uhuru Eliud Raila Yoweri Tamim Saif Adel Mansour Turki Nayef Majed Rania Noura Latifa Fadi Wael Hisham Sherif',
    'Amr Hany Mona Dina Hardeep Harjit Gurpreet Manpreet Jaspreet Amarjit Sukhbir Rohit Sanjeev Vikas Sandeep Arvind Ajit',
    'Smriti Nirmala Piyush Rajnath Wawan Joko Budi Agus Bambang Dewi Siti Anwar Mahathir Najib Tharman Prayut Thaksin Yoav',
    'Gilad Avigdor Gideon Tamar Shira Itamar Eitan Dror Mevlut Hakan Selcuk Suleyman Numan Kemal Ekrem Emine Meral Esra',
    'Elif Merve Gleb Arseny Arsenii Egor Aleksandra Anastasiya Darya Ksenia Polina Veronika Matvey Timofey Vsevolod',
    'Rostislav Nazar Shigeru Yoshimasa Kenta Daisuke Takeshi Yuko Toshimitsu Yasuhiro Katsunobu Kazuhiro Hideki Ryota',
  ]
    .join(' ')
    .split(' '),
)

// Capitalised words that end a name rather than continue it: days, months, function words written with a capital,
// and the nouns of headings and product names that follow a person's or a program's name ("Kevin Mandia Statement",
// "Adam Locker", "Akira Ransomware").
const NOT_SURNAME = new Set(
  [
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August',
    'September October November December The A An And Or Of In On At To For By From With As But It He She They We',
    'This That Ransomware Locker Backdoor Backdoors Trojan Loader Stealer Botnet Malware Wiper Worm Timeline Template',
    'Statement Exchange Report Blog Research Group Team Security Sec Labs Lab Update Analysis Campaign Attack Attacks',
    'Hack Server Servers Guardrails Hebdo Foundation Institute University College School Center Centre Company',
  ]
    .join(' ')
    .split(' '),
)

// East Asian surnames written first ("Park Jin Hyok", "Kim Jong Un"): the given name may be two words.
const SURNAME_FIRST = new Set(
  'Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Cai Jiang Cheng Wei Ding Shen Yao Zou Xiong Qiu Qin Hou Meng Duan Qian Tan Cui Zhong Xue Yan Kim Park Choi Jung Jeong Cho Yoon Yun Jang Lim Rim Jeon Hwang Ahn Seo Shin Kwon Ri Pak Jo'.split(
    ' ',
  ),
)

// The run keys (first three letters, see WordRuns.key) of the given names, a bit each: a run whose key has no bit is
// no given name, and is passed over without a copy of its text.
const NAME_KEYS = new Int32Array((KEY_COUNT + 31) >>> 5)
for (const name of GIVEN_NAMES) {
  const k = keyOfWord(name)
  NAME_KEYS[k >>> 5]! |= 1 << (k & 31)
}

/** A candidate name: its text and where it starts. */
export interface NameCandidate {
  name: string
  start: number
}

/**
 * Every given name in `text` followed by one or two capitalised words (a middle initial "J." may come between),
 * as candidates for the person finder, which still applies its own exclusions (organisations, actors, known names,
 * titles). Word runs are the document's (shared with the other finders); only runs that start with a capital and are
 * followed by a capitalised run are looked up.
 */
export function givenNameCandidates(text: string): NameCandidate[] {
  const runs = wordRuns(text)
  const out: NameCandidate[] = []
  for (let i = 0; i + 1 < runs.n; i++) {
    const s = runs.start[i]!
    if (!isAsciiUpperCode(text.charCodeAt(s)) || !isAsciiLowerCode(text.charCodeAt(s + 1))) continue
    // (Every given name is a run of letters: its key is the name's.)
    const key = runs.key[i]!
    // "Arsenii Aleksandrovich Penzev": a given name the lexicon lacks, known by the patronymic after it.
    let byPatronymic: boolean | undefined
    if (((NAME_KEYS[key >>> 5]! >>> (key & 31)) & 1) === 0 && !(byPatronymic = patronymicNext(text, runs, i))) continue
    let j = i + 1
    // "Christopher A. Wray": a middle initial.
    if (runs.end[j]! - runs.start[j]! === 1 && text.charCodeAt(runs.end[j]!) === 46 && j + 1 < runs.n) j++
    if (!followsClosely(text, runs.end[j - 1]!, runs.start[j]!, j > i + 1)) continue
    // "Mohammed bin Salman", "Tamim bin Hamad al-Thani", "Adel al-Jubeir": an Arabic name's "bin" or "ibn" (son of) and
    // its "al-" or "Al" (the family) after a given name the lexicon holds.
    if (
      j === i + 1 &&
      (text.charCodeAt(runs.start[j]!) === 98 ||
        text.charCodeAt(runs.start[j]!) === 105 ||
        text.charCodeAt(runs.start[j]!) === 97)
    ) {
      ARABIC_NAME_TAIL.lastIndex = runs.end[i]!
      const tail = ARABIC_NAME_TAIL.exec(text)
      if (tail && GIVEN_NAMES.has(text.slice(s, runs.end[i]!))) {
        const end = runs.end[i]! + tail[0].length
        out.push({ name: text.slice(s, end), start: s })
        while (i + 1 < runs.n && runs.start[i + 1]! < end) i++
        continue
      }
    }
    if (!isSurname(text, runs.start[j]!, runs.end[j]!)) continue
    const given = text.slice(s, runs.end[i]!)
    if (!GIVEN_NAMES.has(given) && !(byPatronymic ??= patronymicNext(text, runs, i))) continue
    let end = runs.end[j]!
    // A third word where the second is a given name too, a patronymic, or the first an East Asian surname ("Mohammad
    // Reza Rafatnejad", "Aleksandr Gennadievich Ermakov", "Park Jin Hyok"), or a hyphenated given name's end ("Kim
    // Jong-un").
    const k = j + 1
    const second = text.slice(runs.start[j]!, end)
    if (
      k < runs.n &&
      (GIVEN_NAMES.has(second) || PATRONYMIC.test(second) || SURNAME_FIRST.has(given)) &&
      followsClosely(text, end, runs.start[k]!, false) &&
      isSurname(text, runs.start[k]!, runs.end[k]!)
    ) {
      end = runs.end[k]!
      // "Ahmed Salah Yousif Omer": a fourth word where the third is a given name too (the grandfather's), not after
      // an East Asian surname.
      const third = text.slice(runs.start[k]!, end)
      if (
        k + 1 < runs.n &&
        !SURNAME_FIRST.has(given) &&
        GIVEN_NAMES.has(third) &&
        followsClosely(text, end, runs.start[k + 1]!, false) &&
        isSurname(text, runs.start[k + 1]!, runs.end[k + 1]!)
      )
        end = runs.end[k + 1]!
    } else if (
      k < runs.n &&
      text.charCodeAt(end) === 45 &&
      runs.start[k] === end + 1 &&
      (isAsciiLowerCode(text.charCodeAt(end + 1)) ||
        // ("Zhang Zhang-Gui", "Gao Hong-Kun": the end capitalised, then in lower case.)
        (isAsciiUpperCode(text.charCodeAt(end + 1)) && isAsciiLowerCode(text.charCodeAt(end + 2))))
    )
      end = runs.end[k]!
    // "Julius Kivimäki", "Fredrik Hallström", "Nikola Ristić": a surname that goes on in letters with diacritics (the word
    // runs hold ASCII letters only).
    if (isLatinLetterWithMark(text.charCodeAt(end)))
      while (isLatinLetterWithMark(text.charCodeAt(end)) || isAsciiLetterCode(text.charCodeAt(end))) end++
    // "Pedro Ernesto Alonso De Los Reyes", "Maria de la Cruz": a surname joined by particles.
    if (text.charCodeAt(end) === 32) {
      PARTICLE_TAIL.lastIndex = end
      const tail = PARTICLE_TAIL.exec(text)
      if (tail) end += tail[0].length
    }
    out.push({ name: text.slice(s, end), start: s })
    i = j
  }
  return out
}
/** A Latin letter outside ASCII (Latin-1 Supplement to Latin Extended-B: "ä", "ø", "č", "ł"; not "×" or "÷"). */
function isLatinLetterWithMark(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7
}
function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
// After an Arabic given name: "bin X" or "ibn X" (one to three generations), then "al-Y" or "Al Y"; or "al-Y" alone.
const ARABIC_NAME_TAIL =
  /(?: (?:bin|bint|ibn) [A-Z][a-z]+(?: (?:bin|ibn) [A-Z][a-z]+){0,2}(?: (?:al-[A-Z][a-z]+|Al [A-Z][a-z]+))?| al-[A-Z][a-z]+)\b(?!-)/y
// After a name: an optional surname, then one to three particles and a capitalised surname.
const PARTICLE_TAIL =
  /(?: [A-Z][a-z]+)?(?: (?:de|del|De|Del|la|La|los|Los|las|Las|da|do|dos|das|van|von|der|den|y)){1,3} [A-Z][a-z]+\b/y

// A Russian, Ukrainian or Belarusian patronymic ("Gennadievich", "Olegovna", "Ilyich").
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ich|ichna)$/
// A patronymic proper, long enough not to be a surname ending in "-ich" ("Aleksandrovich", "Meruzhanovich").
const LONG_PATRONYMIC = /^[A-Z][a-z]{3,}(?:ovich|evich|ovna|evna|ichna)$/

/**
 * Whether the run after run `i` is a patronymic followed closely by a surname ("Arsenii Aleksandrovich Penzev"): then
 * the capitalised run `i` is a given name even when the lexicon lacks it.
 */
function patronymicNext(text: string, runs: ReturnType<typeof wordRuns>, i: number): boolean {
  const j = i + 1
  if (j + 1 >= runs.n || !followsClosely(text, runs.end[i]!, runs.start[j]!, false)) return false
  // (Every such patronymic ends in "h" or "a": only those runs are read.)
  const last = text.charCodeAt(runs.end[j]! - 1)
  if (last !== 104 && last !== 97) return false
  if (!LONG_PATRONYMIC.test(text.slice(runs.start[j]!, runs.end[j]!))) return false
  return (
    followsClosely(text, runs.end[j]!, runs.start[j + 1]!, false) &&
    isSurname(text, runs.start[j + 1]!, runs.end[j + 1]!)
  )
}

/** One space between two words of a name (after an initial's full stop, that and a space). */
function followsClosely(text: string, end: number, next: number, afterInitial: boolean): boolean {
  if (afterInitial) return next === end + 2 && text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) === 32
  return next === end + 1 && text.charCodeAt(end) === 32
}

/** A capitalised word with lower-case letters after its first ("Read", "McAllister"; "O'Brien" is two runs). */
function isSurname(text: string, s: number, e: number): boolean {
  if (!isAsciiUpperCode(text.charCodeAt(s)) || e - s < 2) return false
  // Lower-case letters after the first, with a capital inside only after "Mc"/"Mac" ("McMichael"; not "PyTorch").
  for (let p = s + 1; p < e; p++) {
    const c = text.charCodeAt(p)
    if (isAsciiLowerCode(c)) continue
    if (!isAsciiUpperCode(c)) return false
    const prefix = p - s
    if (!((prefix === 2 || prefix === 3) && text.startsWith(prefix === 2 ? 'Mc' : 'Mac', s))) return false
  }
  return !NOT_SURNAME.has(text.slice(s, e))
}

// Korean surnames as romanised in North and South Korean names that the given-name lexicon lacks ("Jong In Chol",
// "Choe Son Hui", "Han Il Nam").
const KOREAN_SURNAMES = new Set(
  'Jong Son Han Kang Ko Ryu Mun Pae Paek Song Nam Cha Ju Hyon Kye Sim Kwak Yu Choe Chon Jon Ra Yun An Seung Hwang Kim Ri Pak Park'.split(
    ' ',
  ),
)
// Further Korean surnames, in South Korean spelling, found only before a hyphenated given name ("Ha Tae-keung",
// "Yoon Suk-yeol", "Lee Jae-myung"): alone, several are common English words or other names.
const KOREAN_SURNAMES_HYPHENATED = new Set(
  'Ha Moon Yoon Lee Oh Shin Seo Jung Chung Cho Lim Ahn Kwon Baek Yoo Hong Jeon Noh Bae Heo Byun Jang Woo Choi'.split(
    ' ',
  ),
)
// Syllables of Korean given names as romanised (McCune-Reischauer in the North, Revised Romanisation in the South).
const KOREAN_SYLLABLES = new Set(
  'Chol Hyok Sik Su Il Ho Nam Kyong Jin Song Myong Yong Chun Man Un Jong Hui Sun Guk Kuk Hak Ryong Gwang Kwang Chang Hyon Ok In Sok Bok Pok Tae Dok Ung Rim Min Ju Hun Ryol Gil Kil Mun Hwa Hye Yun Ik Gyu Kyu Hyong Sam Bong Pong Ae Hyang Mi Myung Hyun Chul Sung Kyung Young Dong Jae Seung Beom Heung Geum Yeong Gi Ki Hee Sang Won Hwan Seok Jun Joon Hoon Nyong Ryon Yon Ryu Chan Hyang Gyong Ung'.split(
    ' ',
  ),
)

// The run keys of the Korean surnames (both sets), a bit each: a run whose key has no bit is no such surname.
const KOREAN_KEYS = new Int32Array((KEY_COUNT + 31) >>> 5)
for (const name of [...KOREAN_SURNAMES, ...KOREAN_SURNAMES_HYPHENATED]) {
  const k = keyOfWord(name)
  KOREAN_KEYS[k >>> 5]! |= 1 << (k & 31)
}

/**
 * Korean names written surname first in three words ("Jong In Chol", "Son Kyong Sik"): a Korean surname, then two
 * syllables of Korean given names, with no capitalised word after them. (A surname the lexicon also holds as a given
 * name, "Kim", "Park", is found by `givenNameCandidates` too; the person finder keeps one of overlapping names.)
 */
export function koreanNameCandidates(text: string): NameCandidate[] {
  const runs = wordRuns(text)
  const out: NameCandidate[] = []
  for (let i = 0; i + 2 < runs.n; i++) {
    const s = runs.start[i]!
    const e = runs.end[i]!
    if (e - s > 5 || !isAsciiUpperCode(text.charCodeAt(s))) continue
    // (Every surname is a run of letters: its key is the surname's.)
    const key = runs.key[i]!
    if (((KOREAN_KEYS[key >>> 5]! >>> (key & 31)) & 1) === 0) continue
    const a = i + 1
    const b = i + 2
    // (Both kinds of name go on with a syllable, capitalised, after one space: a run without one is not looked up.)
    if (!followsClosely(text, e, runs.start[a]!, false) || !isAsciiUpperCode(text.charCodeAt(runs.start[a]!))) continue
    const surname = text.slice(s, e)
    const plain = KOREAN_SURNAMES.has(surname)
    if (!plain && !KOREAN_SURNAMES_HYPHENATED.has(surname)) continue
    // "Ha Tae-keung", "Yoon Suk-yeol": a given name of two syllables joined by a hyphen, the second in lower case.
    if (
      runs.start[b]! === runs.end[a]! + 1 &&
      text.charCodeAt(runs.end[a]!) === 45 &&
      isAsciiLowerCode(text.charCodeAt(runs.start[b]!)) &&
      KOREAN_SYLLABLES.has(text.slice(runs.start[a]!, runs.end[a]!))
    ) {
      out.push({ name: text.slice(s, runs.end[b]!), start: s })
      i = b
      continue
    }
    if (!plain || !followsClosely(text, runs.end[a]!, runs.start[b]!, false)) continue
    if (!KOREAN_SYLLABLES.has(text.slice(runs.start[a]!, runs.end[a]!))) continue
    if (!KOREAN_SYLLABLES.has(text.slice(runs.start[b]!, runs.end[b]!))) continue
    // ("Han Il Nam Company": a longer capitalised name is no person's.)
    if (b + 1 < runs.n && followsClosely(text, runs.end[b]!, runs.start[b + 1]!, false)) {
      const c = text.charCodeAt(runs.start[b + 1]!)
      if (isAsciiUpperCode(c)) continue
    }
    out.push({ name: text.slice(s, runs.end[b]!), start: s })
    i = b
  }
  return out
}

/** The Korean surname sets, for the test that the key filter passes every surname (speed round 18d). */
export const KOREAN_SURNAMES_FOR_TEST = { plain: [...KOREAN_SURNAMES], hyphenated: [...KOREAN_SURNAMES_HYPHENATED] }
