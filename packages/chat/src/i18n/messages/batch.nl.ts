import type { batchEn } from './batch.en.ts';

export const batchNl: Record<keyof typeof batchEn, string> = {
  'batch.usage':
    'Geef een commando en een CSV- of XLSX-bestand met kolommen postcode en huisnummer, bijvoorbeeld `bulk waarde portefeuille.csv`.',
  'batch.needsFile.title': 'Voor een batch is een bestand nodig',
  'batch.needsFile.slack':
    'Deel een CSV of XLSX in een DM met de app met het bericht `bulk waarde`, of typ `/altum bulk waarde` en kies het bestand in het formulier.',
  'batch.needsFile.discord':
    'Voeg de CSV of XLSX toe in de optie `file` van het commando: `/altum batch command:value file:…`.',
  'batch.needsFile.playground':
    'Geef het pad van een CSV- of XLSX-bestand, zoals `bulk waarde portefeuille.csv`.',
  'batch.file.title': 'Dit bestand kan niet als batch worden gebruikt',
  'batch.file.empty': 'Het bestand is leeg.',
  'batch.file.no_rows': 'Het bestand heeft een kopregel maar geen rijen eronder.',
  'batch.file.too_large': 'Het bestand is groter dan {max} bytes, het maximum voor één batch.',
  'batch.file.too_many_rows':
    'Het bestand heeft meer dan {max} rijen, het maximum voor één batch; splits het op.',
  'batch.file.unreadable': 'Het bestand kon niet als CSV of XLSX worden gelezen.',
  'batch.file.unsupported_type': 'Alleen CSV- en XLSX-bestanden werken; sla het op als .xlsx of .csv.',
  'batch.file.sheet_not_found': 'Er is geen werkblad {sheet}; het bestand heeft: {sheets}.',
  'batch.file.no_address_columns':
    'Geen adreskolommen gevonden. De kopregel moet postcode en huisnummer hebben (en eventueel toevoeging, huisletter), of één kolom adres. Gevonden: {headers}.',
  'batch.file.unsupported_command': 'Batch werkt met: {commands}.',
  'batch.file.example': 'postcode;huisnummer;toevoeging\n1071AA;28;B',
  'batch.row.needsPostcode': 'Hier is een postcode en huisnummer nodig, zoals 1071AA 28B.',
  'batch.row.ambiguous': 'Meerdere adressen passen bij deze tekst; geef de postcode en het huisnummer.',
  'batch.row.notFound':
    'Geen adres gevonden voor deze tekst; controleer hem of geef de postcode en het huisnummer.',
  'batch.row.interrupted':
    'Onderbroken terwijl Altum antwoordde; niet opnieuw verstuurd zodat je nooit twee keer betaalt. Vraag dit adres los op.',
  'batch.row.rateLimited': 'Altum bleef "te veel verzoeken" antwoorden; probeer dit adres later opnieuw.',
  'batch.estimate.title': 'Batch {command}: schatting voor {file}',
  'batch.estimate.summary': 'Er wordt niets uitgegeven tot je bevestigt.',
  'batch.estimate.rows': 'Rijen gelezen',
  'batch.estimate.unusable': 'Rijen die niet bruikbaar zijn',
  'batch.estimate.distinct': 'Verschillende adressen',
  'batch.estimate.cached': 'Al beantwoord in de cache (gratis)',
  'batch.estimate.credits': 'Credits voor de rest',
  'batch.estimate.budgetUser': 'Je dagbudget',
  'batch.estimate.budgetTeam': 'Maandbudget van het team',
  'batch.estimate.budgetNone': 'geen limiet',
  'batch.estimate.budgetOk': 'genoeg ({left} over)',
  'batch.estimate.budgetShort': 'te klein: {left} over, {need} nodig',
  'batch.estimate.line': 'regel {line}: {reason}',
  'batch.estimate.more': '… en nog {count} (allemaal vermeld in het resultaatbestand)',
  'batch.estimate.overBudget':
    'Het budget laat deze batch niet toe; een beheerder kan het verhogen met `instellingen budget`.',
  'batch.action.confirm': 'Bevestigen',
  'batch.action.cancel': 'Annuleren',
  'batch.started.title': 'Batch {command} gestart',
  'batch.started.summary': '{count} adressen; de voortgang volgt hier.',
  'batch.progress':
    '{bar} {done}/{total} adressen · {credits} credits · {errors} fouten · nog ongeveer {left}',
  'batch.progress.title': 'Batch {command} loopt',
  'batch.done.title': 'Batch {command}: klaar',
  'batch.done.summary':
    '{answered} van {total} adressen beantwoord, {failed} mislukt; de resultaatbestanden hebben één rij per invoerrij.',
  'batch.done.rows': 'Rijen',
  'batch.done.credits': 'Credits uitgegeven',
  'batch.done.cacheHits': 'Uit de cache',
  'batch.done.files': 'Resultaatbestanden',
  'batch.cancelled.title': 'Batch {command} geannuleerd',
  'batch.cancelled.summary': 'Gestopt bij de volgende rij; {done} van {total} adressen zijn beantwoord.',
  'batch.error.notFound': 'Deze batch bestaat niet meer; upload het bestand opnieuw.',
  'batch.error.notYours': 'Alleen wie deze batch heeft geüpload kan hem bevestigen of annuleren.',
  'batch.error.state': 'Deze batch is al {state}.',
  'batch.state.running': 'bezig',
  'batch.state.cancelled': 'geannuleerd',
  'batch.state.done': 'klaar',
  'batch.state.estimated': 'in afwachting van bevestiging',
  'batch.column.line': 'regel',
  'batch.column.address': 'gelezen adres',
  'batch.column.error': 'fout',
  'batch.chart.labels.title': 'Energielabels in deze portefeuille',
  'batch.chart.labels.alt': 'Energielabels: {counts}',
  'batch.playground.confirm': 'Deze batch bevestigen? Typ ja of nee:',
  'batch.playground.written': 'Geschreven: {path}',
  'batch.playground.noFile':
    'Geen bestand op {path}. Geef het pad van een CSV- of XLSX-bestand, bijvoorbeeld `bulk waarde portefeuille.csv`.',
};
