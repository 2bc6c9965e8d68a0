// Messages for YAML slips, unknown keys and findings that follow from another (issue 13): each key in all three languages side by side.

export const syntax = {
  'yaml.curly-quote': {
    nb: 'Verdien står i typografiske anførselstegn ({quote}), slik Word skriver dem. YAML kjenner bare rette anførselstegn, så tegnene blir en del av teksten.',
    nn: 'Verdien står i typografiske hermeteikn ({quote}), slik Word skriv dei. YAML kjenner berre rette hermeteikn, så teikna blir ein del av teksten.',
    en: 'The value is in typographic quotes ({quote}), as Word writes them. YAML only knows straight quotes, so the marks become part of the text.',
  },
  'hint.yaml-curly-quote': {
    nb: 'Bytt dem ut med rette anførselstegn ("…"), eller fjern dem.',
    nn: 'Byt dei ut med rette hermeteikn ("…"), eller fjern dei.',
    en: 'Replace them with straight quotes ("…"), or remove them.',
  },
  'yaml.missing-space': {
    nb: 'Det mangler mellomrom etter kolonet i «{written}», så YAML leser det som tekst og ikke som feltet «{key}».',
    nn: 'Det manglar mellomrom etter kolonet i «{written}», så YAML les det som tekst og ikkje som feltet «{key}».',
    en: 'There is no space after the colon in “{written}”, so YAML reads it as text, not as the field “{key}”.',
  },
  'hint.yaml-missing-space': {
    nb: 'Skriv et mellomrom etter kolonet: {key}: {value}',
    nn: 'Skriv eit mellomrom etter kolonet: {key}: {value}',
    en: 'Put a space after the colon: {key}: {value}',
  },
  'yaml.colon-in-value': {
    nb: 'Verdien til «{key}» inneholder et kolon med mellomrom etter («{value}»), og YAML leser det som starten på en ny nøkkel.',
    nn: 'Verdien til «{key}» inneheld eit kolon med mellomrom etter («{value}»), og YAML les det som starten på ein ny nøkkel.',
    en: 'The value of “{key}” contains a colon followed by a space (“{value}”), which YAML reads as the start of a new key.',
  },
  'hint.yaml-colon-in-value': {
    nb: 'Sett verdien i anførselstegn: {key}: "{value}"',
    nn: 'Set verdien i hermeteikn: {key}: "{value}"',
    en: 'Put the value in quotes: {key}: "{value}"',
  },
  'yaml.wrong-indent': {
    nb: 'Linje {line} har {actual} mellomrom innrykk, men linjene den hører sammen med, har {expected}.',
    nn: 'Linje {line} har {actual} mellomrom innrykk, men linjene han høyrer saman med, har {expected}.',
    en: 'Line {line} is indented by {actual} spaces, but the lines it belongs with are indented by {expected}.',
  },
  'hint.yaml-wrong-indent': {
    nb: 'Flytt linje {line} så den starter med {expected} mellomrom. Punktene i en liste og nøklene i et oppslag må starte i samme kolonne.',
    nn: 'Flytt linje {line} så ho startar med {expected} mellomrom. Punkta i ei liste og nøklane i eit oppslag må starte i same kolonne.',
    en: 'Move line {line} so that it starts with {expected} spaces. The items of a list and the keys of a map must start in the same column.',
  },
  'yaml.tab': {
    nb: 'Linje {line} bruker tabulator i innrykket; YAML tillater bare mellomrom der.',
    nn: 'Linje {line} brukar tabulator i innrykket; YAML tillèt berre mellomrom der.',
    en: 'Line {line} uses a tab for indentation; YAML only allows spaces there.',
  },
  'yaml.duplicate-key': {
    nb: 'Nøkkelen «{key}» står to ganger i samme oppslag; første gang på linje {line}.',
    nn: 'Nøkkelen «{key}» står to gonger i same oppslag; første gong på linje {line}.',
    en: 'The key “{key}” appears twice in the same map; first on line {line}.',
  },
  'yaml.quote-not-closed': {
    nb: 'Anførselstegnet {quote} som åpner verdien på linje {line}, blir aldri lukket.',
    nn: 'Hermeteiknet {quote} som opnar verdien på linje {line}, blir aldri lukka.',
    en: 'The quote {quote} that opens the value on line {line} is never closed.',
  },
  'hint.yaml-unclosed-quote': {
    nb: 'Avslutt verdien med {quote} på samme linje. Alt etter det åpne anførselstegnet er lest som en del av verdien, så andre feil lenger ned kan komme herfra.',
    nn: 'Avslutt verdien med {quote} på same linje. Alt etter det opne hermeteiknet er lese som ein del av verdien, så andre feil lenger ned kan kome herifrå.',
    en: 'End the value with {quote} on the same line. Everything after the open quote was read as part of the value, so later errors may come from here.',
  },
  'yaml.missing-char': {
    nb: 'Noe mangler her, for eksempel et kolon etter en nøkkel eller en avsluttende parentes.',
    nn: 'Noko manglar her, til dømes eit kolon etter ein nøkkel eller ein avsluttande parentes.',
    en: 'Something is missing here, such as a colon after a key or a closing bracket.',
  },
  'yaml.unreadable': {
    nb: 'YAML-en kan ikke leses her.',
    nn: 'YAML-en kan ikkje lesast her.',
    en: 'The YAML cannot be read here.',
  },
  'status.not-checked': { nb: 'kunne ikke sjekkes', nn: 'kunne ikkje sjekkast', en: 'could not be checked' },
  'detail.not-checked-syntax': {
    nb: 'YAML-feil i {file}',
    nn: 'YAML-feil i {file}',
    en: 'YAML error in {file}',
  },
  'report.consequences': { nb: 'Følger av dette ({count}):', nn: 'Følgjer av dette ({count}):', en: 'Follows from this ({count}):' },
  'report.all-requirements': { nb: 'alle {count} lovkrav', nn: 'alle {count} lovkrava', en: 'all {count} requirements' },
  'formats.junit.not-checked': { nb: 'Kunne ikke sjekkes: {detail}', nn: 'Kunne ikkje sjekkast: {detail}', en: 'Could not be checked: {detail}' },
  'report.summary-not-checked': { nb: '{count} kunne ikke sjekkes', nn: '{count} kunne ikkje sjekkast', en: '{count} could not be checked' },
  'report.summary-none-checked': {
    nb: 'Ingen av de {count} lovkravene kunne sjekkes; rett feilene under først',
    nn: 'Ingen av dei {count} lovkrava kunne sjekkast; rett feila under først',
    en: 'None of the {count} requirements could be checked; fix the errors below first',
  },
  'schema.unknown-key-bokmal': {
    nb: 'Ukjent felt «{field}». Nøklene skrives alltid på bokmål.',
    nn: 'Ukjent felt «{field}». Nøklane skriv ein alltid på bokmål.',
    en: 'Unknown field “{field}”. Keys are always written in bokmål.',
  },
  'hint.caused-by-unknown-key': {
    nb: 'Dette følger av det ukjente feltet på {cause}: skriv «{key}» der, så blir dette sjekket på nytt.',
    nn: 'Dette følgjer av det ukjende feltet på {cause}: skriv «{key}» der, så blir dette sjekka på nytt.',
    en: 'This follows from the unknown field at {cause}: write “{key}” there, and this is checked again.',
  },
  'hint.caused-by-missing-id': {
    nb: 'Dette følger trolig av dokumentet uten id på {cause}: gi det id-en det skal ha.',
    nn: 'Dette følgjer truleg av dokumentet utan id på {cause}: gi det id-en det skal ha.',
    en: 'This probably follows from the document without an id at {cause}: give it the id it should have.',
  },
  'hint.coverage-dangling-section': {
    nb: 'Oppføringen viser til seksjon «{section}» i «{document}», men dokumentet har bare seksjonene {sections}. Rett «seksjon:» i oppføringen, eller legg seksjonen til i dokumentet.',
    nn: 'Oppføringa viser til seksjon «{section}» i «{document}», men dokumentet har berre seksjonane {sections}. Rett «seksjon:» i oppføringa, eller legg seksjonen til i dokumentet.',
    en: 'The entry points to section “{section}” of “{document}”, but the document only has the sections {sections}. Correct “seksjon:” in the entry, or add the section to the document.',
  },
  'hint.coverage-dangling-no-sections': {
    nb: 'Oppføringen viser til seksjon «{section}» i «{document}», men dokumentet har ingen seksjoner. Fjern «seksjon:» fra oppføringen, eller legg seksjonen til i dokumentet.',
    nn: 'Oppføringa viser til seksjon «{section}» i «{document}», men dokumentet har ingen seksjonar. Fjern «seksjon:» frå oppføringa, eller legg seksjonen til i dokumentet.',
    en: 'The entry points to section “{section}” of “{document}”, but the document has no sections. Remove “seksjon:” from the entry, or add the section to the document.',
  },
  'hint.coverage-dangling-document': {
    nb: 'Oppføringen viser til dokumentet «{document}», som ikke finnes. Dokumentene i avtalen er {documents}. Rett «dokument:» i oppføringen.',
    nn: 'Oppføringa viser til dokumentet «{document}», som ikkje finst. Dokumenta i avtalen er {documents}. Rett «dokument:» i oppføringa.',
    en: 'The entry points to the document “{document}”, which does not exist. The agreement’s documents are {documents}. Correct “dokument:” in the entry.',
  },
} as const;
