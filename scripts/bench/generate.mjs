// Deterministic synthetic agreement sets for the benchmark: one self-contained main file (~20 KB) per set.
import { readFileSync } from 'node:fs';

/** mulberry32: a small seeded PRNG, so the same seed always gives the same file. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Partene er likeverdige, og hver part beholder sin beslutningsmyndighet etter lov og forskrift.',
  'Tjenestene gis på beste effektive omsorgsnivå, og avtalen kan ikke innskrenke lovpålagte plikter.',
  'Før en oppgave flyttes mellom nivåene, blir partene enige om hva den krever og hvem som betaler.',
  'Koordinerende enhet i kommunen og i helseforetaket har faste kontaktpunkter hele året.',
  'Barn som pårørende kartlegges, og informasjonen følger pasienten ved innleggelse og utskrivning.',
  'Henvisningen skal ha oppdatert legemiddelliste, funksjonsnivå og kontaktopplysninger til pårørende.',
  'Kommunen varsles elektronisk senest innen 24 timer etter innleggelse når pasienten trenger tjenester.',
  'Betaling for utskrivningsklare pasienter gjelder fra dagen pasienten er meldt utskrivningsklar.',
  'Epikrise og legemiddelliste sendes samme dag som pasienten skrives ut, også i helger og høytider.',
  'Det kommunale døgntilbudet for øyeblikkelig hjelp skal holde minst like god kvalitet som sykehuset.',
  'Legevakten og fastlegene kan legge inn pasienter etter felles kriterier for målgruppen.',
  'Helseforetaket veileder kommunene etter spesialisthelsetjenesteloven § 6-3, og kommunene veileder tilbake.',
  'Hospitering avtales direkte mellom avdelingene, og den som sender, betaler lønnen.',
  'Partene har felles kompetanseplaner og faglige nettverk for sykepleiere, leger og helsefagarbeidere.',
  'Praksisplasser for studenter og læreplasser for lærlinger fordeles i et felles utvalg.',
  'Følgetjenesten for gravide med lang reisevei er organisert i samarbeid med jordmødrene i kommunene.',
  'Svangerskaps-, fødsels- og barselomsorgen henger sammen gjennom felles rutiner og meldinger.',
  'Elektronisk meldingsutveksling er hovedregelen; video brukes i samhandlingsmøter når det passer.',
  'Hver part betaler egne systemer, og kostnadene for felles løsninger fordeles etter innbyggertall.',
  'Folkehelsearbeid, smittevern og helsefremmende arbeid planlegges sammen med kommuneoverlegene.',
  'Den akuttmedisinske kjeden øves minst én gang i året, vekselvis med en kommune som vert.',
  'Beredskapsplanene skal henge sammen, og partene sender hverandre planene når de er revidert.',
  'Partene kartlegger behov sammen ut fra felles styringsdata og utvikler tjenestene i felles prosjekter.',
  'Handlingsplanen har tiltak med ansvar og frister, og den rulleres hvert år i partnerskapsmøtet.',
  'Overgangen til voksenlivet planlegges fra 16 år, og barnetjenestene samordnes i faste møter.',
  'Uenighet løses først på lavest mulig nivå; deretter behandles saken i det strategiske utvalget.',
  'Avvik meldes i det felles avvikssystemet, og utvalget går gjennom avvikene hvert kvartal.',
  'Brukerrepresentantene og fastlegene er fullverdige medlemmer med stemmerett, talerett og forslagsrett.',
  'Nynorsk og bokmål kan brukes om hverandre i dokumentene, men hvert dokument holder én målform.',
  'Samhandlingen om pasienter med psykisk helse- og rusproblemer følger de samme reglene som somatikk.',
];

const PLACE_A = ['Nord', 'Sør', 'Øst', 'Vest', 'Midt', 'Øvre', 'Nedre', 'Indre', 'Ytre', 'Store'];
const PLACE_B = ['fjord', 'dal', 'vik', 'øy', 'lia', 'haug', 'nes', 'strand', 'åsen', 'bygd', 'voll', 'sund'];

/** Element ids per § 6-2 item, read from schemas/krav.json so the sets always use valid ids. */
export function loadItems(root) {
  const krav = JSON.parse(readFileSync(new URL('schemas/krav.json', root), 'utf8'));
  return krav.requirements
    .filter((r) => /^hol-6-2-nr\d+$/.test(r.id))
    .map((r) => ({ id: r.id, elements: r.elements.map((e) => e.id) }));
}

const q = (s) => JSON.stringify(s); // YAML double-quoted scalars are JSON strings

/**
 * One agreement set as YAML text. Every 5th set (index % 5 === 4) has a gap: nr. 13 missing
 * entirely, or nr. 12 covering only some of its elements, alternately.
 */
export function generateSet(index, items, targetBytes = 20_000) {
  const rnd = prng(0x5eed + index * 7919);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const para = (n) => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');
  const name = `${pick(PLACE_A)}${pick(PLACE_B)}`;
  const hf = `Helse ${name} HF`;
  const year = 2024 + (index % 2);
  const vedtatt = `"${year}-06-1${index % 9}"`; // dates quoted: js-yaml (ajv-cli) would otherwise read them as Date objects
  const kommuner = Array.from({ length: 20 }, (_, k) => ({
    navn: `${pick(PLACE_A)}${pick(PLACE_B)}`.replace(/^./, (c) => c.toUpperCase()) + ` ${k + 1}`,
    nr: String(3000 + ((index * 20 + k) % 6000)).padStart(4, '0'),
  }));
  const gap = index % 5 === 4 ? (Math.floor(index / 5) % 2 === 0 ? 'missing-nr13' : 'partial-nr12') : null;

  const L = [];
  L.push(`# Syntetisk avtalesett nr. ${index} for avtalesjekk-benchmark (seed ${index}). Alt er oppdiktet.`);
  L.push('avtale:');
  L.push(`  id: bench-${index}`);
  L.push(`  tittel: ${q(`Samarbeidsavtale mellom ${hf} og 20 kommuner`)}`);
  L.push(`  versjon: "${year}"`, '  maalform: nb', `  helsefellesskap: ${q(`Helsefellesskapet ${name}`)}`);
  L.push(`  vedtatt: ${vedtatt}`, `  i_kraft: "${year}-09-01"`);
  L.push('  revisjon:', '    intervall_aar: 4', `    sist_revidert: ${vedtatt}`, `    neste: "${year + 4}-06-30"`);
  L.push('  varighet:', '    hjemmel: { dokument: samarbeidsavtale, seksjon: "9" }', '    oppsigelsesfrist_maaneder: 12');
  L.push('  publisering:', `    url: https://bench-${index}.example/avtaler`, `    dato: "${year}-09-01"`, `    sendt_helsedirektoratet: "${year}-09-05"`);
  L.push('parter:', '  helseforetak:', `    navn: ${q(hf)}`, `    orgnr: "${String(999000000 + index).slice(0, 9)}"`, '    rhf: Helse Eksempel RHF');
  L.push('  kommuner:');
  for (const k of kommuner) L.push(`    - { navn: ${q(k.navn)}, kommunenummer: "${k.nr}" }`);
  L.push('organer:');
  for (const [id, navn, type, niva] of [
    ['partnerskapsmote', 'Partnerskapsmøtet', 'partnerskapsmote', 'politisk'],
    ['ssu', 'Strategisk samarbeidsutvalg (SSU)', 'strategisk-samarbeidsutvalg', 'strategisk'],
    ['fsu', 'Faglig samarbeidsutvalg for psykisk helse og rus', 'faglig-samarbeidsutvalg', 'faglig'],
  ]) {
    L.push(`  - id: ${id}`, `    navn: ${q(navn)}`, `    type: ${type}`, `    niva: ${niva}`, '    sammensetning:');
    for (const [g, p] of [['kommuner', 5], ['hf', 5], ['fastleger', 1], ['brukerrepresentanter', 2]]) {
      L.push(`      - { gruppe: ${g}, plasser: ${p}, rettigheter: [stemme, tale, forslag] }`);
    }
    L.push('    ledelse:', '      rotasjon: annethvert-aar', '    mandat: { dokument: samarbeidsavtale, seksjon: "5" }');
    L.push(`    merknad: ${q(para(2))}`);
  }
  L.push('vedtaksmyndighet:');
  L.push('  - dokumenttyper: [overordnet, delavtale]', '    endringer: [ny, vesentlig-endring, mindre-endring, oppsigelse]');
  L.push('    vedtas_av: [kommunestyre, hf-styre]', '    innstilling_fra: ssu', '    hjemmel: { dokument: samarbeidsavtale, seksjon: "5.3" }');

  // Documents: the main agreement and four delavtaler; coverage points into their sections.
  const docs = [
    { id: 'samarbeidsavtale', type: 'overordnet', nummer: 'Del 1', tittel: `Samarbeidsavtale mellom ${hf} og kommunene`, sections: ['1', '2', '3', '4', '5', '5.3', '6', '7', '8', '9'] },
    { id: 'da-pasientforlop', type: 'delavtale', nummer: 'Delavtale 1', tittel: 'Delavtale om innleggelse, utskrivning og koordinerte tjenester', sections: ['1', '2', '3'] },
    { id: 'da-akutt', type: 'delavtale', nummer: 'Delavtale 2', tittel: 'Delavtale om øyeblikkelig hjelp døgnopphold og den akuttmedisinske kjeden', sections: ['1', '2'] },
    { id: 'da-kompetanse', type: 'delavtale', nummer: 'Delavtale 3', tittel: 'Delavtale om kompetanse, IKT og forebygging', sections: ['1', '2', '3', '4'] },
    { id: 'da-barn-familie', type: 'delavtale', nummer: 'Delavtale 4', tittel: 'Delavtale om jordmortjenester og om barn og unge med sammensatte behov', sections: ['1', '2'] },
  ];
  const coverage = {
    'hol-6-2-nr1': [['samarbeidsavtale', '4']], 'hol-6-2-nr2': [['da-pasientforlop', '1']], 'hol-6-2-nr3': [['da-pasientforlop', '2']],
    'hol-6-2-nr4': [['da-akutt', '1']], 'hol-6-2-nr5': [['da-pasientforlop', '3']], 'hol-6-2-nr6': [['da-kompetanse', '1']],
    'hol-6-2-nr7': [['da-kompetanse', '2']], 'hol-6-2-nr8': [['da-barn-familie', '1']], 'hol-6-2-nr9': [['da-kompetanse', '3']],
    'hol-6-2-nr10': [['da-kompetanse', '4']], 'hol-6-2-nr11': [['da-akutt', '2']], 'hol-6-2-nr12': [['samarbeidsavtale', '6']],
    'hol-6-2-nr13': [['da-barn-familie', '2']],
  };

  // Fixed part first, then pad the section texts until the file reaches the target size.
  const tail = [];
  tail.push('dekning:');
  for (const item of items) {
    if (gap === 'missing-nr13' && item.id === 'hol-6-2-nr13') continue;
    let els = item.elements;
    if (gap === 'partial-nr12' && item.id === 'hol-6-2-nr12') els = els.slice(0, 2);
    const [dok, sek] = (coverage[item.id] ?? [['samarbeidsavtale', '6']])[0];
    tail.push(`  - krav: ${item.id}`, `    dokument: ${dok}`, `    seksjon: "${sek}"`, `    elementer: [${els.join(', ')}]`);
  }
  tail.push('samarbeidstiltak:');
  tail.push('  - id: oppfolgingsteam-barn-unge', '    navn: Felles oppfølgingsteam for barn og unge');
  tail.push('    henvisning: { dokument: da-barn-familie, seksjon: "2" }');
  tail.push('    ansvar: Helseforetaket har det faglige ansvaret; bostedskommunen har ansvaret for oppfølgingen lokalt.');
  tail.push('    arbeidsgiveransvar: Helseforetaket er arbeidsgiver for teamets ansatte.');
  tail.push('    organisering: Teamet hører til barne- og ungdomspsykiatrisk poliklinikk og reiser ut til kommunene.');
  tail.push('    finansiering: Helseforetaket dekker lønn; kommunene dekker lokaler og reise i egen kommune.');

  const sectionText = new Map(); // "doc/section" -> sentences
  const titles = new Map(docs.flatMap((d) => d.sections.map((s) => [`${d.id}/${s}`, pick(SENTENCES).split(/[,.;]/)[0]])));
  const render = () => {
    const out = [...L, 'dokumenter:'];
    for (const d of docs) {
      out.push(`  - id: ${d.id}`, `    type: ${d.type}`, `    nummer: ${d.nummer}`, `    tittel: ${q(d.tittel)}`);
      out.push(`    versjon: "${year}"`, `    vedtatt: ${vedtatt}`, `    i_kraft: "${year}-09-01"`, '    seksjoner:');
      for (const s of d.sections) {
        out.push(`      - id: "${s}"`, `        tittel: ${q(titles.get(`${d.id}/${s}`))}`);
        const t = sectionText.get(`${d.id}/${s}`);
        if (t) out.push(`        tekst: ${q(t)}`);
      }
      if (d.id === 'samarbeidsavtale') {
        out.push('    vedtak:', `      - { id: ssu-${year}, organ: ssu, dato: "${year}-02-13", utfall: vedtatt, rolle: innstilling, endring: vesentlig-endring, enstemmig: true }`);
        out.push(`      - { organ: hf-styre, part: hf, dato: "${year}-03-20", saksnummer: "17/${year}", utfall: vedtatt, endring: vesentlig-endring, innstilling: ssu-${year} }`);
        kommuner.forEach((k, n) => out.push(`      - { organ: kommunestyre, part: "${k.nr}", dato: "${year}-0${4 + (n % 3)}-${String(10 + n).padStart(2, '0')}", saksnummer: "${year % 100}/${100 + n}", utfall: vedtatt, endring: vesentlig-endring, innstilling: ssu-${year} }`));
      } else {
        out.push(`    merknad: ${q(para(3))}`);
      }
    }
    return [...out, ...tail, ''].join('\n');
  };
  let text = render();
  const keys = docs.flatMap((d) => d.sections.map((s) => `${d.id}/${s}`));
  for (let n = 0; Buffer.byteLength(text) < targetBytes; n++) {
    const key = keys[n % keys.length];
    sectionText.set(key, `${sectionText.get(key) ?? ''}${sectionText.has(key) ? ' ' : ''}${para(2)}`);
    text = render();
  }
  return { text, gap };
}
