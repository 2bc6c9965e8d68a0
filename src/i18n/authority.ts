// Messages for authority, adoption and governance checks: each key in all three languages side by side.
import { loadCatalogue } from '../requirements/catalogue.js';
import type { LocalText } from '../types.js';

/** A policy rule's title, kept in one place: its catalogue entry in schemas/krav.json. */
function policyTitle(id: string): LocalText {
  const entry = loadCatalogue().rules.find((r) => r.id === id);
  if (!entry) throw new Error(`schemas/krav.json has no rule ${id}`);
  return entry.title;
}

export const authority = {
  'adoption.not-adopted': {
    nb: '{party} har ikke vedtatt versjon {version} av «{document}».',
    nn: '{party} har ikkje vedteke versjon {version} av «{document}».',
    en: '{party} has not adopted version {version} of “{document}”.',
  },
  'adoption.older-version': {
    nb: '{party} har vedtatt versjon {adopted}, ikke gjeldende versjon {version} av «{document}».',
    nn: '{party} har vedteke versjon {adopted}, ikkje gjeldande versjon {version} av «{document}».',
    en: '{party} adopted version {adopted}, not version {version} in force, of “{document}”.',
  },
  'adoption.rejected': {
    nb: '{party} avviste versjon {version} av «{document}» ({date}).',
    nn: '{party} avviste versjon {version} av «{document}» ({date}).',
    en: '{party} rejected version {version} of “{document}” ({date}).',
  },
  'adoption.no-main-document': {
    nb: 'Avtalesettet har ikke noe dokument med «type: overordnet», så det kan ikke sjekkes hvem som har vedtatt avtalen.',
    nn: 'Avtalesettet har ikkje noko dokument med «type: overordnet», så det kan ikkje sjekkast kven som har vedteke avtalen.',
    en: 'The agreement set has no document with “type: overordnet”, so adoption by the parties cannot be checked.',
  },
  'hint.adopt': {
    nb: 'Når vedtaket er gjort, før det opp under «vedtak:» i dokumentet: organ, part, dato, saksnummer og utfall.',
    nn: 'Når vedtaket er gjort, før det opp under «vedtak:» i dokumentet: organ, part, dato, saksnummer og utfall.',
    en: 'Once the decision is made, record it under “vedtak:” in the document: organ, part, dato, saksnummer and utfall.',
  },
  'hint.add-main-document': {
    nb: 'Gi den overordnede avtalen «type: overordnet».',
    nn: 'Gje den overordna avtalen «type: overordnet».',
    en: 'Give the overarching agreement “type: overordnet”.',
  },
  'detail.adoption': {
    nb: '{adopted} av {total} kommunestyrer har vedtatt versjon {version}{hf}',
    nn: '{adopted} av {total} kommunestyre har vedteke versjon {version}{hf}',
    en: '{adopted} of {total} municipal councils have adopted version {version}{hf}',
  },
  'detail.adoption-hf-yes': { nb: '; styret i {name} har vedtatt den', nn: '; styret i {name} har vedteke han', en: '; the board of {name} has adopted it' },
  'detail.adoption-hf-no': { nb: '; styret i {name} har ikke vedtatt den', nn: '; styret i {name} har ikkje vedteke han', en: '; the board of {name} has not adopted it' },
  'adoption.status.adopted': { nb: 'vedtatt', nn: 'vedteke', en: 'adopted' },
  'adoption.status.rejected': { nb: 'avvist', nn: 'avvist', en: 'rejected' },
  'adoption.status.not-adopted': { nb: 'ikke vedtatt', nn: 'ikkje vedteke', en: 'not adopted' },
  'adoption.status.older-version': { nb: 'eldre versjon', nn: 'eldre versjon', en: 'older version' },
  'adoption.status.unknown': { nb: 'ukjent', nn: 'ukjent', en: 'unknown' },
  'adoption.status.terminated': { nb: 'sagt opp', nn: 'sagt opp', en: 'terminated' },
  'adoption.status.counter-proposal': { nb: 'vedtatt med endringer', nn: 'vedteke med endringar', en: 'adopted with changes' },
  'adoption.unknown': {
    nb: 'Det er ikke kjent om {party} har vedtatt versjon {version} av «{document}». Det regnes ikke som vedtatt.',
    nn: 'Det er ikkje kjent om {party} har vedteke versjon {version} av «{document}». Det vert ikkje rekna som vedteke.',
    en: 'It is not known whether {party} has adopted version {version} of “{document}”. It is not counted as adopted.',
  },
  'adoption.undecidable': {
    nb: 'Kan ikke avgjøre om {party} hadde vedtatt versjon {version} av «{document}» per {asOf}: vedtaket er datert bare {date}.',
    nn: 'Kan ikkje avgjere om {party} hadde vedteke versjon {version} av «{document}» per {asOf}: vedtaket er datert berre {date}.',
    en: 'Cannot tell whether {party} had adopted version {version} of “{document}” by {asOf}: the decision is dated only {date}.',
  },
  'hint.adoption-unknown': {
    nb: 'Finn vedtaket i partens møtebok eller arkiv og før det opp med dato og utfall.',
    nn: 'Finn vedtaket i møteboka eller arkivet til parten og før det opp med dato og utfall.',
    en: 'Find the decision in the party’s minutes or archive and record it with its date and outcome.',
  },
  'hint.adoption-date': {
    nb: 'Før opp hele møtedatoen (ÅÅÅÅ-MM-DD) når den blir kjent.',
    nn: 'Før opp heile møtedatoen (ÅÅÅÅ-MM-DD) når han vert kjend.',
    en: 'Record the full meeting date (YYYY-MM-DD) once it is known.',
  },
  'adoption.terminated': {
    nb: '{party} sa opp «{document}» {date}. Plikten etter § 6-1 til å ha en samarbeidsavtale gjelder fortsatt.',
    nn: '{party} sa opp «{document}» {date}. Plikta etter § 6-1 til å ha ein samarbeidsavtale gjeld framleis.',
    en: '{party} terminated “{document}” on {date}. The duty under section 6-1 to have a cooperation agreement remains.',
  },
  'adoption.terminated-notice': {
    nb: '{party} sa opp «{document}» {date}, med virkning fra {endsOn} etter oppsigelsesfristen. Plikten etter § 6-1 til å ha en samarbeidsavtale gjelder fortsatt.',
    nn: '{party} sa opp «{document}» {date}, med verknad frå {endsOn} etter oppseiingsfristen. Plikta etter § 6-1 til å ha ein samarbeidsavtale gjeld framleis.',
    en: '{party} terminated “{document}” on {date}, taking effect on {endsOn} after the notice period. The duty under section 6-1 to have a cooperation agreement remains.',
  },
  'hint.terminated': {
    nb: 'Parten må inngå en ny avtale med helseforetaket (eller kommunen). Før opp det nye vedtaket når det er gjort.',
    nn: 'Parten må inngå ein ny avtale med helseføretaket (eller kommunen). Før opp det nye vedtaket når det er gjort.',
    en: 'The party must enter into a new agreement with the health trust (or the kommune). Record the new decision once it is made.',
  },
  'adoption.counter-proposal': {
    nb: '{party} vedtok «{document}» med endringer ({date}). Det er et motforslag, ikke et vedtak av den felles teksten i versjon {version}.',
    nn: '{party} vedtok «{document}» med endringar ({date}). Det er eit motforslag, ikkje eit vedtak av den felles teksten i versjon {version}.',
    en: '{party} adopted “{document}” with changes ({date}). That is a counter-proposal, not an adoption of the joint text of version {version}.',
  },
  'adoption.counter-proposal-what': {
    nb: '{party} vedtok «{document}» med endringer ({date}): {deviation}. Det er et motforslag, ikke et vedtak av den felles teksten i versjon {version}.',
    nn: '{party} vedtok «{document}» med endringar ({date}): {deviation}. Det er eit motforslag, ikkje eit vedtak av den felles teksten i versjon {version}.',
    en: '{party} adopted “{document}” with changes ({date}): {deviation}. That is a counter-proposal, not an adoption of the joint text of version {version}.',
  },
  'hint.counter-proposal': {
    nb: 'Partene må bli enige om én tekst. Når parten har vedtatt den felles teksten, før opp det vedtaket med «utfall: vedtatt».',
    nn: 'Partane må bli samde om éin tekst. Når parten har vedteke den felles teksten, før opp det vedtaket med «utfall: vedtatt».',
    en: 'The parties must agree on one text. Once the party has adopted the joint text, record that decision with “utfall: vedtatt”.',
  },
  'report.adoption': { nb: 'Vedtak hos partene', nn: 'Vedtak hjå partane', en: 'Adoption by the parties' },
  'report.col.party': { nb: 'Part', nn: 'Part', en: 'Party' },
  'report.col.body': { nb: 'Organ', nn: 'Organ', en: 'Body' },
  'report.col.date': { nb: 'Dato', nn: 'Dato', en: 'Date' },
  'report.col.case': { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case no.' },
  'report.col.version': { nb: 'Versjon', nn: 'Versjon', en: 'Version' },
  'explain.basis': { nb: 'Grunnlag', nn: 'Grunnlag', en: 'Basis' },
  'rules.heading-policies': { nb: 'Vedtaksmyndighet og styring', nn: 'Vedtaksmynde og styring', en: 'Decision authority and governance' },
  'party.hf': { nb: 'styret i {name}', nn: 'styret i {name}', en: 'the board of {name}' },
  'party.kommune': { nb: '{name} kommune ({number})', nn: '{name} kommune ({number})', en: '{name} kommune ({number})' },
  'authority.for-party': { nb: ' for {party}', nn: ' for {party}', en: ' for {party}' },
  'authority.body.kommunestyre': { nb: 'kommunestyret', nn: 'kommunestyret', en: 'the municipal council' },
  'authority.body.bystyre': { nb: 'bystyret', nn: 'bystyret', en: 'the city council' },
  'authority.body.formannskap': { nb: 'formannskapet', nn: 'formannskapet', en: 'the executive committee (formannskap)' },
  'authority.body.ordforer': { nb: 'ordføreren', nn: 'ordføraren', en: 'the mayor' },
  'authority.body.kommunedirektor': { nb: 'kommunedirektøren', nn: 'kommunedirektøren', en: 'the chief municipal executive' },
  'authority.body.radmann': { nb: 'rådmannen', nn: 'rådmannen', en: 'the chief municipal executive (rådmann)' },
  'authority.body.byraad': { nb: 'byrådet', nn: 'byrådet', en: 'the city government (byråd)' },
  'authority.body.hf-styre': { nb: 'helseforetaksstyret', nn: 'helseføretaksstyret', en: 'the health trust board' },
  'authority.body.administrerende-direktor': { nb: 'administrerende direktør i helseforetaket', nn: 'administrerande direktør i helseføretaket', en: 'the chief executive of the health trust' },
  'authority.body.medpart-styre': { nb: 'styret hos medparten', nn: 'styret hjå medparten', en: 'the co-party’s board' },
  'authority.body.regionraad': { nb: 'regionrådet', nn: 'regionrådet', en: 'the regional council' },
  'authority.body.byraadsavdeling': { nb: 'byrådsavdelingen', nn: 'byrådsavdelinga', en: 'the city government department' },
  'authority.change.ny': { nb: 'ny versjon', nn: 'ny versjon', en: 'new version' },
  'authority.change.vesentlig-endring': { nb: 'vesentlig endring', nn: 'vesentleg endring', en: 'material change' },
  'authority.change.mindre-endring': { nb: 'mindre endring', nn: 'mindre endring', en: 'minor change' },
  'authority.change.revisjon-rutiner': { nb: 'revisjon av rutiner', nn: 'revisjon av rutinar', en: 'revision of routines' },
  'authority.change.oppsigelse': { nb: 'oppsigelse', nn: 'oppseiing', en: 'termination' },
  'authority.council-only.kommune': {
    nb: '{body} vedtok «{document}» ({change}) for {party} den {date}. Bare {council} selv kan inngå, endre vesentlig eller si opp avtalen for kommunen.',
    nn: '{body} vedtok «{document}» ({change}) for {party} den {date}. Berre {council} sjølv kan inngå, endre vesentleg eller seie opp avtalen for kommunen.',
    en: '{body} adopted “{document}” ({change}) for {party} on {date}. Only {council} itself can enter into, materially change or terminate the agreement for the kommune.',
  },
  'authority.council-only.hf': {
    nb: '{body} vedtok «{document}» ({change}) for {party} den {date}. Et felles organ er ikke et organ for parten og kan ikke inngå, endre vesentlig eller si opp avtalen for den.',
    nn: '{body} vedtok «{document}» ({change}) for {party} den {date}. Eit felles organ er ikkje eit organ for parten og kan ikkje inngå, endre vesentleg eller seie opp avtalen for han.',
    en: '{body} adopted “{document}” ({change}) for {party} on {date}. A joint body is not an organ of the party and cannot enter into, materially change or terminate the agreement for it.',
  },
  'authority.council-only.none': {
    nb: '{body} vedtok «{document}» ({change}) den {date}. Bare hvert kommunestyre selv og styret i helseforetaket kan inngå, endre vesentlig eller si opp avtalen.',
    nn: '{body} vedtok «{document}» ({change}) den {date}. Berre kvart kommunestyre sjølv og styret i helseføretaket kan inngå, endre vesentleg eller seie opp avtalen.',
    en: '{body} adopted “{document}” ({change}) on {date}. Only each municipal council itself and the health trust board can enter into, materially change or terminate the agreement.',
  },
  'hint.council-only': {
    nb: 'Legg saken fram for {council} (eller helseforetaksstyret) og før opp det vedtaket. Var dette bare en innstilling, skriv «rolle: innstilling»; var det en signatur, skriv «utfall: signert».',
    nn: 'Legg saka fram for {council} (eller helseføretaksstyret) og før opp det vedtaket. Var dette berre ei innstilling, skriv «rolle: innstilling»; var det ein signatur, skriv «utfall: signert».',
    en: 'Put the case to {council} (or the health trust board) and record that decision. If this was only a recommendation, write “rolle: innstilling”; if it was a signature, write “utfall: signert”.',
  },
  'hint.council-only-hf': {
    nb: 'Før opp vedtaket i partens eget organ (i praksis styret). Var dette bare en innstilling, skriv «rolle: innstilling».',
    nn: 'Før opp vedtaket i det eigne organet til parten (i praksis styret). Var dette berre ei innstilling, skriv «rolle: innstilling».',
    en: 'Record the decision of the party’s own organ (in practice the board). If this was only a recommendation, write “rolle: innstilling”.',
  },
  'authority.health-side-other': {
    nb: '{body} vedtok «{document}» ({change}) for {party} den {date}. For helseforetak og medparter følger det av vedtektene hvem som vedtar avtalen; i praksis er det styret. Dette er ikke brudd på § 6-1, men bør kontrolleres.',
    nn: '{body} vedtok «{document}» ({change}) for {party} den {date}. For helseføretak og medpartar følgjer det av vedtektene kven som vedtek avtalen; i praksis er det styret. Dette er ikkje brot på § 6-1, men bør kontrollerast.',
    en: '{body} adopted “{document}” ({change}) for {party} on {date}. For health trusts and co-parties the statutes say who adopts the agreement; in practice the board. This is not a breach of section 6-1, but should be checked.',
  },
  'hint.health-side-other': {
    nb: 'Se i vedtektene om dette organet kan vedta avtalen. Vedtok styret den senere, før opp det vedtaket.',
    nn: 'Sjå i vedtektene om dette organet kan vedta avtalen. Vedtok styret han seinare, før opp det vedtaket.',
    en: 'Check the statutes for whether this body may adopt the agreement. If the board adopted it later, record that decision.',
  },
  'authority.urgent': {
    nb: '{body} vedtok «{document}» ({change}){forParty} den {date} som hastevedtak etter kommuneloven § 11-8. Vedtaket teller, men vilkårene bør bekreftes.',
    nn: '{body} vedtok «{document}» ({change}){forParty} den {date} som hastevedtak etter kommunelova § 11-8. Vedtaket tel, men vilkåra bør stadfestast.',
    en: '{body} adopted “{document}” ({change}){forParty} on {date} as an urgent decision under section 11-8 of the Local Government Act. It counts, but its conditions should be confirmed.',
  },
  'hint.urgent': {
    nb: 'Bekreft at saken hastet, at {council} hadde delegert hastekompetansen, og at vedtaket ble meldt til {council} i neste møte.',
    nn: 'Stadfest at saka hasta, at {council} hadde delegert hastekompetansen, og at vedtaket vart meldt til {council} i neste møte.',
    en: 'Confirm that the matter was urgent, that {council} had delegated the urgent powers, and that the decision was reported to {council} at its next meeting.',
  },
  'authority.unanimity-unknown': {
    nb: '{body} vedtok «{document}»{forParty} den {date}. Avtalens regel krever enstemmighet, og det er ikke ført opp om vedtaket var enstemmig.',
    nn: '{body} vedtok «{document}»{forParty} den {date}. Regelen i avtalen krev einstemmigheit, og det er ikkje ført opp om vedtaket var einstemmig.',
    en: '{body} adopted “{document}”{forParty} on {date}. The agreement’s rule requires unanimity, and the record does not say whether the decision was unanimous.',
  },
  'hint.unanimity-unknown': {
    nb: 'Se i protokollen og skriv «enstemmig: true» eller «enstemmig: false».',
    nn: 'Sjå i protokollen og skriv «enstemmig: true» eller «enstemmig: false».',
    en: 'Check the minutes and write “enstemmig: true” or “enstemmig: false”.',
  },
  'authority.no-rules': {
    nb: '{body} vedtok «{document}» ({change}) den {date}. Dokumentet dekker § 6-2 første ledd nr. {items}, og avtalesettet har ingen regel under «vedtaksmyndighet» som gir organet den myndigheten.',
    nn: '{body} vedtok «{document}» ({change}) den {date}. Dokumentet dekkjer § 6-2 første ledd nr. {items}, og avtalesettet har ingen regel under «vedtaksmyndighet» som gjev organet det myndet.',
    en: '{body} adopted “{document}” ({change}) on {date}. The document covers section 6-2 first paragraph no. {items}, and the agreement set has no rule under “vedtaksmyndighet” that gives the body that power.',
  },
  'hint.no-rules': {
    nb: 'Før opp avtalens regler om hvem som vedtar hva under «vedtaksmyndighet», eller før opp partenes egne vedtak av dokumentet.',
    nn: 'Før opp reglane i avtalen om kven som vedtek kva under «vedtaksmyndighet», eller før opp dei eigne vedtaka til partane om dokumentet.',
    en: 'Record the agreement’s rules on who adopts what under “vedtaksmyndighet”, or record the parties’ own decisions on the document.',
  },
  'authority.date-undecidable-as-of': {
    nb: 'Kan ikke avgjøre om vedtaket i {body}{forParty} om «{document}» var gjort per {asOf}: det er datert bare {date}.',
    nn: 'Kan ikkje avgjere om vedtaket i {body}{forParty} om «{document}» var gjort per {asOf}: det er datert berre {date}.',
    en: 'Cannot tell whether the decision of {body}{forParty} on “{document}” was made by {asOf}: it is dated only {date}.',
  },
  'authority.date-undecidable-rule': {
    nb: 'Kan ikke avgjøre om {body} hadde myndighet da det vedtok «{document}»{forParty} ({date}): regelen som gir myndigheten, gjelder fra {from} til {until}.',
    nn: 'Kan ikkje avgjere om {body} hadde mynde då det vedtok «{document}»{forParty} ({date}): regelen som gjev myndet, gjeld frå {from} til {until}.',
    en: 'Cannot tell whether {body} had the power when it adopted “{document}”{forParty} ({date}): the rule that gives it applies from {from} to {until}.',
  },
  'hint.date-precision': {
    nb: 'Før opp hele datoen (ÅÅÅÅ-MM-DD) når den blir kjent; da kan sjekken avgjøre.',
    nn: 'Før opp heile datoen (ÅÅÅÅ-MM-DD) når han vert kjend; då kan sjekken avgjere.',
    en: 'Record the full date (YYYY-MM-DD) once it is known; then the check can tell.',
  },
  'authority.delegation': {
    nb: 'Regelen lar {body} vedta den overordnede avtalen (endringer: {changes}). Bare hvert kommunestyre selv og styret i helseforetaket kan inngå, endre vesentlig eller si opp avtalen.',
    nn: 'Regelen lèt {body} vedta den overordna avtalen (endringar: {changes}). Berre kvart kommunestyre sjølv og styret i helseføretaket kan inngå, endre vesentleg eller seie opp avtalen.',
    en: 'The rule lets {body} adopt the overarching agreement (changes: {changes}). Only each municipal council itself and the health trust board can enter into, materially change or terminate the agreement.',
  },
  'hint.delegation': {
    nb: 'La organet forberede saken og gi innstilling («innstilling_fra»), og la «vedtas_av» for disse sakene være kommunestyre og hf-styre.',
    nn: 'La organet førebu saka og gje innstilling («innstilling_fra»), og la «vedtas_av» for desse sakene vere kommunestyre og hf-styre.',
    en: 'Let the body prepare the case and recommend (“innstilling_fra”), and let “vedtas_av” for these cases be kommunestyre and hf-styre.',
  },
  'authority.delegation-review': {
    nb: 'Regelen lar {body} vedta dokumenttype {types} (endringer: {changes}), og slike dokumenter dekker § 6-2 første ledd nr. {items}.',
    nn: 'Regelen lèt {body} vedta dokumenttype {types} (endringar: {changes}), og slike dokument dekkjer § 6-2 første ledd nr. {items}.',
    en: 'The rule lets {body} adopt document type {types} (changes: {changes}), and such documents cover section 6-2 first paragraph no. {items}.',
  },
  'authority.delegation-review-main': {
    nb: 'Regelen lar {body} vedta endringer i den overordnede avtalen (endringer: {changes}).',
    nn: 'Regelen lèt {body} vedta endringar i den overordna avtalen (endringar: {changes}).',
    en: 'The rule lets {body} adopt changes to the overarching agreement (changes: {changes}).',
  },
  'hint.delegation-review': {
    nb: 'Få en jurist til å vurdere om dette holder seg innenfor mandatet kommunestyrene selv har vedtatt. Loven sier ikke hva en mindre endring er, og det er ikke prøvd rettslig.',
    nn: 'Få ein jurist til å vurdere om dette held seg innanfor mandatet kommunestyra sjølve har vedteke. Lova seier ikkje kva ei mindre endring er, og det er ikkje prøvd rettsleg.',
    en: 'Have a lawyer assess whether this stays within the mandate the councils themselves adopted. The law does not say what a minor change is, and it has not been tested in court.',
  },
  'authority.no-mandate': {
    nb: '{body} vedtok «{document}»{forParty} den {date} ({change}), men ingen regel under «vedtaksmyndighet» gir dette organet myndighet til det for dokumenttypen «{type}».',
    nn: '{body} vedtok «{document}»{forParty} den {date} ({change}), men ingen regel under «vedtaksmyndighet» gjev dette organet mynde til det for dokumenttypen «{type}».',
    en: '{body} adopted “{document}”{forParty} on {date} ({change}), but no rule under “vedtaksmyndighet” gives this body that power for document type “{type}”.',
  },
  'hint.no-mandate': {
    nb: 'Etter avtalens regler vedtas dette av: {allowed}. Før opp vedtaket i riktig organ, eller rett regelen hvis avtalen faktisk gir organet denne myndigheten.',
    nn: 'Etter reglane i avtalen vert dette vedteke av: {allowed}. Før opp vedtaket i rett organ, eller rett regelen dersom avtalen faktisk gjev organet dette myndet.',
    en: 'Under the agreement’s rules this is adopted by: {allowed}. Record the decision of the right body, or correct the rule if the agreement really gives the body this power.',
  },
  'hint.no-rule': {
    nb: 'Ingen regel gjelder «{type}» med endringstypen «{changeId}». Legg til en regel under «vedtaksmyndighet», eller rett «endring» på vedtaket.',
    nn: 'Ingen regel gjeld «{type}» med endringstypen «{changeId}». Legg til ein regel under «vedtaksmyndighet», eller rett «endring» på vedtaket.',
    en: 'No rule covers “{type}” with change kind “{changeId}”. Add a rule under “vedtaksmyndighet”, or correct “endring” on the record.',
  },
  'authority.recommendation-missing': {
    nb: '{body} vedtok «{document}»{forParty} den {date} uten å vise til en innstilling, men avtalens regel krever innstilling fra {recommender} først.',
    nn: '{body} vedtok «{document}»{forParty} den {date} utan å vise til ei innstilling, men regelen i avtalen krev innstilling frå {recommender} først.',
    en: '{body} adopted “{document}”{forParty} on {date} without pointing to a recommendation, but the agreement’s rule requires a recommendation from {recommender} first.',
  },
  'hint.recommendation-missing': {
    nb: 'Før opp innstillingen som et eget vedtak med «id» og «rolle: innstilling», og vis til den med «innstilling: <id>» på dette vedtaket.',
    nn: 'Før opp innstillinga som eit eige vedtak med «id» og «rolle: innstilling», og vis til henne med «innstilling: <id>» på dette vedtaket.',
    en: 'Record the recommendation as a record of its own with “id” and “rolle: innstilling”, and point to it with “innstilling: <id>” on this decision.',
  },
  'authority.recommendation-wrong-body': {
    nb: '{body} vedtok «{document}»{forParty} den {date} etter innstilling fra {actual}, men avtalens regel krever innstilling fra {recommender}.',
    nn: '{body} vedtok «{document}»{forParty} den {date} etter innstilling frå {actual}, men regelen i avtalen krev innstilling frå {recommender}.',
    en: '{body} adopted “{document}”{forParty} on {date} on a recommendation from {actual}, but the agreement’s rule requires a recommendation from {recommender}.',
  },
  'hint.recommendation-wrong-body': {
    nb: 'Vis til innstillingen fra riktig organ, eller få saken behandlet der først.',
    nn: 'Vis til innstillinga frå rett organ, eller få saka handsama der først.',
    en: 'Point to the recommendation of the right body, or have the case dealt with there first.',
  },
  'authority.recommendation-late': {
    nb: '{body} vedtok «{document}»{forParty} den {date}, men innstillingen fra {recommender} som vedtaket bygger på, er datert senere ({recDate}).',
    nn: '{body} vedtok «{document}»{forParty} den {date}, men innstillinga frå {recommender} som vedtaket byggjer på, er datert seinare ({recDate}).',
    en: '{body} adopted “{document}”{forParty} on {date}, but the recommendation from {recommender} it builds on is dated later ({recDate}).',
  },
  'hint.recommendation-late': {
    nb: 'Innstillingen må komme før vedtaket. Rett datoen på vedtaket eller på innstillingen.',
    nn: 'Innstillinga må kome før vedtaket. Rett datoen på vedtaket eller på innstillinga.',
    en: 'The recommendation must come before the decision. Correct the date of the decision or of the recommendation.',
  },
  'authority.unanimity': {
    nb: '{body} vedtok «{document}»{forParty} den {date}, men avtalens regel krever et enstemmig vedtak, og vedtaket var ikke enstemmig.',
    nn: '{body} vedtok «{document}»{forParty} den {date}, men regelen i avtalen krev eit einstemmig vedtak, og vedtaket var ikkje einstemmig.',
    en: '{body} adopted “{document}”{forParty} on {date}, but the agreement’s rule requires a unanimous decision, and the decision was not unanimous.',
  },
  'hint.unanimity': {
    nb: 'Var vedtaket enstemmig, skriv «enstemmig: true». Var det ikke det, er saken ikke avgjort etter avtalens regler.',
    nn: 'Var vedtaket einstemmig, skriv «enstemmig: true». Var det ikkje det, er saka ikkje avgjord etter reglane i avtalen.',
    en: 'If the decision was unanimous, write “enstemmig: true”. If it was not, the matter is not decided under the agreement’s rules.',
  },
  'authority.in-force-early': {
    nb: '«{document}» trer i kraft {inForce}, før det siste vedtaket om versjonen: {body}{forParty} den {date}.',
    nn: '«{document}» tek til å gjelde {inForce}, før det siste vedtaket om versjonen: {body}{forParty} den {date}.',
    en: '“{document}” enters into force on {inForce}, before the last decision adopting the version: {body}{forParty} on {date}.',
  },
  'hint.in-force-early': {
    nb: 'Sett «i_kraft» til {date} eller senere, eller rett datoen på vedtaket ({related}).',
    nn: 'Set «i_kraft» til {date} eller seinare, eller rett datoen på vedtaket ({related}).',
    en: 'Set “i_kraft” to {date} or later, or correct the date of the decision ({related}).',
  },
  'authority.after-as-of': {
    nb: 'Vedtaket i {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjelder for ({asOf}).',
    nn: 'Vedtaket i {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjeld for ({asOf}).',
    en: 'The decision of {body}{forParty} on “{document}” is dated {date}, after the date the check is made for ({asOf}).',
  },
  'authority.after-as-of-recommendation': {
    nb: 'Innstillingen fra {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjelder for ({asOf}).',
    nn: 'Innstillinga frå {body}{forParty} om «{document}» er datert {date}, etter datoen sjekken gjeld for ({asOf}).',
    en: 'The recommendation of {body}{forParty} on “{document}” is dated {date}, after the date the check is made for ({asOf}).',
  },
  'hint.after-as-of': {
    nb: 'Før opp et vedtak først når det er gjort, og rett datoen hvis den er feil. Vil du sjekke for en senere dato, bruk --as-of.',
    nn: 'Før opp eit vedtak først når det er gjort, og rett datoen dersom han er feil. Vil du sjekke for ein seinare dato, bruk --as-of.',
    en: 'Record a decision only once it is made, and correct the date if it is wrong. To check for a later date, use --as-of.',
  },
  'governance.users-observers': {
    nb: 'Brukerrepresentantene i {body} er bare observatører.',
    nn: 'Brukarrepresentantane i {body} er berre observatørar.',
    en: 'The user representatives in {body} are observers only.',
  },
  'governance.users-no-rights': {
    nb: 'Brukerrepresentantene i {body} har verken stemmerett, talerett eller forslagsrett.',
    nn: 'Brukarrepresentantane i {body} har korkje røysterett, talerett eller forslagsrett.',
    en: 'The user representatives in {body} have no right to vote, speak or make proposals.',
  },
  'hint.users-members': {
    nb: 'Gi brukerrepresentantene fullt medlemskap, i det minste med tale- og forslagsrett: «rettigheter: [tale, forslag]», helst også «stemme».',
    nn: 'Gje brukarrepresentantane fullt medlemskap, i det minste med tale- og forslagsrett: «rettigheter: [tale, forslag]», helst òg «stemme».',
    en: 'Make the user representatives full members, at least with the right to speak and propose: “rettigheter: [tale, forslag]”, preferably also “stemme”.',
  },
  'governance.no-gps': {
    nb: '{body} har ingen plass for fastlegene.',
    nn: '{body} har ingen plass for fastlegane.',
    en: '{body} has no seat for the GPs (fastleger).',
  },
  'hint.gps': {
    nb: 'Vurder å gi fastlegene en plass, for eksempel gjennom praksiskonsulentordningen: «gruppe: fastleger» under «sammensetning».',
    nn: 'Vurder å gje fastlegane ein plass, til dømes gjennom praksiskonsulentordninga: «gruppe: fastleger» under «sammensetning».',
    en: 'Consider giving the GPs a seat, for example through the practice consultant scheme: “gruppe: fastleger” under “sammensetning”.',
  },
  'governance.unequal-seats': {
    nb: '{body} har {municipalSeats} plasser for kommunene og {trustSeats} for helseforetaket.',
    nn: '{body} har {municipalSeats} plassar for kommunane og {trustSeats} for helseføretaket.',
    en: '{body} has {municipalSeats} seats for the kommuner and {trustSeats} for the health trust.',
  },
  'hint.equal-seats': {
    nb: 'Kommunene og helseforetaket er likeverdige parter. Gi sidene like mange plasser, eller skriv i mandatet at organet avgjør saker ved konsensus og ikke ved flertall.',
    nn: 'Kommunane og helseføretaket er likeverdige partar. Gje sidene like mange plassar, eller skriv i mandatet at organet avgjer saker ved konsensus og ikkje ved fleirtal.',
    en: 'The kommuner and the health trust are equal partners. Give both sides the same number of seats, or state in the mandate that the body decides by consensus, not by majority.',
  },
  'governance.fixed-chair': {
    nb: 'Ledervervet i {body} går ikke på omgang («rotasjon: fast»).',
    nn: 'Leiarvervet i {body} går ikkje på omgang («rotasjon: fast»).',
    en: 'The chair of {body} does not rotate (“rotasjon: fast”).',
  },
  'hint.rotate-chair': {
    nb: 'Vurder å la ledervervet gå på omgang mellom kommunene og helseforetaket, for eksempel annethvert år.',
    nn: 'Vurder å la leiarvervet gå på omgang mellom kommunane og helseføretaket, til dømes annakvart år.',
    en: 'Consider letting the chair rotate between the kommuner and the health trust, for example every other year.',
  },
  'rule.hol-6-1-kommunestyret-selv.title': policyTitle('hol-6-1-kommunestyret-selv'),
  'rule.hol-6-1-delegering.title': policyTitle('hol-6-1-delegering'),
  'rule.hol-6-1-delegering-vurder.title': policyTitle('hol-6-1-delegering-vurder'),
  'rule.vedtak-uten-myndighet.title': policyTitle('vedtak-uten-myndighet'),
  'rule.vedtak-innstilling.title': policyTitle('vedtak-innstilling'),
  'rule.vedtak-enstemmig.title': policyTitle('vedtak-enstemmig'),
  'rule.vedtak-ikrafttredelse.title': policyTitle('vedtak-ikrafttredelse'),
  'rule.vedtak-etter-dato.title': policyTitle('vedtak-etter-dato'),
  'rule.hol-6-1-hf-vedtekter.title': policyTitle('hol-6-1-hf-vedtekter'),
  'rule.vedtak-hastevedtak.title': policyTitle('vedtak-hastevedtak'),
  'rule.vedtak-enstemmig-ukjent.title': policyTitle('vedtak-enstemmig-ukjent'),
  'rule.vedtak-ingen-regel.title': policyTitle('vedtak-ingen-regel'),
  'rule.vedtak-dato-uviss.title': policyTitle('vedtak-dato-uviss'),
  'rule.styring-brukermedvirkning.title': policyTitle('styring-brukermedvirkning'),
  'rule.styring-fastleger.title': policyTitle('styring-fastleger'),
  'rule.styring-likeverd.title': policyTitle('styring-likeverd'),
  'rule.styring-rotasjon.title': policyTitle('styring-rotasjon'),
} as const satisfies Record<string, LocalText>;
