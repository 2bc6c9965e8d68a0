// The named corpus of hostile and broken inputs, each with its exact expected outcome (exit code, rule, position or message).
import { mainFile } from '../helpers/tree.js';

/** A small valid agreement the cases start from; line numbers below refer to it. */
export const BASE = mainFile('Samarbeidsavtale');

export type FileContent = string | Buffer | { symlink: string };

export interface Expected {
  exit: 0 | 1 | 2;
  /** For exit 1: a finding of this rule at this place (1-based). */
  rule?: string;
  line?: number;
  column?: number;
  /** For exit 2: the one stderr line. */
  stderr?: RegExp;
  /** For exit 1: text the finding's message must contain. */
  message?: RegExp;
  /** For exit 1: text the finding's hint must contain. */
  hint?: RegExp;
  /** For exit 1: the report has exactly this many findings (a syntax slip: one, nothing on what recovery left). */
  findings?: number;
  /** For exit 1: every requirement of the set is `not-checked` (never a pass). */
  notChecked?: boolean;
}

export interface HostileCase {
  name: string;
  /** Files to create; `avtale.yaml` is checked unless `args` says otherwise. */
  files: Record<string, FileContent>;
  args?: string[];
  stdin?: string;
  expect: Expected;
}

const replace = (from: string, to: string) => BASE.replace(from, to);

export const CORPUS: HostileCase[] = [
  // YAML syntax
  { name: 'unclosed double quote', files: { 'avtale.yaml': replace('tittel: Samarbeidsavtale', 'tittel: "Samarbeidsavtale') }, expect: { exit: 1, rule: 'yaml-syntax', line: 2, column: 11, message: /^Anførselstegnet " som åpner verdien på linje 2, blir aldri lukket\.$/, hint: /Avslutt verdien med "/, findings: 1, notChecked: true } },
  { name: 'unclosed single quote', files: { 'avtale.yaml': replace('tittel: Samarbeidsavtale', "tittel: 'Samarbeidsavtale") }, expect: { exit: 1, rule: 'yaml-syntax', line: 2, column: 11, message: /aldri lukket/, findings: 1, notChecked: true } },
  { name: 'unclosed bracket', files: { 'avtale.yaml': replace('    - { navn: Testby, kommunenummer: "9999" }', '    - [ navn, Testby') }, expect: { exit: 1, rule: 'yaml-syntax', line: 8 } },
  { name: 'unclosed brace', files: { 'avtale.yaml': replace('  helseforetak: { navn: Helse Test HF }', '  helseforetak: { navn: Helse Test HF') }, expect: { exit: 1, rule: 'yaml-syntax', line: 6 } },
  // The parser reports line 2 (its value swallows line 3); the finding names the line that is wrong.
  { name: 'bad indentation', files: { 'avtale.yaml': replace('  vedtatt: 2024-03-01', '   vedtatt: 2024-03-01') }, expect: { exit: 1, rule: 'yaml-syntax', line: 3, column: 4, message: /^Linje 3 har 3 mellomrom innrykk, men linjene den hører sammen med, har 2\.$/, hint: /starter med 2 mellomrom/, findings: 1, notChecked: true } },
  { name: 'list item one space too deep', files: { 'avtale.yaml': replace('    - { navn: Testby, kommunenummer: "9999" }', '    - { navn: Testby, kommunenummer: "9999" }\n     - { navn: Annenby, kommunenummer: "9998" }') }, expect: { exit: 1, rule: 'yaml-syntax', line: 8, column: 6, message: /^Linje 8 har 5 mellomrom innrykk, men linjene den hører sammen med, har 4\.$/, findings: 1, notChecked: true } },
  { name: 'list item one space short', files: { 'avtale.yaml': replace('    - { navn: Testby, kommunenummer: "9999" }', '    - { navn: Testby, kommunenummer: "9999" }\n   - { navn: Annenby, kommunenummer: "9998" }') }, expect: { exit: 1, rule: 'yaml-syntax', line: 8, column: 4, message: /^Linje 8 har 3 mellomrom innrykk, men linjene den hører sammen med, har 4\.$/, findings: 1, notChecked: true } },
  { name: 'missing space after a colon', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel:Samarbeidsavtale') }, expect: { exit: 1, rule: 'yaml-syntax', line: 2, column: 3, message: /mellomrom etter kolonet i «tittel:Samarbeidsavtale»/, hint: /^Skriv et mellomrom etter kolonet: tittel: Samarbeidsavtale$/, findings: 1, notChecked: true } },
  { name: 'colon inside a value', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: Samarbeidsavtale: del 1') }, expect: { exit: 1, rule: 'yaml-syntax', line: 2, column: 11, message: /«tittel» inneholder et kolon/, hint: /^Sett verdien i anførselstegn: tittel: "Samarbeidsavtale: del 1"$/, findings: 1, notChecked: true } },
  { name: "Word's curly quotes", files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: “Samarbeidsavtale”') }, expect: { exit: 1, rule: 'yaml-syntax', line: 2, column: 11, message: /typografiske anførselstegn \(“\)/, hint: /rette anførselstegn/, findings: 1, notChecked: true } },
  { name: 'nynorsk key', files: { 'avtale.yaml': replace('  vedtatt: 2024-03-01', '  vedteke: 2024-03-01') }, expect: { exit: 1, rule: 'schema', line: 3, column: 3, message: /^Ukjent felt «vedteke»\. Nøklene skrives alltid på bokmål\.$/, hint: /^Mente du «vedtatt»\?$/, findings: 1 } },
  { name: 'tab indentation', files: { 'avtale.yaml': replace('  vedtatt: 2024-03-01', '\tvedtatt: 2024-03-01') }, expect: { exit: 1, rule: 'yaml-tab-indent', line: 3, column: 1, message: /^Linje 3 bruker tabulator i innrykket/, notChecked: true } },
  { name: 'key without value', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel:') }, expect: { exit: 1, rule: 'schema', line: 2, column: 3, message: /«tittel» skal være tekst, men er tom/ } },
  { name: 'stray document marker and a second document', files: { 'avtale.yaml': `${BASE}---\nekstra: 1\n` }, expect: { exit: 1, rule: 'yaml-multiple-documents', line: 12, column: 1 } },
  { name: 'duplicate key', files: { 'avtale.yaml': replace('  vedtatt: 2024-03-01', '  vedtatt: 2024-03-01\n  tittel: Igjen') }, expect: { exit: 1, rule: 'yaml-duplicate-key', line: 4, column: 3, message: /^Nøkkelen «tittel» står to ganger i samme oppslag; første gang på linje 2\.$/, findings: 1, notChecked: true } },
  // Scalars that YAML 1.1 would have read differently
  { name: '%YAML 1.1 directive', files: { 'avtale.yaml': `%YAML 1.1\n---\n${BASE}` }, expect: { exit: 0, rule: 'yaml-version', line: 1, column: 1 } },
  { name: 'Norway problem: NO, yes and on stay text', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: NO\n  merknad: yes').replace('    tittel: Avtale', '    tittel: on') }, expect: { exit: 0 } },
  { name: 'unquoted kommunenummer with leading zero', files: { 'avtale.yaml': replace('"9999"', '0301') }, expect: { exit: 1, rule: 'number-as-text', line: 7, column: 23, message: /0301/ } },
  { name: 'date that does not exist', files: { 'avtale.yaml': replace('2024-03-01', '2024-02-30') }, expect: { exit: 1, rule: 'invalid-date', line: 3, column: 3 } },
  // Anchors and aliases
  { name: 'anchors and aliases used normally', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: &t Samarbeidsavtale\n  merknad: *t') }, expect: { exit: 0 } },
  { name: 'alias without anchor', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: *ukjent') }, expect: { exit: 1, rule: 'yaml-syntax', line: 2, column: 11 } },
  {
    name: 'billion laughs',
    files: { 'avtale.yaml': `${BASE}lol:\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n  b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n  c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n  d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n  e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n  f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n` },
    expect: { exit: 1, rule: 'yaml-alias-limit', line: 1 },
  },
  // Size and depth
  { name: 'nesting 10 000 levels deep', files: { 'avtale.yaml': replace('    tittel: Avtale', `    tittel: Avtale\n    merknad: ${'['.repeat(10_000)}${']'.repeat(10_000)}`) }, expect: { exit: 1, rule: 'yaml-too-deep', line: 12 } },
  { name: 'nesting 70 levels deep', files: { 'avtale.yaml': replace('    tittel: Avtale', `    tittel: Avtale\n    merknad: ${'['.repeat(70)}x${']'.repeat(70)}`) }, expect: { exit: 1, rule: 'yaml-too-deep', line: 12, column: 76 } },
  { name: 'a 50 MB file', files: { 'avtale.yaml': `${BASE}# ${'x'.repeat(50 * 1024 * 1024)}\n` }, expect: { exit: 2, stderr: /avtale\.yaml: Filen er større enn grensen på 10485760 byte/ } },
  { name: 'a 5 MB single line', files: { 'avtale.yaml': replace('    tittel: Avtale', `    tittel: Avtale\n    merknad: ${'x'.repeat(5 * 1024 * 1024)}`) }, expect: { exit: 0 } },
  // Encodings and bytes
  { name: 'binary file', files: { 'avtale.yaml': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]) }, expect: { exit: 2, stderr: /avtale\.yaml: Filen ser ikke ut som tekst/ } },
  { name: 'UTF-16 with BOM', files: { 'avtale.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BASE, 'utf16le')]) }, expect: { exit: 2, stderr: /avtale\.yaml: Filen er lagret som UTF-16/ } },
  { name: 'UTF-16 without BOM', files: { 'avtale.yaml': Buffer.from(BASE, 'utf16le') }, expect: { exit: 2, stderr: /avtale\.yaml: Filen er lagret som UTF-16/ } },
  { name: 'Latin-1', files: { 'avtale.yaml': Buffer.from(replace('Samarbeidsavtale', 'Samarbeidsavtale for Tromsø'), 'latin1') }, expect: { exit: 2, stderr: /avtale\.yaml: Filen er ikke gyldig UTF-8 \(første feil på linje 2, kolonne 37\)/ } },
  { name: 'UTF-8 BOM', files: { 'avtale.yaml': `\uFEFF${BASE}` }, expect: { exit: 0 } },
  { name: 'CRLF line endings keep positions', files: { 'avtale.yaml': replace('2024-03-01', '2024-13-01').replace(/\n/g, '\r\n') }, expect: { exit: 1, rule: 'invalid-date', line: 3, column: 3 } },
  { name: 'empty file', files: { 'avtale.yaml': '' }, expect: { exit: 2, stderr: /avtale\.yaml: Filen er tom/ } },
  { name: 'only comments', files: { 'avtale.yaml': '# Avtalen skrives her.\n# Senere.\n' }, expect: { exit: 2, stderr: /avtale\.yaml: Filen er tom/ } },
  // Keys that are dangerous in JavaScript objects are ordinary data
  { name: '__proto__, constructor and prototype keys', files: { 'avtale.yaml': replace('avtale:\n', 'avtale:\n  __proto__: { polluted: true }\n  constructor: x\n  prototype: y\n') }, expect: { exit: 1, rule: 'schema', line: 2, column: 3, message: /Ukjent felt «__proto__»/ } },
  // Wrong types
  { name: 'a list where text is expected', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: [a, b]') }, expect: { exit: 1, rule: 'schema', line: 2, column: 3, message: /skal være tekst, men er en liste/ } },
  { name: 'a map where text is expected', files: { 'avtale.yaml': replace('  tittel: Samarbeidsavtale', '  tittel: { a: b }') }, expect: { exit: 1, rule: 'schema', line: 2, column: 3, message: /skal være tekst, men er et oppslag/ } },
  { name: 'a number where text is expected', files: { 'avtale.yaml': replace('    tittel: Avtale', '    tittel: 2025') }, expect: { exit: 1, rule: 'number-as-text', line: 11, column: 5 } },
  { name: 'the whole file is a list', files: { 'avtale.yaml': '- avtale\n- parter\n' }, expect: { exit: 1, rule: 'schema', line: 1, column: 1, message: /men inneholder en liste/ } },
  { name: 'the whole file is text', files: { 'avtale.yaml': 'bare tekst\n' }, expect: { exit: 1, rule: 'schema', line: 1, column: 1, message: /men inneholder tekst/ } },
  // Includes
  { name: 'include with ../', files: { 'sett/avtale.yaml': `${BASE}  - inkluder: ../../utenfor.yaml\n`, 'utenfor.yaml': 'dokument: { id: x, type: vedlegg, tittel: X }\n' }, args: ['sett/avtale.yaml'], expect: { exit: 1, rule: 'include-outside', line: 12, column: 15 } },
  { name: 'include with an absolute path', files: { 'avtale.yaml': `${BASE}  - inkluder: /etc/passwd\n` }, expect: { exit: 1, rule: 'include-outside', line: 12, column: 15 } },
  { name: 'include through a symlink that escapes', files: { 'sett/avtale.yaml': `${BASE}  - inkluder: lenke.yaml\n`, 'sett/lenke.yaml': { symlink: '../utenfor.yaml' }, 'utenfor.yaml': 'dokument: { id: x, type: vedlegg, tittel: X }\n' }, args: ['sett/avtale.yaml'], expect: { exit: 1, rule: 'include-outside', line: 12, column: 15 } },
  { name: 'include cycle', files: { 'avtale.yaml': `${BASE}  - inkluder: avtale.yaml\n` }, expect: { exit: 1, rule: 'include-cycle', line: 12, column: 15 } },
  { name: 'missing include', files: { 'avtale.yaml': `${BASE}  - inkluder: dokumenter/borte.yaml\n` }, expect: { exit: 1, rule: 'include-not-found', line: 12, column: 15 } },
  // Inputs that are not files
  { name: 'a folder without YAML files as input', files: { 'mappe/.gitkeep': '' }, args: ['mappe'], expect: { exit: 2, stderr: /mappe: Mappen har ingen YAML-filer/ } },
  { name: 'a device file as input', files: {}, args: ['/dev/null'], expect: { exit: 2, stderr: /\/dev\/null: Dette er ikke en vanlig fil/ } },
  { name: 'a file that does not exist', files: {}, args: ['borte.yaml'], expect: { exit: 2, stderr: /borte\.yaml: Finner ikke filen/ } },
  // Standard input
  { name: 'an empty standard input', files: {}, args: ['-'], stdin: '', expect: { exit: 2, stderr: /<stdin>: Filen er tom/ } },
  { name: 'a broken agreement on standard input', files: {}, args: ['-'], stdin: BASE.replace('2024-03-01', '2024-02-30'), expect: { exit: 1, rule: 'invalid-date', line: 3, column: 3 } },
];
