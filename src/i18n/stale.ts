// Messages for stale text and upkeep checks (issue 4 § 5): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const stale = {
  'stale.term': {
    nb: '«{found}» er utdatert: {note}',
    nn: '«{found}» er utdatert: {note}',
    en: '“{found}” is out of date: {note}',
  },
  'hint.stale-term-replace': {
    nb: 'Skriv «{replacement}» i stedet. Kilde: {source}.{check}',
    nn: 'Skriv «{replacement}» i staden. Kjelde: {source}.{check}',
    en: 'Write “{replacement}” instead. Source: {source}.{check}',
  },
  'hint.stale-term-remove': {
    nb: 'Stryk teksten, eller skriv den om slik ordningen er i dag. Kilde: {source}.{check}',
    nn: 'Stryk teksten, eller skriv han om slik ordninga er i dag. Kjelde: {source}.{check}',
    en: 'Remove the text, or rewrite it to describe today’s arrangements. Source: {source}.{check}',
  },
  'stale.term-unverified': {
    nb: ' Datoen da ordet ble utdatert, er vår beste lesning og ikke kontrollert mot en kilde.',
    nn: ' Datoen då ordet vart utdatert, er vår beste lesnad og ikkje kontrollert mot ei kjelde.',
    en: ' The date the word went out of date is our best reading and has not been checked against a source.',
  },
  'stale.daily-rate': {
    nb: 'Teksten skriver døgnprisen for utskrivningsklare pasienter som et fast beløp: {amount}.',
    nn: 'Teksten skriv døgnprisen for utskrivingsklare pasientar som eit fast beløp: {amount}.',
    en: 'The text gives the daily rate for patients ready for discharge as a fixed amount: {amount}.',
  },
  'hint.stale-daily-rate': {
    nb: 'Staten fastsetter døgnprisen på nytt hvert år, så et beløp i avtalen blir fort feil. Vis i stedet til «den døgnprisen staten til enhver tid har fastsatt» etter forskrift om kommunal betaling for utskrivningsklare pasienter.',
    nn: 'Staten fastset døgnprisen på nytt kvart år, så eit beløp i avtalen blir fort feil. Vis i staden til «den døgnprisen staten til kvar tid har fastsett» etter forskrift om kommunal betaling for utskrivingsklare pasientar.',
    en: 'The state sets the daily rate anew each year, so an amount in the agreement soon goes out of date. Refer instead to “the daily rate set by the state at any given time” under the regulations on municipal payment for patients ready for discharge.',
  },
  'stale.revision-next': {
    nb: 'Neste revisjon av avtalen skulle vært ferdig {date}, og den datoen er passert (sjekket per {asOf}).',
    nn: 'Neste revisjon av avtalen skulle vore ferdig {date}, og den datoen er passert (sjekka per {asOf}).',
    en: 'The next revision of the agreement was due by {date}, and that date has passed (checked as of {asOf}).',
  },
  'stale.revision-interval': {
    nb: 'Avtalen ble sist revidert {last} og skal revideres hvert {years}. år, så neste revisjon skulle vært ferdig {due} (sjekket per {asOf}).',
    nn: 'Avtalen vart sist revidert {last} og skal reviderast kvart {years}. år, så neste revisjon skulle vore ferdig {due} (sjekka per {asOf}).',
    en: 'The agreement was last revised on {last} and is to be revised at intervals of {years} years, so the next revision was due by {due} (checked as of {asOf}).',
  },
  'hint.revision-overdue': {
    nb: 'Start revisjonen. Er den alt gjort, før opp datoen og neste revisjonsdato under «avtale.revisjon».',
    nn: 'Start revisjonen. Er han alt gjord, før opp datoen og neste revisjonsdato under «avtale.revisjon».',
    en: 'Start the revision. If it has been done, record its date and the next revision date under “avtale.revisjon”.',
  },
  'stale.publication-missing': {
    nb: 'Avtalen sier ikke hvor den er publisert: «publisering» med «url» mangler under «avtale».',
    nn: 'Avtalen seier ikkje kvar han er publisert: «publisering» med «url» manglar under «avtale».',
    en: 'The agreement does not say where it is published: “publisering” with a “url” is missing under “avtale”.',
  },
  'stale.publication-no-url': {
    nb: '«publisering» sier ikke hvor avtalen er publisert: «url» mangler.',
    nn: '«publisering» seier ikkje kvar avtalen er publisert: «url» manglar.',
    en: '“publisering” does not say where the agreement is published: the “url” is missing.',
  },
  'hint.publication-missing': {
    nb: 'Hele avtalen skal publiseres på nett, og lenken sendes Helsedirektoratet. Før opp nettadressen under «avtale.publisering.url», og gjerne «dato» og «sendt_helsedirektoratet».',
    nn: 'Heile avtalen skal publiserast på nett, og lenkja skal sendast til Helsedirektoratet. Før opp nettadressa under «avtale.publisering.url», og gjerne «dato» og «sendt_helsedirektoratet».',
    en: 'The whole agreement is to be published online and the link sent to the Norwegian Directorate of Health. Give the address under “avtale.publisering.url”, and preferably “dato” and “sendt_helsedirektoratet”.',
  },
  'stale.party-list-missing': {
    nb: '«{document}» nevner ikke alle kommunene som er part i avtalen: {missing} mangler under «kommuner» i dokumentet.',
    nn: '«{document}» nemner ikkje alle kommunane som er part i avtalen: {missing} manglar under «kommuner» i dokumentet.',
    en: '“{document}” does not name every kommune that is party to the agreement: {missing} missing under “kommuner” in the document.',
  },
  'stale.party-list-extra': {
    nb: '«{document}» nevner kommuner som ikke er part i avtalen etter hovedfilen: {extra}.',
    nn: '«{document}» nemner kommunar som ikkje er part i avtalen etter hovudfila: {extra}.',
    en: '“{document}” names kommuner that are not party to the agreement according to the main file: {extra}.',
  },
  'stale.party-list-both': {
    nb: '«{document}» har en annen kommuneliste enn hovedfilen: {missing} mangler, og {extra} er ikke part i avtalen.',
    nn: '«{document}» har ei anna kommuneliste enn hovudfila: {missing} manglar, og {extra} er ikkje part i avtalen.',
    en: '“{document}” lists other kommuner than the main file: {missing} missing, and {extra} not party to the agreement.',
  },
  'hint.party-list-mismatch': {
    nb: 'Rett «kommuner» i dokumentet eller «parter.kommuner» i hovedfilen, så listene stemmer. Gjelder dokumentet bare noen av partene, gi det «type: saeravtale».',
    nn: 'Rett «kommuner» i dokumentet eller «parter.kommuner» i hovudfila, så listene stemmer. Gjeld dokumentet berre nokre av partane, gje det «type: saeravtale».',
    en: 'Correct “kommuner” in the document or “parter.kommuner” in the main file so the lists agree. If the document is between only some of the parties, give it “type: saeravtale”.',
  },
  'category.stale': { nb: 'vedlikehold av avtaleteksten', nn: 'vedlikehald av avtaleteksten', en: 'upkeep of the agreement text' },
} as const satisfies Record<string, LocalText>;
